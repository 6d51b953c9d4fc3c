import { afterEach } from '@jest/globals';
import { expectNoSecrets, startTestApp, type TestApp } from './test-app.js';

/**
 * A fresh app for each test (a throttle's back-off or a held slot outlives the request it came
 * with), started with `baseEnv` and the test's own variables; after each test its log is checked
 * for `secrets` and the app stopped. Call inside a describe block.
 */
export function appPerTest(
  secrets: readonly string[],
  baseEnv: Record<string, string>,
): (env?: Record<string, string>) => Promise<TestApp> {
  let app: TestApp | undefined;
  afterEach(async () => {
    if (app) expectNoSecrets(app.logs.text(), secrets);
    await app?.stop();
    app = undefined;
  });
  return async (env = {}) => (app = await startTestApp({ ...baseEnv, ...env }));
}
