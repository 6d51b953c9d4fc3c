import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { EXAMPLE_OPERATION } from '../../src/server/example-operation.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * GraphiQL in a real headless Chromium (Debian's, not a downloaded one): the page loads, runs the
 * preloaded operation against the simulators and shows the data, and every request it makes goes
 * to this server. Fails, never skips, without Chromium: test/support/ensure-chromium.sh installs it.
 */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** Generous: the page is ~9 MB of inline script, and the machine may be busy. */
const BROWSER_TIMEOUT_MS = 45_000;
const TEST_TIMEOUT_MS = 90_000;

interface FirstNode {
  id: string;
  name: string;
}

describe('GraphiQL offline in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** Every request the page made, in order. */
  const requests: string[] = [];
  /** Requests to another host, refused so that nothing leaves the machine even when this fails. */
  const refused: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `${CHROMIUM} is missing: run test/support/ensure-chromium.sh (as root it installs the Debian package chromium)`,
      );
    }
    t = await startTestApp({ GRAPHQL_EXPLORER: 'graphiql' });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const own = new URL(t.url).origin;
    await context.route('**/*', (route) =>
      new URL(route.request().url()).origin === own
        ? route.continue()
        : (refused.push(route.request().url()), route.abort('blockedbyclient')),
    );
    page = await context.newPage();
    page.setDefaultTimeout(BROWSER_TIMEOUT_MS);
    page.on('request', (request) => requests.push(request.url()));
  }, TEST_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it(
    'runs the preloaded operation and shows the simulators’ data',
    async () => {
      // What the page must show: the newest opportunity across the three simulators.
      const { body } = await t.graphql<{ opportunities: { nodes: FirstNode[] } }>(
        EXAMPLE_OPERATION,
      );
      const first = body.data!.opportunities.nodes[0]!;
      expect(first.id).toMatch(/^(lsq|pc|ae):/);

      const response = await page.goto(`${t.url}/graphql`);
      expect(response?.status()).toBe(200);
      expect(await page.title()).toBe('opportunity-graph GraphiQL');
      await page.waitForFunction(() =>
        document
          .querySelector('.graphiql-query-editor')
          ?.textContent?.includes('NewestOpportunities'),
      );

      for (const simulator of [t.lsq, t.pc, t.ae]) simulator.clearRequests();
      await page.getByRole('button', { name: /Execute query/ }).click();
      await page.waitForFunction(
        (id) =>
          (document.querySelector('.result-window') as HTMLElement | null)?.innerText.includes(id),
        first.id,
      );
      // Monaco renders spaces as no-break spaces.
      const result = (await page.locator('.result-window').innerText()).replace(/\u00a0/g, ' ');
      expect(result).toContain(first.name);
      expect(result).not.toMatch(/"errors"/);
      // The browser's run reached every simulator.
      for (const simulator of [t.lsq, t.pc, t.ae])
        expect(simulator.requests().length).toBeGreaterThan(0);
    },
    TEST_TIMEOUT_MS,
  );

  it('made every request to this server alone', () => {
    const own = new URL(t.url).origin;
    expect(requests.length).toBeGreaterThan(0);
    expect(requests).toContain(`${t.url}/graphql`);
    // blob: URLs (the editor's workers, built from inline script) carry this server's origin.
    expect(requests.filter((url) => new URL(url).origin !== own)).toEqual([]);
    expect(refused).toEqual([]);
  });
});
