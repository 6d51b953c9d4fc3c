/*
 * Every GraphQL example of the README and of docs/examples.md runs, as written, against the real
 * server on the built-in simulators (the demo data `npm start` serves), and answers data without
 * errors.
 *
 * Convention for README authors:
 * - each ```graphql block holds exactly one operation, and is sent exactly as written;
 * - when the next fenced block after it is ```json (only prose or blank lines between), that
 *   block is the operation's `variables` object;
 * - the blocks of one file run in order on one fresh server, so a later block may use what an
 *   earlier mutation created (the simulators' ids are seeded, hence the same on every start).
 * "Data" means every root field is non-null, and a root connection or list has at least one item:
 * an example whose filter matches nothing on the demo data fails here.
 */
import { readFileSync } from 'node:fs';
import { EXAMPLE_FILES as FILES, readmeExamples } from '../support/markdown-examples.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Why `data` is not "non-empty data", or undefined when it is. */
function emptiness(data: Record<string, unknown> | null | undefined): string | undefined {
  if (!data || Object.keys(data).length === 0) return 'no data';
  for (const [field, value] of Object.entries(data)) {
    if (value === null) return `${field} is null`;
    const items = Array.isArray(value)
      ? value
      : (value as { nodes?: unknown[]; edges?: unknown[] }).nodes;
    if (Array.isArray(items) && !items.some((item) => item !== null)) {
      return `${field} has no items`;
    }
  }
  return undefined;
}

describe.each(FILES)('%s examples on the demo data', (file) => {
  const examples = readmeExamples(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
  let t: TestApp;
  beforeAll(async () => {
    // What `npm start` serves with no settings: one Partner Central catalog in the merged list.
    t = await startTestApp({ PARTNER_CENTRAL_CATALOGS: 'AWS' });
  });
  afterAll(() => t?.stop());

  it('has examples to run', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples.map((example) => [example.name, example] as const))(
    '%s answers data without errors',
    async (_name, example) => {
      const { status, body } = await t.graphql(example.query, example.variables);
      expect(body.errors).toBeUndefined();
      expect(status).toBe(200);
      expect(emptiness(body.data as Record<string, unknown>)).toBeUndefined();
    },
  );
});
