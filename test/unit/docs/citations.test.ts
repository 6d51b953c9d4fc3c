import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Whoever picks the project up has the repository and the public web, nothing else: code, tests
 * and docs cite files under docs/ or public URLs, never design notes or reference copies that
 * lived beside the repository while it was written.
 */
const ROOT = process.cwd();
const FOLDERS = ['src', 'test', 'docs'];
const OUTSIDE = [
  /reference §/i,
  /reference\/[a-z-]+\.md/,
  /\bseeds? \d{3}\b/,
  /\bwire reference\b/,
  /\bshared\/(design|reference|seeds)\b/,
  /(?<![\w/])(api|architecture|toolchain)\.md\b/,
];

function files(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (name === '__generated__' || name === 'node_modules') return [];
    if (statSync(full).isDirectory()) return files(full);
    return /\.(ts|md|cjs|js|sh)$/.test(name) ? [full] : [];
  });
}

describe('citations', () => {
  const self = path.relative(ROOT, new URL(import.meta.url).pathname);
  const all = FOLDERS.flatMap((folder) => files(path.join(ROOT, folder)))
    .map((file) => path.relative(ROOT, file))
    .filter((file) => file !== self);

  it('covers the code, the tests and the docs', () => {
    expect(all.length).toBeGreaterThan(300);
  });

  it('cite nothing outside the repository but public URLs', () => {
    const found = all.flatMap((file) =>
      readFileSync(path.join(ROOT, file), 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          OUTSIDE.some((pattern) => pattern.test(line))
            ? [`${file}:${index + 1}: ${line.trim()}`]
            : [],
        ),
    );
    expect(found).toEqual([]);
  });
});
