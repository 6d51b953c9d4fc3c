import { readFileSync } from 'node:fs';
import { CONFIG_VARIABLES } from '../../../src/config.js';

const doc = readFileSync(new URL('../../../docs/configuration.md', import.meta.url), 'utf8');

/** The variables docs/configuration.md documents: each entry is a list item opening with it. */
function documented(): string[] {
  return [...doc.matchAll(/^- `([A-Z][A-Z0-9_]*)`, (default|no default)/gm)].map((m) => m[1]!);
}

describe('docs/configuration.md', () => {
  it('documents each variable once', () => {
    const names = documented();
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  // Both directions: a variable the code reads but the page lacks, and a documented variable the
  // code does not read (yet), are both reported by name.
  it('documents exactly the variables the code reads (CONFIG_VARIABLES)', () => {
    const names = new Set(documented());
    const read = new Set<string>(CONFIG_VARIABLES);
    expect({
      undocumented: [...read].filter((name) => !names.has(name)),
      notRead: [...names].filter((name) => !read.has(name)),
    }).toEqual({ undocumented: [], notRead: [] });
  });
});
