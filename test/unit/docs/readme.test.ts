import { readFileSync } from 'node:fs';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const ciRun = readFileSync(new URL('../../../.ci/run', import.meta.url), 'utf8');

/** The first code block: the two commands a newcomer types. */
function firstCommands(): string[] {
  const block = /```sh\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error('README has no leading sh block');
  return block[1]!
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line !== '');
}

describe('README', () => {
  it('opens with the start command, then the test command', () => {
    expect(readme.indexOf('```sh')).toBeLessThan(readme.indexOf('## '));
    expect(firstCommands()).toEqual(['npm ci && npm start', 'npm ci && npm test']);
  });

  it('is what CI runs', () => {
    const commands = ciRun
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#') && !/^(set|cd) /.test(line));
    expect(commands).toEqual([firstCommands()[1]]);
  });
});
