import { DecodedBody, decodeJson } from '../../../src/core/http/decoded-body.js';

describe('DecodedBody', () => {
  it('decodes on the first read only and hands every reader the same value', () => {
    let calls = 0;
    const body = new DecodedBody('{"a":[1]}', (text) => {
      calls += 1;
      return decodeJson(text);
    });
    expect(calls).toBe(0);
    const first = body.value();
    expect(body.value()).toBe(first);
    expect(first).toEqual({ a: [1] });
    expect(calls).toBe(1);
  });

  it('remembers a failed decode and throws the same error to every reader', () => {
    let calls = 0;
    const body = new DecodedBody('{cut', (text) => {
      calls += 1;
      return decodeJson(text);
    });
    let firstError: unknown;
    try {
      body.value();
    } catch (error) {
      firstError = error;
    }
    expect(firstError).toBeInstanceOf(SyntaxError);
    expect(() => body.value()).toThrow(firstError as Error);
    expect(calls).toBe(1);
  });
});
