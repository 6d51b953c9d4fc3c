import { mkdir, writeFile } from 'node:fs/promises';
import { buildSubgraph } from './build.js';
import { printClientSchema, printSubgraph } from './printed.js';

/**
 * `npm run schema`: writes schema.graphql (the subgraph SDL for other teams and the gateway) and
 * the client-side schema codegen reads. The drift test fails when either differs from the code.
 */
export const SUBGRAPH_SDL = new URL('../../schema.graphql', import.meta.url);
export const CLIENT_SDL = new URL(
  '../../test/__generated__/client-schema.graphql',
  import.meta.url,
);

const schema = await buildSubgraph();
await writeFile(SUBGRAPH_SDL, printSubgraph(schema));
await mkdir(new URL('.', CLIENT_SDL), { recursive: true });
await writeFile(CLIENT_SDL, printClientSchema(schema));
process.stdout.write(`wrote ${SUBGRAPH_SDL.pathname} and ${CLIENT_SDL.pathname}\n`);
