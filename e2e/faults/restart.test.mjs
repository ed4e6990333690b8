// Fault (a): a --dev node killed with SIGKILL and restarted on its base path keeps its
// finalized chain and balances, and goes on producing and finalizing. Starts its own node
// (faults/faults.mjs); run with `node --test faults/`.

import { test } from 'node:test';
import { restartScenario } from './faults.mjs';

test('SIGKILL and restart on the same base path: the finalized chain and a balance survive', { timeout: 300_000 }, async (t) => {
  const result = await restartScenario({ log: (line) => t.diagnostic(line.trim()) });
  t.diagnostic(`took ${result.seconds.toFixed(1)} s`);
});
