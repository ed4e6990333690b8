// What wallets read to show the native token: symbol VVV, 18 decimals.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { useChain } from '../lib/chain.mjs';
import { nodeBin } from '../lib/node.mjs';

let api;
useChain((chain) => ({ api } = chain));

test('chain properties decode as VVV with 18 decimals', async () => {
  const properties = await api.rpc.system.properties();
  assert.deepEqual(properties.tokenSymbol.unwrap().toJSON(), ['VVV']);
  assert.deepEqual(properties.tokenDecimals.unwrap().toJSON(), [18]);
  assert.deepEqual(api.registry.chainTokens, ['VVV']);
  assert.deepEqual(api.registry.chainDecimals, [18]);
  assert.equal(api.registry.chainSS58, 42);
});

test('the runtime is the DIEM runtime on the dev chain', async () => {
  assert.equal(api.runtimeVersion.specName.toString(), 'diem');
  assert.equal((await api.rpc.system.chain()).toString(), 'Development');
  assert.equal(api.consts.balances.existentialDeposit.toBigInt(), 10n ** 15n);
});

test('the node knows --chain production: the mainnet preset, no sudo key, nobody but the custody funded', () => {
  const out = spawnSync(nodeBin, ['export-chain-spec', '--chain', 'production'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(out.status, 0, out.stderr);
  const spec = JSON.parse(out.stdout);
  assert.equal(spec.name, 'DIEM');
  assert.equal(spec.id, 'diem');
  assert.equal(spec.chainType, 'Live');
  assert.deepEqual(spec.properties, { ss58Format: 42, tokenDecimals: 18, tokenSymbol: 'VVV' });
  const patch = spec.genesis.runtimeGenesis.patch;
  assert.equal(patch.sudo.key, null);
  // Only the credits custody's existential deposit: the allocation is the launcher's to add.
  assert.equal(patch.balances.balances.length, 1);
  assert.equal(patch.session, undefined, 'no sequencer keys named');
  assert.equal(patch.sequencers.sequencers, undefined, 'no sequencer named');
  // Every period named in blocks of 2 s, not left to a pallet default.
  assert.equal(patch.origins.dayLength, 43_200, 'governance days of 24 hours');
  assert.equal(patch.sequencers.sessionLength, 1_800, 'sessions of an hour');
  assert.equal(patch.staking.unbondingPeriod, 7 * 43_200);
  assert.equal(patch.buyBurn.burnPeriod, 30 * 43_200);
});
