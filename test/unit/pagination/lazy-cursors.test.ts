import {
  buildConnection,
  collectMergedPage,
  decodeCursor,
  encodeCursor,
  offsetConnection,
  type CursorPosition,
} from '../../../src/core/pagination/index.js';

/*
 * Connections encode a cursor only when it is read, with the binding hashed once per connection.
 * The cursors must stay those the eager encoder wrote, byte for byte: clients keep them.
 */

const LSQ_BINDING = {
  connection: 'leadSquaredOpportunities',
  eventCode: 12003,
  rows: [],
  order: { field: 'CREATED_ON', direction: 'DESC' },
};

/** Cursors written by the eager encoder before cursors became lazy, for these inputs. */
const ISSUED: [string, CursorPosition, unknown, string][] = [
  [
    'offset, with a connection name',
    { kind: 'offset', offset: 40 },
    LSQ_BINDING,
    'og1.eyJ2IjoxLCJiIjoiajdIbFY3cUgxREJMIiwicCI6eyJraW5kIjoib2Zmc2V0Iiwib2Zmc2V0Ijo0MH0sImYiOiJsZWFkU3F1YXJlZE9wcG9ydHVuaXRpZXMiLCJjIjoiSk5kYVhlQ3BWOWhwIn0',
  ],
  [
    'token, no connection name',
    { kind: 'token', token: 'tok-2', index: -1 },
    { catalog: 'AWS' },
    'og1.eyJ2IjoxLCJiIjoicExVZEFUQmxLNmZWIiwicCI6eyJraW5kIjoidG9rZW4iLCJ0b2tlbiI6InRvay0yIiwiaW5kZXgiOi0xfSwiYyI6IlJ2clJDYzNiSmlHaiJ9',
  ],
  [
    'merge',
    {
      kind: 'merge',
      sources: { 'lsq:12003': { kind: 'offset', offset: 3 }, AWS: { kind: 'done' } },
    },
    { connection: 'opportunities', direction: 'DESC' },
    'og1.eyJ2IjoxLCJiIjoidFhlX3FUM3RpdVBEIiwicCI6eyJraW5kIjoibWVyZ2UiLCJzb3VyY2VzIjp7ImxzcToxMjAwMyI6eyJraW5kIjoib2Zmc2V0Iiwib2Zmc2V0IjozfSwiQVdTIjp7ImtpbmQiOiJkb25lIn19fSwiZiI6Im9wcG9ydHVuaXRpZXMiLCJjIjoiejJPOVpSeUdNT0NpIn0',
  ],
  [
    'non-ASCII binding and token',
    { kind: 'token', token: 'Zürich/+=', index: 5 },
    { connection: 'accountEngagementOpportunities', filter: { name: 'Café – Ω 🚀' } },
    'og1.eyJ2IjoxLCJiIjoiWWpQVXNCVll5dVd3IiwicCI6eyJraW5kIjoidG9rZW4iLCJ0b2tlbiI6IlrDvHJpY2gvKz0iLCJpbmRleCI6NX0sImYiOiJhY2NvdW50RW5nYWdlbWVudE9wcG9ydHVuaXRpZXMiLCJjIjoiM29Rb2ZwQ3dQd090In0',
  ],
];

/** A binding that counts how often it is serialised (canonical JSON calls toJSON). */
function countingBinding() {
  const seen = { count: 0 };
  const binding = {
    connection: 'x',
    at: {
      toJSON() {
        seen.count += 1;
        return 7;
      },
    },
  };
  return { binding, seen };
}

const offsets = (count: number) =>
  Array.from({ length: count }, (_, offset) => ({
    node: `n${offset}`,
    position: { kind: 'offset', offset } as CursorPosition,
  }));

describe('lazy cursors', () => {
  it.each(ISSUED)('%s: the cursor is the one issued before', (_case, position, binding, issued) => {
    const connection = buildConnection([{ node: 'a', position }], {
      hasNextPage: false,
      hasPreviousPage: false,
      totalCount: null,
      binding,
    });
    expect(connection.edges[0]!.cursor).toBe(issued);
    expect(connection.pageInfo.startCursor).toBe(issued);
    expect(connection.pageInfo.endCursor).toBe(issued);
    expect(encodeCursor(position, binding)).toBe(issued);
    expect(decodeCursor(issued, binding)).toEqual(position);
  });

  it('gives every edge of a connection the cursor encodeCursor gives its position', () => {
    const page = offsetConnection({
      records: ['a', 'b', 'c', 'd'],
      startOffset: 17,
      totalCount: 30,
      binding: LSQ_BINDING,
      first: 3,
    });
    expect(page.edges.map((edge) => edge.cursor)).toEqual(
      [17, 18, 19].map((offset) => encodeCursor({ kind: 'offset', offset }, LSQ_BINDING)),
    );
  });

  it('encodes nothing, nor hashes the binding, when no cursor is read', () => {
    const { binding, seen } = countingBinding();
    const connection = buildConnection(offsets(5), {
      hasNextPage: true,
      hasPreviousPage: false,
      totalCount: 5,
      binding,
    });
    expect(connection.nodes).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
    expect(connection.edges.map((edge) => edge.node)).toHaveLength(5);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    expect(seen.count).toBe(0);
  });

  it('hashes the binding once per connection, however many cursors are read', () => {
    const { binding, seen } = countingBinding();
    const connection = buildConnection(offsets(5), {
      hasNextPage: false,
      hasPreviousPage: false,
      totalCount: null,
      binding,
    });
    const cursors = connection.edges.map((edge) => edge.cursor);
    expect(new Set(cursors).size).toBe(5);
    expect(connection.pageInfo.endCursor).toBe(cursors[4]);
    expect(connection.edges.map((edge) => edge.cursor)).toEqual(cursors);
    expect(seen.count).toBe(1);
    expect(cursors.map((cursor) => decodeCursor(cursor, binding))).toEqual(
      offsets(5).map((item) => item.position),
    );
  });

  it('reads only the cursor asked for: endCursor alone encodes one', () => {
    const { binding, seen } = countingBinding();
    const connection = buildConnection(offsets(3), {
      hasNextPage: true,
      hasPreviousPage: false,
      totalCount: null,
      binding,
    });
    const end = connection.pageInfo.endCursor;
    expect(decodeCursor(end!, binding)).toEqual({ kind: 'offset', offset: 2 });
    expect(connection.edges[2]!.cursor).toBe(end);
    // One hash for the binding, and one more here for decodeCursor's own check.
    expect(seen.count).toBe(2);
  });

  it('keeps each merged edge at the positions the merge wrote for it', () => {
    const binding = { connection: 'opportunities' };
    const page = collectMergedPage({
      streams: ['a', 'b'],
      start: {},
      outcomes: {
        a: {
          ok: true,
          page: { items: [{ node: 3, position: { kind: 'offset', offset: 0 } }], hasMore: false },
        },
        b: {
          ok: true,
          page: { items: [{ node: 2, position: { kind: 'offset', offset: 0 } }], hasMore: false },
        },
      },
      first: 2,
      compare: (x: number, y: number) => y - x,
      binding,
      hasPreviousPage: false,
    });
    expect(page.nodes).toEqual([3, 2]);
    expect(page.edges.map((edge) => decodeCursor(edge.cursor, binding))).toEqual([
      { kind: 'merge', sources: { a: { kind: 'done' } } },
      { kind: 'merge', sources: { a: { kind: 'done' }, b: { kind: 'done' } } },
    ]);
  });

  it('still refuses to encode a position it would not accept back, when the cursor is read', () => {
    const connection = buildConnection([{ node: 'a', position: { kind: 'offset', offset: -1 } }], {
      hasNextPage: false,
      hasPreviousPage: false,
      totalCount: null,
      binding: null,
    });
    expect(connection.nodes).toEqual(['a']);
    expect(() => connection.edges[0]!.cursor).toThrow('Cannot encode a cursor');
  });
});
