// The explorer on the live dev chain (design §10, `diem-sim --from`): an ongoing referendum on
// the economics track that halves the emission is forecast from the chain as it is. The run's
// day 0 is the chain's finalized state (DIEM supply, VVV locked, emitted, burned, DIEM staked
// for credits, the pools' prices, read here at the same block); the runs with the proposal emit
// half of what the runs without it emit; the forecast names the referendum, its call and the
// chain; and the saved snapshot, with the proposal's call given as hex, repeats the run to the
// byte without the chain. The same call on the operations track, which may not set the
// emission, is refused as on the chain (BadOrigin).

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import { DIEM, DIEM_KIND, NATIVE, submit, USDC, USDC_KIND, useChain, VVV } from '../lib/chain.mjs';
import { nodeBin } from '../lib/node.mjs';

let api;
let accounts;
useChain((chain) => ({ api, accounts } = chain));

const here = dirname(fileURLToPath(import.meta.url));
const scenario = join(here, '../../sim/scenarios/small.toml');
/** The explorer: $DIEM_SIM, else the one built beside the node. */
const simBin = process.env.DIEM_SIM || join(dirname(nodeBin), 'diem-sim');
const out = mkdtempSync(join(tmpdir(), 'diem-explorer-'));
after(() => rmSync(out, { recursive: true, force: true }));

/** Runs the explorer with `args`: its exit status, stdout and stderr. */
const run = (...args) => spawnSync(simBin, [scenario, '--days', '30', '--runs', '1', '--quiet', ...args], { encoding: 'utf8' });

/** Runs the explorer with `args`; its stdout, or a failure with its stderr. */
function explore(...args) {
  const result = run(...args);
  assert.equal(result.status, 0, `diem-sim ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/** A CSV's rows as objects of numbers. */
function csv(path) {
  const [header, ...rows] = readFileSync(path, 'utf8').trim().split('\n');
  const columns = header.split(',');
  return rows.map((row) => Object.fromEntries(row.split(',').map((cell, i) => [columns[i], Number(cell)])));
}

/** Resolves once the chain has finalized block `number`. */
async function finalized(number) {
  for (let i = 0; i < 60; i++) {
    const head = await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead());
    if (head.number.toNumber() >= number) return;
    await new Promise((r) => setTimeout(r, 1_000));
  }
  throw new Error(`block ${number} not finalized within a minute`);
}

const whole = (planck, unit) => Number(planck / unit) + Number(planck % unit) / Number(unit);

test('a referendum is forecast from the live chain, and its snapshot repeats the run', async () => {
  const annual = (await api.query.staking.annualEmission()).toBigInt();
  const call = api.tx.staking.setAnnualEmission(annual / 2n);
  const propose = (track) => api.tx.referenda.submit({ Origins: track }, { Inline: call.method.toHex() }, { After: 1 });
  const submitted = await submit(api, api.tx.utility.batchAll([propose('Economics'), propose('Operations')]), accounts.bob);
  assert.equal(submitted.dispatchError, undefined, submitted.dispatchError?.toString());
  const [index, onOperations] = submitted.events
    .filter(({ event }) => event.section === 'referenda' && event.method === 'Submitted')
    .map(({ event }) => event.data.index.toNumber());
  await finalized((await api.rpc.chain.getHeader(submitted.blockHash)).number.toNumber());

  // The operations track may not set the emission: refused as the chain would refuse it.
  const refused = run('--from', process.env.DIEM_WS, '--proposal', String(onOperations), '--out', join(out, 'refused'));
  assert.notEqual(refused.status, 0);
  assert.match(refused.stderr, /Staking\.set_annual_emission fails with the authority of operations: BadOrigin/);

  const dir = join(out, 'forecast');
  const snapshotFile = join(out, 'dev.snapshot');
  const summary = explore('--from', process.env.DIEM_WS, '--proposal', String(index), '--save-snapshot', snapshotFile, '--check', '--out', dir);
  assert.match(summary, new RegExp(`Forecast of referendum #${index} \\(economics\\): Staking\\.set_annual_emission`));

  const forecast = JSON.parse(readFileSync(join(dir, 'forecast.json'), 'utf8'));
  assert.equal(forecast.format, 'diem-forecast/1');
  assert.equal(forecast.referendum, index);
  assert.equal(forecast.call, call.method.toHex());
  assert.equal(forecast.chain.genesis, api.genesisHash.toHex());
  assert.deepEqual(forecast.horizons.map((h) => h.day), [30]);
  // Applied at the earliest hour the chain could enact it: the track's preparation,
  // confirmation and minimum enactment periods (the dev chain's governance day is a few blocks).
  const { read_at: readAt, decision_from: decisionFrom, confirmed_at: confirmedAt, enacted_at: enactedAt } = forecast.enactment;
  assert.equal(readAt, forecast.chain.block);
  assert.ok(readAt <= decisionFrom && decisionFrom < confirmedAt && confirmedAt < enactedAt, JSON.stringify(forecast.enactment));
  assert.equal(forecast.enact_hour, Math.ceil(((enactedAt - readAt) * 2) / 3600));
  for (const figure of ['diem_price', 'diem_supply', 'vvv_locked', 'vvv_burned']) {
    const f = forecast.horizons[0][figure];
    assert.ok(Number.isFinite(f.without.median) && Number.isFinite(f.with.median), figure);
    assert.ok(Math.abs(f.difference - (f.with.median - f.without.median)) < 1e-9, figure);
  }

  // Day 0 is the chain's state at the snapshot's block.
  const at = await api.at(await api.rpc.chain.getBlockHash(forecast.chain.block));
  const [start] = csv(join(dir, 'without/start.csv'));
  const close = (a, b, what) => assert.ok(Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b)), `${what}: ${a} ≠ ${b}`);
  close(start.diem_supply, whole((await at.query.diem.totalMinted()).toBigInt(), DIEM), 'DIEM supply');
  close(start.vvv_locked, whole((await at.query.diem.totalLocked()).toBigInt(), VVV), 'VVV locked');
  close(start.emitted, whole((await at.query.staking.totalEmitted()).toBigInt(), VVV), 'VVV emitted');
  close(start.burned, whole((await at.query.buyBurn.totalBurned()).toBigInt(), VVV), 'VVV burned');
  close(start.diem_staked_for_credits, whole((await at.query.credits.totalStaked()).toBigInt(), DIEM), 'DIEM staked for credits');
  const reserves = async (a, b) => (await at.call.assetConversionApi.getReserves(a, b)).unwrap().map((r) => r.toBigInt());
  const [diemPool, diemUsdc] = await reserves(DIEM_KIND, USDC_KIND);
  const [vvvPool, vvvUsdc] = await reserves(NATIVE, USDC_KIND);
  close(start.diem_price, whole(diemUsdc, USDC) / whole(diemPool, DIEM), 'DIEM price');
  close(start.vvv_price, whole(vvvUsdc, USDC) / whole(vvvPool, VVV), 'VVV price');

  // Half the emission from its hour on, to within rounding, in the runs with the proposal.
  const emitted = (side) => {
    const [first] = csv(join(dir, side, 'start.csv'));
    const days = csv(join(dir, side, 'daily-seed7.csv'));
    return days[days.length - 1].emitted - first.emitted;
  };
  const ratio = emitted('with') / emitted('without');
  // Its hour's blocks emit in full, the last one before the call is dispatched in it.
  const expected = 0.5 + (0.5 * forecast.enact_hour) / (30 * 24);
  assert.ok(Math.abs(ratio - expected) < 0.01, `emitted with/without: ${ratio}, expected ${expected}`);

  // The saved snapshot and the call's hex, applied at the same hour, repeat the run without the
  // chain.
  const again = join(out, 'again');
  explore('--from', snapshotFile, '--proposal', call.method.toHex(), '--enact-hour', String(forecast.enact_hour), '--out', again);
  for (const side of ['with', 'without']) {
    for (const file of ['start.csv', 'daily-seed7.csv']) {
      assert.equal(readFileSync(join(again, side, file), 'utf8'), readFileSync(join(dir, side, file), 'utf8'), `${side}/${file}`);
    }
  }
});
