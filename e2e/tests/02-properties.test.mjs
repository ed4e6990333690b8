// What wallets read to show the native token: symbol VVV, 18 decimals.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useChain } from '../lib/chain.mjs';

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
