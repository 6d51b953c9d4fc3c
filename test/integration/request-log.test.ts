import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The per-request log line is what an operator greps first: its error count must be the number of
 * errors the client received, including those served beside partial data.
 */
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.stop());
beforeEach(() => {
  t.logs.clear();
  t.lsq.setFaults([]);
  t.pc.setFaults([]);
});

function requestLine(operationName: string) {
  const line = t.logs
    .lines()
    .find((entry) => entry.msg === 'graphql request' && entry.operationName === operationName);
  if (!line) throw new Error(`no request log line for ${operationName}`);
  return line;
}

describe('the per-request log line', () => {
  it('counts every error the response carries when one source fails', async () => {
    t.lsq.setFaults([{ status: 400 }]);
    const { body } = await t.graphql(`query TwoFailing {
      a: leadSquaredOpportunities(eventCode: 12003, first: 1) { nodes { id } }
      b: leadSquaredOpportunities(eventCode: 12003, first: 2) { nodes { id } }
      c: partnerCentralOpportunities(catalog: AWS, first: 1) { nodes { id } }
    }`);
    expect(body.errors?.length).toBeGreaterThanOrEqual(2);
    const line = requestLine('TwoFailing');
    expect(line.errors).toBe(body.errors?.length);
    expect(line.errorCodes).toEqual(['UPSTREAM_REJECTED']);
  });

  it('counts the errors added beside the data of the merged listing', async () => {
    t.lsq.setFaults([{ status: 400 }]);
    const { body } = await t.graphql(`query MergedPartial {
      opportunities(first: 3) { unavailableSources nodes { id } }
    }`);
    expect(body.data).toBeTruthy();
    expect(body.errors?.length).toBeGreaterThanOrEqual(1);
    expect(requestLine('MergedPartial').errors).toBe(body.errors?.length);
  });

  it('says 0 for a clean response', async () => {
    const { body } = await t.graphql(`query Clean {
      partnerCentralOpportunities(catalog: AWS, first: 1) { nodes { id } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(requestLine('Clean').errors).toBe(0);
  });
});
