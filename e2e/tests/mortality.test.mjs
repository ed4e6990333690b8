// Mortal transactions (design §12): the e2e helpers sign mortal transfers (an era of
// MORTAL_ERA_BLOCKS blocks) and the node includes them; an immortal transfer (`{ era: 0 }`) is
// still accepted; a transaction whose era has ended is refused by the pool.
//
// What the pool says about an ended era: frame_system's CheckMortality signs the hash of the
// era's birth block, recomputed from the current block number. Past the era's death that is a
// later block, so the signature no longer matches: "Transaction has a bad signature"
// (InvalidTransaction::BadProof), or "Transaction has an ancient birth block"
// (AncientBirthBlock) when the recomputed birth is the very block being built (one block in
// every period) or older than the BlockHashCount (4096) hashes kept. Both are RPC error 1010.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collectHeaders, MORTAL_ERA_BLOCKS, submit, useChain, VVV } from '../lib/chain.mjs';

let api;
let accounts;
useChain((chain) => ({ api, accounts } = chain));

/** The extrinsic `hash` in block `blockHash`, and the block's number. */
async function findExtrinsic(blockHash, hash) {
  const { block } = await api.rpc.chain.getBlock(blockHash);
  const extrinsic = block.extrinsics.find((x) => x.hash.eq(hash));
  assert.ok(extrinsic, `extrinsic ${hash.toHex()} in block ${blockHash.toHex()}`);
  return { extrinsic, number: block.header.number.toNumber() };
}

test('the helpers sign mortal transactions: a transfer is included, its era lasts MORTAL_ERA_BLOCKS', async () => {
  const { dave, ferdie } = accounts;
  assert.ok(MORTAL_ERA_BLOCKS >= 16 && MORTAL_ERA_BLOCKS <= 512, 'an era of tens to hundreds of blocks');
  const tx = api.tx.balances.transferKeepAlive(ferdie.address, VVV);
  const { blockHash, dispatchError } = await submit(api, tx, dave);
  assert.equal(dispatchError, undefined);
  const { extrinsic, number } = await findExtrinsic(blockHash, tx.hash);
  assert.ok(extrinsic.era.isMortalEra, `a mortal era, got ${extrinsic.era.toString()}`);
  const era = extrinsic.era.asMortalEra;
  assert.equal(era.period.toNumber(), MORTAL_ERA_BLOCKS);
  const birth = era.birth(number);
  assert.ok(birth < number && number < era.death(number), `included in #${number}, within the era from #${birth}`);
  assert.equal(era.death(number), birth + MORTAL_ERA_BLOCKS);
});

test('an immortal transfer ({ era: 0 }) is still accepted and included', async () => {
  const { dave, ferdie } = accounts;
  const tx = api.tx.balances.transferKeepAlive(ferdie.address, VVV);
  const { blockHash, dispatchError } = await submit(api, tx, dave, { era: 0 });
  assert.equal(dispatchError, undefined);
  const { extrinsic } = await findExtrinsic(blockHash, tx.hash);
  assert.ok(extrinsic.era.isImmortalEra, `an immortal era, got ${extrinsic.era.toString()}`);
});

test('a transaction whose era has ended is refused by the pool (1010) and is never included', async () => {
  const { dave, ferdie } = accounts;
  // The shortest era, 4 blocks, born at the current best block.
  const period = 4;
  const header = await api.rpc.chain.getHeader();
  const born = header.number.toNumber();
  const nonce = (await api.rpc.system.accountNextIndex(dave.address)).toNumber();
  const tx = api.tx.balances.transferKeepAlive(ferdie.address, VVV);
  tx.sign(dave, {
    blockHash: header.hash,
    era: api.createType('ExtrinsicEra', { current: born, period }),
    genesisHash: api.genesisHash,
    nonce,
    runtimeVersion: api.runtimeVersion,
    signedExtensions: api.registry.signedExtensions,
  });
  // Once the best block is past the era, the pool refuses it: the runtime rebuilds the era's
  // birth from the current block, so the signed block hash no longer matches (BadProof), or,
  // once a period, the birth block is too old (AncientBirthBlock).
  await collectHeaders(
    (cb) => api.rpc.chain.subscribeNewHeads(cb),
    (seen) => seen.at(-1).number.toNumber() >= born + period,
    60_000,
  );
  await assert.rejects(api.rpc.author.submitExtrinsic(tx), (err) => {
    assert.match(err.message, /^1010: Invalid Transaction: Transaction has (a bad signature|an ancient birth block)/);
    return true;
  });
  await collectHeaders((cb) => api.rpc.chain.subscribeNewHeads(cb), (seen) => seen.length >= 2, 30_000);
  assert.equal((await api.rpc.system.accountNextIndex(dave.address)).toNumber(), nonce, 'its nonce is still unused');
});
