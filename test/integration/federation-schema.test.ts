/*
 * The subgraph face of the service: the SDL a gateway composes (`_service { sdl }`) declares the
 * entity keys, the committed schema files match the code, and `node(id)` resolves the concrete
 * type from the id alone.
 */
import { readFile } from 'node:fs/promises';
import {
  Kind,
  parse,
  print,
  type ConstDirectiveNode,
  type DocumentNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
} from 'graphql';
import { FederationNodeTypesDocument, FederationSdlDocument } from '../__generated__/graphql.js';
import { buildSubgraph } from '../../src/schema/build.js';
import { printClientSchema, printSubgraph } from '../../src/schema/printed.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SUBGRAPH_SDL = new URL('../../schema.graphql', import.meta.url);
const CLIENT_SDL = new URL('../__generated__/client-schema.graphql', import.meta.url);

/** Every definition and extension of an object type, directives included. */
function objectType(
  document: DocumentNode,
  name: string,
): (ObjectTypeDefinitionNode | ObjectTypeExtensionNode)[] {
  return document.definitions.filter(
    (definition): definition is ObjectTypeDefinitionNode | ObjectTypeExtensionNode =>
      (definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
        definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
      definition.name.value === name,
  );
}

/** The `fields` argument of each @key on the type, as written. */
function keyFields(document: DocumentNode, name: string): string[] {
  return objectType(document, name)
    .flatMap((definition) => definition.directives ?? [])
    .filter((directive: ConstDirectiveNode) => directive.name.value === 'key')
    .map((directive) => {
      const fields = directive.arguments?.find((argument) => argument.name.value === 'fields');
      if (!fields || fields.value.kind !== Kind.STRING) {
        throw new Error(`@key on ${name} without a string fields argument: ${print(directive)}`);
      }
      return fields.value.value;
    });
}

/** Fails with "run npm run schema" and the first differing line when `committed` is stale. */
function expectCommitted(file: string, committed: string, fromCode: string): void {
  if (committed === fromCode) return;
  const committedLines = committed.split('\n');
  const codeLines = fromCode.split('\n');
  const line = committedLines.findIndex((text, index) => text !== codeLines[index]);
  const at = line === -1 ? committedLines.length : line;
  throw new Error(
    `${file} differs from the schema the code builds: run npm run schema (then npm run codegen).\n` +
      `First difference at line ${at + 1}:\n` +
      `  committed: ${JSON.stringify(committedLines[at] ?? '<end of file>')}\n` +
      `  from code: ${JSON.stringify(codeLines[at] ?? '<end of file>')}`,
  );
}

describe('federation subgraph schema', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());
  beforeEach(() => t.lsq.clearRequests());

  it('declares @key(fields: "id") on Opportunity and Prospect in _service { sdl }', async () => {
    const { body } = await t.graphql(FederationSdlDocument);

    expect(body.errors).toBeUndefined();
    const text = body.data!._service.sdl;
    if (typeof text !== 'string') throw new Error('_service.sdl is null');
    const sdl = parse(text);
    expect(keyFields(sdl, 'Opportunity')).toEqual(['id']);
    expect(keyFields(sdl, 'Prospect')).toEqual(['id']);
    // The key field exists and is the non-null ID the contract promises.
    for (const name of ['Opportunity', 'Prospect']) {
      const id = objectType(sdl, name)
        .flatMap((definition) => definition.fields ?? [])
        .find((field) => field.name.value === 'id');
      expect(id && print(id.type)).toBe('ID!');
    }
    // It is a Federation 2 subgraph: the schema links the federation spec.
    const link = sdl.definitions
      .filter((definition) => definition.kind === Kind.SCHEMA_EXTENSION)
      .flatMap((definition) => definition.directives ?? [])
      .find((directive) => directive.name.value === 'link');
    const url = link?.arguments?.find((argument) => argument.name.value === 'url')?.value;
    expect(url?.kind === Kind.STRING && url.value).toMatch(
      /^https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+$/,
    );
    expect(t.lsq.requests()).toEqual([]);
  });

  it('has schema.graphql equal to the subgraph SDL the code builds', async () => {
    const schema = await buildSubgraph();
    expectCommitted('schema.graphql', await readFile(SUBGRAPH_SDL, 'utf8'), printSubgraph(schema));
  });

  it('has test/__generated__/client-schema.graphql equal to the client schema the code builds', async () => {
    const schema = await buildSubgraph();
    expectCommitted(
      'test/__generated__/client-schema.graphql',
      await readFile(CLIENT_SDL, 'utf8'),
      printClientSchema(schema),
    );
  });

  it('resolves node(id) to Opportunity or Prospect from the id', async () => {
    const opportunity = t.lsq.data.opportunitiesOfType(12001)[3]!;
    const lead = t.lsq.data.leads[4]!;
    const opportunityId = `lsq:12001:${opportunity.ProspectActivityId.toLowerCase()}`;
    const prospectId = `lsq-lead:${lead.ProspectID.toLowerCase()}`;

    const { body } = await t.graphql(FederationNodeTypesDocument, { opportunityId, prospectId });

    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      opportunity: { __typename: 'Opportunity', id: opportunityId },
      prospect: { __typename: 'Prospect', id: prospectId },
    });
    // One batched look-up per kind proves the records exist; the type itself needs no call.
    expect(t.lsq.requests('GetOpportunitiesById')).toHaveLength(1);
    expect(t.lsq.requests('RetrieveLeadsByIds')).toHaveLength(1);
    expect(t.lsq.requests()).toHaveLength(2);
  });
});
