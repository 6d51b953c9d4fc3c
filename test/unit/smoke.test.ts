import got from 'got';
describe('toolchain', () => {
  it('loads ESM-only got', () => {
    expect(typeof got).toBe('function');
  });
});
