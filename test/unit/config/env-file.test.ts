import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadEnvFile } from '../../../src/config/env-file.js';

function envFile(text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'env-file-')), '.env');
  writeFileSync(file, text);
  return file;
}

describe('loadEnvFile', () => {
  it('adds what the environment lacks, keeps what it has, and returns only the names it set', () => {
    const env: NodeJS.ProcessEnv = { PORT: '0' };
    const added = loadEnvFile(
      envFile('# comment\nPORT=1\nLOG_LEVEL=debug\nQUOTED="a b"\nexport EXPORTED=yes\n'),
      env,
    );
    expect(env).toEqual({ PORT: '0', LOG_LEVEL: 'debug', QUOTED: 'a b', EXPORTED: 'yes' });
    expect(added.sort()).toEqual(['EXPORTED', 'LOG_LEVEL', 'QUOTED']);
  });

  it('is a no-op without a file', () => {
    const env: NodeJS.ProcessEnv = {};
    expect(loadEnvFile('/nonexistent/.env', env)).toEqual([]);
    expect(env).toEqual({});
  });
});
