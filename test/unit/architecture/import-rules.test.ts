import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The layout's import rules (docs/architecture.md#import-rules), checked on every file of src/.
 * Imports are read with the TypeScript compiler's own pre-processor, so `export ... from` and
 * dynamic imports count as imports too.
 */
const ROOT = process.cwd();
const SRC = path.join(ROOT, 'src');

interface SourceFile {
  /** Path from the repository root, with forward slashes: `src/schema/...`. */
  readonly file: string;
  readonly text: string;
  /** Each import: a package name, or a repository path (`src/...ts`) for relative ones. */
  readonly imports: readonly string[];
}

function walk(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return walk(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

function read(full: string): SourceFile {
  const text = readFileSync(full, 'utf8');
  const imports = ts.preProcessFile(text, true, true).importedFiles.map(({ fileName }) => {
    if (!fileName.startsWith('.')) return fileName;
    const target = path.resolve(path.dirname(full), fileName).replace(/\.js$/, '.ts');
    return path.relative(ROOT, target).split(path.sep).join('/');
  });
  return { file: path.relative(ROOT, full).split(path.sep).join('/'), text, imports };
}

const FILES = walk(SRC).map(read);
const under = (folder: string) => FILES.filter(({ file }) => file.startsWith(`${folder}/`));
const isPackage = (name: string) => !name.startsWith('src/');
const GRAPHQL = /^(graphql|type-graphql|@apollo\/|@graphql-tools\/)/;

/** `file: import` for every import of `files` that `bad` flags. */
function offending(files: readonly SourceFile[], bad: (imported: string) => boolean): string[] {
  return files.flatMap(({ file, imports }) =>
    imports.filter(bad).map((imported) => `${file}: ${imported}`),
  );
}

describe('import rules', () => {
  it('reads every source file, imports included', () => {
    expect(FILES.length).toBeGreaterThan(250);
    expect(FILES.find(({ file }) => file === 'src/app.ts')?.imports).toContain(
      'src/schema/build.ts',
    );
  });

  it('core/ imports nothing of the app above it, nor GraphQL nor a source SDK', () => {
    expect(
      offending(
        under('src/core'),
        (imported) =>
          (!isPackage(imported) && !imported.startsWith('src/core/')) ||
          GRAPHQL.test(imported) ||
          imported.startsWith('@aws-sdk/'),
      ),
    ).toEqual([]);
  });

  it('source modules know no GraphQL and nothing of schema/', () => {
    expect(
      offending(
        under('src/sources'),
        (imported) => imported.startsWith('src/schema/') || GRAPHQL.test(imported),
      ),
    ).toEqual([]);
  });

  it('only the Partner Central module imports the AWS SDK', () => {
    const outside = FILES.filter(({ file }) => !file.startsWith('src/sources/partner-central/'));
    expect(offending(outside, (imported) => imported.startsWith('@aws-sdk/'))).toEqual([]);
  });

  it('schema/ never reaches a source client: it calls loaders and module functions', () => {
    const schema = under('src/schema');
    expect(
      offending(schema, (imported) => /^src\/sources\/[^/]+\/client\.ts$/.test(imported)),
    ).toEqual([]);
    const reaching = schema
      .filter(({ text }) => /services\.\w+\.client\b|\.client\.\w+\(/.test(text))
      .map(({ file }) => file);
    expect(reaching).toEqual([]);
  });

  it('a source module imports no other source module', () => {
    const modules = ['leadsquared', 'partner-central', 'account-engagement'];
    const crossing = modules.flatMap((name) =>
      offending(under(`src/sources/${name}`), (imported) =>
        modules.some((other) => other !== name && imported.startsWith(`src/sources/${other}/`)),
      ),
    );
    expect(crossing).toEqual([]);
  });

  it('keeps files small: none over 250 lines but seed data', () => {
    const SEED_DATA = /^src\/sources\/[^/]+\/simulator\/data\//;
    const long = FILES.filter(({ file }) => !SEED_DATA.test(file))
      .map(({ file, text }) => ({ file, lines: text.split('\n').length - 1 }))
      .filter(({ lines }) => lines > 250)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(long).toEqual([]);
  });
});
