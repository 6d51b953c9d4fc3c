import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** README.md and every file under docs/, as repository paths. */
function documents(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(`${dir}/${entry.name}`) : [`${dir}/${entry.name}`],
    );
  return ['README.md', ...walk('docs')];
}

describe('README and docs/', () => {
  it('keep the README short: under 200 lines', () => {
    expect(read('README.md').split('\n').length).toBeLessThan(200);
  });

  it.each(documents())('%s fits a terminal: no line over 100 characters', (file) => {
    // A line that is nothing but a URL (a list item of sources) cannot be wrapped.
    const bareUrl = /^\s*(- )?<?https?:\/\/\S+>?$/;
    const long = read(file)
      .split('\n')
      .map((text, index) => ({ text, line: index + 1, length: [...text].length }))
      .filter(({ text, length }) => length > 100 && !bareUrl.test(text))
      .map(({ line, length }) => ({ line, length }));
    expect(long).toEqual([]);
  });

  it.each(documents().filter((file) => file.endsWith('.md')))(
    '%s links only to public URLs or to files that exist in the repository',
    (file) => {
      const text = read(file);
      const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
      const broken = targets
        .filter((target) => !/^https?:\/\//.test(target))
        .map((target) => target.replace(/#.*$/, ''))
        .filter((target) => target !== '' && !existsSync(resolve(root, dirname(file), target)));
      expect(broken).toEqual([]);
      // Nothing outside the repository but public addresses.
      expect(text).not.toMatch(/\.\.\/shared|file:\/\/|\/work\//);
    },
  );

  it('docs/supergraph/supergraph.yaml reads schema files that exist, at the tested version', () => {
    const yaml = read('docs/supergraph/supergraph.yaml');
    const files = [...yaml.matchAll(/^\s*file: (\S+)/gm)].map((match) => match[1]!);
    expect(files).toEqual(['../../schema.graphql', './deals.graphql']);
    for (const file of files) {
      expect(existsSync(resolve(root, 'docs/supergraph', file))).toBe(true);
    }
    const composition = JSON.parse(read('node_modules/@apollo/composition/package.json')) as {
      version: string;
    };
    expect(yaml).toMatch(new RegExp(`^federation_version: =${composition.version}$`, 'm'));
  });
});
