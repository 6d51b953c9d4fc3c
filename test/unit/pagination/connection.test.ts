import { buildConnection, decodeCursor } from '../../../src/core/pagination/index.js';

describe('buildConnection', () => {
  it('gives each edge the cursor of its position, and nodes in edge order', () => {
    const binding = { connection: 'x' };
    const connection = buildConnection(
      [
        { node: 'a', position: { kind: 'offset', offset: 4 } },
        { node: 'b', position: { kind: 'token', token: 't', index: 0 } },
      ],
      { hasNextPage: true, hasPreviousPage: true, totalCount: 12, binding },
    );
    expect(connection.nodes).toEqual(['a', 'b']);
    expect(connection.edges.map((edge) => edge.node)).toEqual(['a', 'b']);
    expect(connection.edges.map((edge) => decodeCursor(edge.cursor, binding))).toEqual([
      { kind: 'offset', offset: 4 },
      { kind: 'token', token: 't', index: 0 },
    ]);
    expect(connection.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: connection.edges[0]?.cursor,
      endCursor: connection.edges[1]?.cursor,
    });
    expect(connection.totalCount).toBe(12);
  });

  it('has null start and end cursors when empty', () => {
    const connection = buildConnection([], {
      hasNextPage: false,
      hasPreviousPage: false,
      totalCount: 0,
      binding: null,
    });
    expect(connection).toEqual({
      edges: [],
      nodes: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      totalCount: 0,
    });
  });
});
