import { Writable } from 'node:stream';

/** A stream the logger writes to, so tests can grep every log line the server produced. */
export class LogCapture extends Writable {
  readonly #chunks: string[] = [];

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.#chunks.push(chunk.toString());
    done();
  }

  text(): string {
    return this.#chunks.join('');
  }

  lines(): Record<string, unknown>[] {
    return this.text()
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  clear(): void {
    this.#chunks.length = 0;
  }
}
