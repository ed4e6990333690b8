// Signed VVV transfers: one that lands, and one above balance that fails with a named error.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventNames, freeBalance, submit, useChain, VVV } from '../lib/chain.mjs';

let api;
let accounts;
useChain((chain) => ({ api, accounts } = chain));

/** The fee the transaction of `events` paid, from its `TransactionFeePaid` event. */
function feePaid(events) {
  const paid = events.find(({ event }) => api.events.transactionPayment.TransactionFeePaid.is(event));
  assert.ok(paid, 'a TransactionFeePaid event');
  return paid.event.data.actualFee.toBigInt() + paid.event.data.tip.toBigInt();
}

test('a signed transfer Alice -> Bob lands with its event and balances', async () => {
  const { alice, bob } = accounts;
  const amount = 1_500_000_000_000_000_000n; // 1.5 VVV
  const { blockHash, events, dispatchError } = await submit(
    api,
    api.tx.balances.transferKeepAlive(bob.address, amount),
    alice,
  );
  assert.equal(dispatchError, undefined);
  assert.ok(eventNames(events).includes('system.ExtrinsicSuccess'));

  const transfer = events.find(({ event }) => api.events.balances.Transfer.is(event));
  assert.ok(transfer, 'a balances.Transfer event');
  assert.equal(transfer.event.data.from.toString(), alice.address);
  assert.equal(transfer.event.data.to.toString(), bob.address);
  assert.equal(transfer.event.data.amount.toBigInt(), amount);

  const parent = (await api.rpc.chain.getHeader(blockHash)).parentHash;
  const fee = feePaid(events);
  assert.ok(fee > 0n && fee < VVV / 10n, `fee ${fee} is positive and small`);
  assert.equal(await freeBalance(api, bob.address, blockHash), (await freeBalance(api, bob.address, parent)) + amount);
  assert.equal(
    await freeBalance(api, alice.address, blockHash),
    (await freeBalance(api, alice.address, parent)) - amount - fee,
  );
});

test('a transfer above balance fails with an error decoded by name and moves nothing', async () => {
  const { charlie, dave } = accounts;
  const before = await freeBalance(api, charlie.address);
  const { blockHash, events, dispatchError } = await submit(
    api,
    api.tx.balances.transferAllowDeath(dave.address, before * 2n),
    charlie,
  );
  assert.ok(dispatchError, 'the call failed');
  assert.ok(dispatchError.isToken, 'a token error');
  assert.equal(dispatchError.asToken.type, 'FundsUnavailable');
  assert.ok(eventNames(events).includes('system.ExtrinsicFailed'));
  assert.ok(!events.some(({ event }) => api.events.balances.Transfer.is(event)));

  const parent = (await api.rpc.chain.getHeader(blockHash)).parentHash;
  assert.equal(await freeBalance(api, dave.address, blockHash), await freeBalance(api, dave.address, parent));
  assert.equal(
    await freeBalance(api, charlie.address, blockHash),
    (await freeBalance(api, charlie.address, parent)) - feePaid(events),
  );
});

test('a pallet error decodes by section and name from the metadata', async () => {
  const { eve, ferdie } = accounts;
  const { dispatchError } = await submit(api, api.tx.assets.transfer(999, ferdie.address, 1), eve);
  assert.ok(dispatchError?.isModule, 'a module error');
  const { section, name, docs } = api.registry.findMetaError(dispatchError.asModule);
  assert.equal(`${section}.${name}`, 'assets.Unknown');
  assert.ok(docs.join(' ').length > 0, 'the error carries its docs');
});
