import { readFileSync } from 'node:fs';

/*
 * docs/deploy.md tells a deployment to run `node` with the flags `npm start` uses (the memory
 * bounds): the two must not drift apart.
 */
describe('the deploy guide’s run command', () => {
  it('is the start script’s, without exec', () => {
    const scripts = (
      JSON.parse(readFileSync('package.json', 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    const command = scripts.start!.replace(/^exec /, '');
    expect(command).toMatch(
      /^node --max-semi-space-size=\d+ --heap-growing-percent=\d+ dist\/main\.js$/,
    );
    const guide = readFileSync('docs/deploy.md', 'utf8');
    const fence = /```sh\n([\s\S]*?)```/.exec(guide)![1]!;
    const run = fence.split('\n').find((line) => line.startsWith('node '));
    expect(run?.replace(/\s+#.*$/, '')).toBe(command);
  });
});
