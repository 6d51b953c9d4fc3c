/*
 * Relay's own compiler, given our schema.graphql, accepts `@connection` pagination over the merged
 * `opportunities` listing and a refetchable `@connection` fragment on Prospect.opportunities
 * (Relay's rules: Node interface, `node(id:)`, edges/node/cursor, pageInfo). It runs the real
 * relay-compiler binary in a scratch project; a broken document must make it fail, so the test
 * can fail too.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Kind, parse, print, type DefinitionNode } from 'graphql';

const require = createRequire(import.meta.url);
const RELAY_CLI = require.resolve('relay-compiler/cli.js');

/**
 * schema.graphql as Relay can read it. Relay does not implement schema extensions, so the
 * federation `extend schema @link(...)` goes, and the two federation directives our types carry
 * are declared as the federation spec declares them.
 */
async function relaySchema(): Promise<string> {
  const sdl = await readFile(path.resolve('schema.graphql'), 'utf8');
  const definitions = parse(sdl).definitions.filter(
    (definition: DefinitionNode) =>
      definition.kind !== Kind.SCHEMA_EXTENSION && definition.kind !== Kind.SCHEMA_DEFINITION,
  );
  // @apollo/subgraph 2.15 prints the federation directives' own definitions; older releases
  // left them out, and then they are declared here as the federation spec declares them.
  const declared = new Set(
    definitions.flatMap((definition) =>
      definition.kind === Kind.DIRECTIVE_DEFINITION ? [definition.name.value] : [],
    ),
  );
  const federation = [
    [
      'key',
      'directive @key(fields: String!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE',
    ],
    ['shareable', 'directive @shareable repeatable on OBJECT | FIELD_DEFINITION'],
  ]
    .filter(([name]) => !declared.has(name!))
    .map(([, text]) => text)
    .join('\n');
  return `${federation}\n\n${print({ kind: Kind.DOCUMENT, definitions })}`;
}

interface Compiled {
  code: number;
  output: string;
  artifacts: string[];
  dir: string;
}

/** Compiles `files` (name -> graphql`` body) in a fresh Relay project. */
async function compile(files: Record<string, string>): Promise<Compiled> {
  const dir = await mkdtemp(path.join(tmpdir(), 'relay-'));
  await mkdir(path.join(dir, 'src'));
  await mkdir(path.join(dir, '__generated__'));
  await writeFile(path.join(dir, 'schema.graphql'), await relaySchema());
  await writeFile(
    path.join(dir, 'relay.config.json'),
    JSON.stringify({
      src: './src',
      schema: './schema.graphql',
      language: 'typescript',
      artifactDirectory: './__generated__',
    }),
  );
  for (const [name, document] of Object.entries(files)) {
    const source = `import { graphql } from 'relay-runtime';\nexport const node = graphql\`\n${document}\n\`;\n`;
    await writeFile(path.join(dir, 'src', `${name}.ts`), source);
  }
  const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
    execFile(process.execPath, [RELAY_CLI], { cwd: dir }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, output: `${stdout}${stderr}` });
    });
  });
  const artifacts = (await readdir(path.join(dir, '__generated__'))).sort();
  return { code, output, artifacts, dir };
}

const MERGED_LIST = /* GraphQL */ `
  query MergedListQuery($first: Int!, $after: String) {
    opportunities(first: $first, after: $after) @connection(key: "MergedListQuery_opportunities") {
      unavailableSources
      edges {
        cursor
        node {
          id
          source
          name
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const PROSPECT_OPPORTUNITIES = /* GraphQL */ `
  fragment ProspectOpportunities_prospect on Prospect
  @refetchable(queryName: "ProspectOpportunitiesPaginationQuery")
  @argumentDefinitions(first: { type: "Int", defaultValue: 10 }, after: { type: "String" }) {
    email
    opportunities(first: $first, after: $after)
      @connection(key: "ProspectOpportunities_opportunities") {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`;

describe('relay-compiler against schema.graphql', () => {
  const scratch: string[] = [];
  afterAll(async () => {
    await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('accepts an @connection query over opportunities and a refetchable @connection fragment', async () => {
    const result = await compile({
      MergedList: MERGED_LIST,
      ProspectOpportunities: PROSPECT_OPPORTUNITIES,
    });
    scratch.push(result.dir);
    expect(result.output).not.toMatch(/ERROR/);
    expect(result.code).toBe(0);
    expect(result.artifacts).toEqual([
      'MergedListQuery.graphql.ts',
      'ProspectOpportunitiesPaginationQuery.graphql.ts',
      'ProspectOpportunities_prospect.graphql.ts',
    ]);
    // Relay recorded the connection and wrote the refetch query through `node(id:)`.
    const list = await readFile(
      path.join(result.dir, '__generated__', 'MergedListQuery.graphql.ts'),
      'utf8',
    );
    expect(list).toContain('"connection"');
    expect(list).toContain('"opportunities"');
    const refetch = await readFile(
      path.join(result.dir, '__generated__', 'ProspectOpportunitiesPaginationQuery.graphql.ts'),
      'utf8',
    );
    expect(refetch).toMatch(/node\(id: \$id\)/);
  });

  it.each([
    [
      '@connection on a field that is not a connection',
      `query BrokenQuery { opportunity(id: "ae:1") @connection(key: "BrokenQuery_opportunity") { id } }`,
      "Expected field 'opportunity' to be passed a 'first' or 'last' argument",
    ],
    [
      'a field the schema does not have',
      `query BrokenQuery { opportunities(first: 1) @connection(key: "BrokenQuery_opportunities") { edges { node { id nope } } pageInfo { hasNextPage endCursor } } }`,
      'The type `Opportunity` has no field `nope`',
    ],
  ])('refuses %s', async (_case, document, message) => {
    const result = await compile({ Broken: document });
    scratch.push(result.dir);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(message);
    expect(result.artifacts).toEqual([]);
  });
});
