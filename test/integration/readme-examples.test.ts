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
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Example {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const FENCE = /^```(\w*)\n([\s\S]*?)^```$/gm;

/** A markdown file's graphql blocks, each with the json block that follows it when there is one. */
function readmeExamples(markdown: string): Example[] {
  const blocks = [...markdown.matchAll(FENCE)].map((match) => ({
    lang: match[1]!,
    body: match[2]!,
  }));
  const examples: Example[] = [];
  blocks.forEach((block, index) => {
    if (block.lang !== 'graphql') return;
    const operations = parse(block.body).definitions.filter(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === Kind.OPERATION_DEFINITION,
    );
    if (operations.length !== 1) {
      throw new Error(`a README graphql block must hold one operation, not ${operations.length}`);
    }
    const next = blocks[index + 1];
    examples.push({
      name: operations[0]!.name?.value ?? `anonymous block ${examples.length + 1}`,
      query: block.body,
      variables:
        next?.lang === 'json' ? (JSON.parse(next.body) as Record<string, unknown>) : undefined,
    });
  });
  return examples;
}

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

/** The files whose examples promise to run on the demo data. */
const FILES = ['README.md', 'docs/examples.md'];

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
