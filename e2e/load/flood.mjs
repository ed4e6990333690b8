// A futures flood, as an attacker sends it: signed transactions whose nonces lie ahead of the
// sender's, so they can never be included and never pay a fee (issue 20: 8,200 of them from one
// account once kept every other transaction out of the pool). Used by the pool's fault tests
// (faults/flood.test.mjs) and by the load harness's `--flood` phase.

import { u8aToHex } from '@polkadot/util';
import { makeSigner } from './sign.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Signs against the finalized head (a mortal era, as the harness does). */
async function freshSigner(api, samplePair) {
  const signer = makeSigner(api, samplePair);
  const hash = await api.rpc.chain.getFinalizedHead();
  const header = await api.rpc.chain.getHeader(hash);
  signer.setCheckpoint({ number: header.number.toNumber(), hash: hash.toHex() });
  return signer;
}

/**
 * Funds `addresses` with `amount` planck each from `funder` (transfers with explicit nonces,
 * retried while the pool is full) and resolves once the last one is in a block.
 */
export async function fund(api, provider, funder, addresses, amount) {
  const signer = await freshSigner(api, funder);
  const first = (await api.rpc.system.accountNextIndex(funder.address)).toNumber();
  let last;
  for (const [i, address] of addresses.entries()) {
    const call = api.tx.balances.transferKeepAlive(address, amount).method.toU8a();
    last = signer.sign(funder, call, first + i);
    // A full pool (1016) makes room when the next block takes transactions out.
    for (let attempt = 0; ; attempt++) {
      try {
        await provider.send('author_submitExtrinsic', [last.hex]);
        break;
      } catch (err) {
        if (err.code !== 1016 || attempt >= 30) throw err;
        await sleep(1_000);
      }
    }
  }
  const target = addresses.at(-1);
  for (let i = 0; i < 60; i++) {
    const { data } = await api.query.system.account(target);
    if (data.free.toBigInt() >= amount) return;
    await sleep(1_000);
  }
  throw new Error('funding was not included within 60 s');
}

/**
 * Sends `perSender` futures from each of `pairs`: `system.remark` of `remarkBytes` bytes at
 * nonces `gap`, `gap + 1`, … ahead of the sender's next nonce, at most `concurrency` requests in
 * flight over `providers`. Resolves with `{ sent, accepted, refusedBy }` (refusals by RPC error
 * code). `shouldStop()` ends it early.
 */
export async function floodFutures(api, providers, pairs, options = {}) {
  const { perSender = 16, remarkBytes = 0, gap = 1, concurrency = 64, shouldStop = () => false } = options;
  const signer = await freshSigner(api, pairs[0]);
  const queue = [];
  for (const [p, pair] of pairs.entries()) {
    const next = (await api.rpc.system.accountNextIndex(pair.address)).toNumber();
    for (let j = 0; j < perSender; j++) {
      const remark = new Uint8Array(remarkBytes);
      // Distinct bytes per transaction, so nothing is deduplicated.
      if (remarkBytes >= 8) new DataView(remark.buffer).setUint32(0, p * 1_000_000 + j);
      const call = api.tx.system.remark(u8aToHex(remark)).method.toU8a();
      queue.push(signer.sign(pair, call, next + gap + j).hex);
    }
  }
  const result = { sent: 0, accepted: 0, refusedBy: {} };
  let turn = 0;
  const worker = async () => {
    while (queue.length > 0 && !shouldStop()) {
      const hex = queue.shift();
      const provider = providers[turn++ % providers.length];
      result.sent += 1;
      try {
        await provider.send('author_submitExtrinsic', [hex]);
        result.accepted += 1;
      } catch (err) {
        const code = err.code ?? 'other';
        result.refusedBy[code] = (result.refusedBy[code] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return result;
}
