import { writeFile } from 'node:fs/promises';
import { buildSubgraph } from './build.js';
import { printSubgraph } from './printed.js';

/** `npm run schema`: writes schema.graphql, the SDL other teams and the drift test read. */
const target = new URL('../../schema.graphql', import.meta.url);
await writeFile(target, printSubgraph(await buildSubgraph()));
process.stdout.write(`wrote ${target.pathname}\n`);
