// A pool too small for the load: the node must refuse what it cannot keep, at once, with an error
// the sender sees (1016 Immediately Dropped), and include every transaction it accepted. Starts
// its own `--dev` node with `--pool-limit=200`; 40 senders × 25 transfers overflow it many times
// over. Before the node's ready bound (node/src/pool/) the same run lost hundreds of
// accepted transactions without a word to their senders.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exitCode, runLoad } from '../load/load.mjs';

test('an overflowing pool refuses with 1016 and loses no accepted transaction', { timeout: 600_000 }, async (t) => {
  const result = await runLoad({
    kind: 'transfer',
    senders: 40,
    perSender: 25,
    seed: '//Alice//pool//overflow',
    nodeArgs: ['--pool-limit=200'],
    stallBlocks: 10,
    timeoutS: 300,
    log: () => {},
  });
  const totals = result.totals;
  t.diagnostic(
    `accepted ${totals.accepted}, refusals ${totals.refusals} ${JSON.stringify(totals.refusedBy)}, ` +
      `included ${totals.included}, missing ${totals.missing}, blocks ${result.window.blocks}`,
  );
  assert.ok(totals.refusals > 0, 'a pool of 200 must refuse some of 1,000 submissions');
  assert.deepEqual(Object.keys(totals.refusedBy), ['1016'], 'refused as full, nothing else');
  assert.equal(totals.accepted, 1_000, 'every refused transaction was accepted when resubmitted');
  assert.equal(totals.missing, 0, `accepted but never included: ${JSON.stringify(result.missingBySender)}`);
  assert.equal(totals.included, 1_000);
  assert.equal(totals.failed, 0);
  assert.equal(exitCode(result), 0);
});
