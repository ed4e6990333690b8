// Fault (b): Alice, Bob and a full node on --chain local; Bob killed with SIGKILL, then
// restarted on his base path. Alice keeps producing in her slots and the full node follows
// while finality stalls; finality resumes once Bob is back. Starts its own nodes
// (faults/faults.mjs); run with `node --test faults/`.

import { test } from 'node:test';
import { networkScenario } from './faults.mjs';

test('a GRANDPA voter killed and restarted: production goes on, finality stalls and resumes', { timeout: 400_000 }, async (t) => {
  const result = await networkScenario({ log: (line) => t.diagnostic(line.trim()) });
  t.diagnostic(`took ${result.seconds.toFixed(1)} s`);
});
