// A short run of the load harness (load/load.mjs) against the harness's dev node: 20 senders ×
// 20 transfers, then 10 senders × 10 DIEM mints. Every accepted transaction must be included
// and dispatch successfully, and the report's figures must agree with each other and with the
// chain. The full-size runs are scripts/load.sh.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exitCode, runLoad } from '../load/load.mjs';

/** Checks the invariants every clean report satisfies; returns it for more checks. */
function assertClean(result, planned) {
  const t = result.totals;
  assert.equal(result.outcome, 'complete', `outcome ${result.outcome}; errors ${JSON.stringify(result.errors)}`);
  assert.equal(t.planned, planned);
  assert.equal(t.submitted, planned);
  assert.equal(t.accepted, planned, `never accepted: ${JSON.stringify(result.errors)}`);
  assert.equal(t.missing, 0, `accepted but never included: ${JSON.stringify(result.missingBySender)}`);
  assert.equal(t.included, planned);
  assert.equal(t.failed, 0, `failed dispatches: ${JSON.stringify(result.failures)}`);
  assert.equal(exitCode(result), 0);
  assert.equal(result.finalizedAll, true, 'the blocks holding the load are finalized');
  assert.equal(t.includedFinalized, planned);

  // The per-block table covers the busy window block by block and adds up to the total.
  const { blocks, window } = result;
  assert.ok(blocks.length >= 1 && blocks.length === window.blocks);
  assert.equal(blocks[0].number, window.first);
  assert.equal(blocks.at(-1).number, window.last);
  blocks.forEach((b, i) => i > 0 && assert.equal(b.number, blocks[i - 1].number + 1, 'consecutive blocks'));
  assert.equal(blocks.reduce((sum, b) => sum + b.ours, 0), t.included);
  assert.ok(blocks[0].ours > 0 && blocks.at(-1).ours > 0, 'the window starts and ends with our transactions');
  for (const b of blocks) {
    assert.ok(b.extrinsics > b.ours, 'every block also holds its timestamp inherent');
    assert.ok(b.fullness >= 0 && b.fullness <= 1, `weight fullness ${b.fullness}`);
    if (b.ours > 0) assert.ok(b.fullness > 0);
    assert.ok(b.intervalMs > 0, 'timestamps increase');
  }

  // Rates and latencies are consistent.
  assert.ok(window.seconds > 0);
  assert.ok(Math.abs(result.perSecond - t.included / window.seconds) < 1e-9);
  const q = result.timeToInclusionMs;
  assert.equal(q.count, t.included);
  assert.ok(q.p50 >= 0 && q.p50 <= q.p90 && q.p90 <= q.p99 && q.p99 <= q.max, JSON.stringify(q));
  assert.ok(q.max < 60_000, `every transaction in within a minute: ${q.max} ms`);
  const full = result.fullBlocks.included;
  assert.ok(full.min <= full.median && full.median <= full.max && full.max <= planned);
  return result;
}

/** A clean run of `kind` against the suite's node: `senders` × `perSender`, quietly. */
async function smokeRun(kind, senders, perSender) {
  const options = { ws: process.env.DIEM_WS, kind, senders, perSender, stallBlocks: 8, timeoutS: 120, log: () => {} };
  return assertClean(await runLoad({ ...options, seed: `//Alice//smoke//${kind}` }), senders * perSender);
}

test('20 senders x 20 transfers: every one included, the figures add up', async (t) => {
  const result = await smokeRun('transfer', 20, 20);
  t.diagnostic(
    `transfers: ${result.totals.included} in ${result.window.blocks} blocks, ${result.perSecond.toFixed(1)}/s, ` +
      `refusals ${result.totals.refusals}, inclusion p50 ${result.timeToInclusionMs.p50} ms`,
  );
});

test('10 senders x 10 DIEM mints: every one included and dispatched', async (t) => {
  const result = await smokeRun('mint', 10, 10);
  t.diagnostic(`mints: ${result.totals.included} in ${result.window.blocks} blocks, max ${result.fullBlocks.included.max} a block`);
});
