import { existsSync } from 'node:fs';
import path from 'node:path';
import { exitWithin, killAll, listening, spawnRun, type Run } from '../support/process-run.js';

/**
 * The server as built (`node dist/main.js`) on its simulators seeded with SIMULATOR_RECORDS at its
 * maximum, 100,000 per stream: the simulators answer a page from orders kept per sort key, not by
 * sorting 100,000 records per call. A few pages of every listing are walked and their order
 * checked; the merged listing's first page must be the newest records of the three per-source
 * listings, which reach the simulators by other sort keys and filters. No timing is asserted: the
 * limits below only keep a broken run from hanging.
 */
const ROOT = process.cwd();
const MAIN = path.join(ROOT, 'dist', 'main.js');
const RECORDS = 100_000;
/** Seeding 100,000 records per stream on a busy two-core machine, with room to spare. */
const START_TIMEOUT_MS = 240_000;
const EXIT_WITHIN_MS = 30_000;
const PAGE = 100;
const PAGES = 3;

interface Node {
  readonly id: string;
  readonly source: string;
  readonly createdAt: string;
  readonly lastModifiedAt: string;
}

interface Connection {
  readonly totalCount: number | null;
  readonly unavailableSources?: readonly string[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  readonly nodes: readonly Node[];
}

let run: Run;
let url: string;

beforeAll(async () => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} does not exist: run npm run build`);
  run = spawnRun(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { PORT: '0', SIMULATOR_RECORDS: String(RECORDS), LEADSQUARED_EVENT_CODES: '12003' },
  });
  url = await listening(run);
}, START_TIMEOUT_MS);

afterAll(async () => {
  run.child.kill('SIGTERM');
  await exitWithin(run, EXIT_WITHIN_MS);
  killAll();
});

const FIELDS =
  'totalCount pageInfo { hasNextPage endCursor } nodes { id source createdAt lastModifiedAt }';

async function page(field: string, args: string, after: string | null): Promise<Connection> {
  const cursor = after === null ? '' : `, after: ${JSON.stringify(after)}`;
  const extra = field === 'opportunities' ? ' unavailableSources' : '';
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `{ ${field}(first: ${PAGE}${args}${cursor}) { ${FIELDS}${extra} } }`,
    }),
  });
  const body = (await response.json()) as {
    data?: Record<string, Connection | null>;
    errors?: unknown;
  };
  expect(body.errors).toBeUndefined();
  return body.data![field]!;
}

/** PAGES pages of a listing, following endCursor. */
async function walk(field: string, args = ''): Promise<{ pages: Connection[]; nodes: Node[] }> {
  const pages: Connection[] = [];
  let after: string | null = null;
  for (let index = 0; index < PAGES; index += 1) {
    const current = await page(field, args, after);
    expect(current.nodes).toHaveLength(PAGE);
    expect(current.pageInfo.hasNextPage).toBe(true);
    pages.push(current);
    after = current.pageInfo.endCursor;
  }
  return { pages, nodes: pages.flatMap((p) => p.nodes) };
}

const time = (node: Node): number => Date.parse(node.createdAt);

/** Distinct records, `at` never increasing (or never decreasing when `ascending`). */
function expectOrdered(nodes: readonly Node[], at = time, ascending = false): void {
  expect(new Set(nodes.map((node) => node.id)).size).toBe(nodes.length);
  const out = nodes.filter((node, i) => {
    if (i === 0) return false;
    const [before, after] = [at(nodes[i - 1]!), at(node)];
    return ascending ? before > after : before < after;
  });
  expect(out).toEqual([]);
}

describe(`node dist/main.js with SIMULATOR_RECORDS=${RECORDS}`, () => {
  it('pages every source newest first, and the merged listing interleaves their newest', async () => {
    const lsq = await walk('leadSquaredOpportunities', ', eventCode: 12003');
    const pc = await walk(
      'partnerCentralOpportunities',
      ', catalog: AWS, orderBy: { field: CREATED_DATE, direction: DESC }',
    );
    const ae = await walk('accountEngagementOpportunities');
    for (const listing of [lsq, pc, ae]) expectOrdered(listing.nodes);
    expect(lsq.pages[0]!.totalCount).toBe(RECORDS);

    const merged = await walk('opportunities');
    expectOrdered(merged.nodes);
    expect(merged.pages.every((p) => p.unavailableSources?.length === 0)).toBe(true);
    expect(new Set(merged.nodes.map((node) => node.source))).toEqual(
      new Set(['LEADSQUARED', 'PARTNER_CENTRAL', 'ACCOUNT_ENGAGEMENT']),
    );
    // The newest PAGE of the merge are the newest PAGE of the three lists together (by time:
    // records of the same instant may come in either order).
    const union = [...lsq.nodes, ...pc.nodes, ...ae.nodes].map(time).sort((a, b) => b - a);
    expect(merged.pages[0]!.nodes.map(time)).toEqual(union.slice(0, PAGE));
    const newest = new Set(merged.pages[0]!.nodes.map((node) => node.id));
    const perSource = [...lsq.nodes, ...pc.nodes, ...ae.nodes].filter((n) => newest.has(n.id));
    expect(perSource).toHaveLength(PAGE);
  });

  it('pages oldest first when asked, the reverse order of createdAt', async () => {
    const { nodes } = await walk(
      'opportunities',
      ', orderBy: { field: CREATED_AT, direction: ASC }',
    );
    expectOrdered(nodes, time, true);
  });

  it('pages Partner Central by its default order, newest change first', async () => {
    const { nodes } = await walk('partnerCentralOpportunities', ', catalog: AWS');
    expect(nodes.every((node) => node.source === 'PARTNER_CENTRAL')).toBe(true);
    expectOrdered(nodes, (node) => Date.parse(node.lastModifiedAt));
  });
});
