/*
 * The walk bench (`npm run bench -- --only=walk`) must keep running as the schema and the start
 * script change: a small walk through the simulators' process and the server's own (`npm start`,
 * on the built dist/) reads every record once, in as many pages as it should, and reports the
 * server process's RSS and CPU from /proc. What the figures are is the bench's business.
 */
import { walk } from '../../src/benchmark/walk/walk-run.js';

const WALK_TIMEOUT_MS = 90_000;

describe('the walk bench', () => {
  it(
    'walks every record once through the simulators and the server in processes of their own',
    async () => {
      const figures = await walk({ records: 250, pageSize: 100 });
      // Three streams of 250 merged: the walk stops at the first page that reaches 250 records.
      expect(figures.records).toBe(300);
      expect(figures.pages).toBe(3);
      expect(figures.latenciesMs).toHaveLength(3);
      // One reading before the walk and one after each page, each a live process's (above 10 MB).
      expect(figures.residentBytes).toHaveLength(4);
      for (const bytes of figures.residentBytes) expect(bytes).toBeGreaterThan(10 * 1024 * 1024);
      expect(figures.serverCpuMs).toBeGreaterThan(0);
      expect(figures.simulatorCpuMs).toBeDefined();
    },
    WALK_TIMEOUT_MS,
  );

  it(
    'starts the server as plain node for the comparison row',
    async () => {
      const figures = await walk({ records: 100, pageSize: 100, plainNode: true });
      expect([figures.records, figures.pages]).toEqual([100, 1]);
      expect(figures.residentBytes[0]).toBeGreaterThan(10 * 1024 * 1024);
    },
    WALK_TIMEOUT_MS,
  );
});
