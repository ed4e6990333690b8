// Follows the node's best and finalized heads and finds the load harness's transactions in
// them: every new best block (and any ancestor the subscription skipped) is fetched raw, each
// extrinsic hashed (blake2-256 of its bytes, the pool's and the block's name for it) and
// matched against the watched hashes. Only what this needs is decoded, so following blocks of
// thousands of transactions stays cheap while the load runs; events, weights and timestamps
// are read after the run (load.mjs).

import { hexToU8a, u8aToHex } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';

/** blake2-256 of an extrinsic given as hex. */
export function extrinsicHash(hex) {
  return u8aToHex(blake2AsU8a(hexToU8a(hex), 256));
}

export class Tracker {
  /** `provider`: a connected WsProvider (raw JSON-RPC); `api`: an ApiPromise on it. */
  constructor(api, provider) {
    this.api = api;
    this.provider = provider;
    /** hash -> { hash, number, parentHash, txs: [extrinsic hash], bytes, seenAt } */
    this.blocks = new Map();
    /** extrinsic hash -> the watcher's record; gets `block` and `seenAt` when first seen. */
    this.watched = new Map();
    /** How many watched transactions have been seen in a best block. */
    this.seen = 0;
    this.best = undefined;
    this.finalized = undefined;
    this.heads = 0;
    this.error = undefined;
    this.waiters = [];
    this.queue = Promise.resolve();
    this.unsubscribe = [];
  }

  /** Starts following from the current best block (blocks up to it are never scanned). */
  async start() {
    const baseHash = await this.provider.send('chain_getBlockHash', []);
    const header = await this.provider.send('chain_getHeader', [baseHash]);
    this.base = { hash: baseHash, number: parseInt(header.number, 16) };
    this.best = this.base;
    const finalizedHash = await this.provider.send('chain_getFinalizedHead', []);
    const finalizedHeader = await this.provider.send('chain_getHeader', [finalizedHash]);
    this.finalized = { hash: finalizedHash, number: parseInt(finalizedHeader.number, 16) };
    this.unsubscribe.push(
      await this.api.rpc.chain.subscribeNewHeads((header) => {
        const seenAt = Date.now();
        const hash = header.hash.toHex();
        this.queue = this.queue
          .then(() => this.#onBest(hash, seenAt))
          .catch((err) => {
            this.error = err;
          });
      }),
      await this.api.rpc.chain.subscribeFinalizedHeads((header) => {
        this.finalized = { hash: header.hash.toHex(), number: header.number.toNumber() };
        this.#wake();
      }),
    );
  }

  async stop() {
    for (const u of this.unsubscribe) u();
    this.unsubscribe = [];
    await this.queue;
  }

  /** Watches `record.hash`; the record gets `block` (hash) and `seenAt` (ms) when first seen. */
  watch(record) {
    this.watched.set(record.hash, record);
  }

  /** Watches `record` under its new hash (it was signed again) instead of `oldHash`. */
  rewatch(oldHash, record) {
    if (this.watched.get(oldHash) === record) this.watched.delete(oldHash);
    this.watch(record);
  }

  /** Resolves on the next best head processed, or after `timeoutMs`. */
  nextHead(timeoutMs = 10_000) {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== wake);
        resolve(false);
      }, timeoutMs);
      const wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
      this.waiters.push(wake);
    });
  }

  #wake() {
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((w) => w());
  }

  /** Fetches a block raw: its header fields and extrinsics as hex. */
  async fetchBlock(hash) {
    const { block } = await this.provider.send('chain_getBlock', [hash]);
    return {
      hash,
      number: parseInt(block.header.number, 16),
      parentHash: block.header.parentHash,
      extrinsics: block.extrinsics,
    };
  }

  /** Scans `hash` and the ancestors not yet scanned, oldest first. */
  async #onBest(hash, seenAt) {
    const fresh = [];
    let at = hash;
    while (!this.blocks.has(at)) {
      const block = await this.fetchBlock(at);
      if (block.number <= this.base.number) break;
      fresh.push(block);
      at = block.parentHash;
    }
    for (const block of fresh.reverse()) {
      const txs = block.extrinsics.map(extrinsicHash);
      const bytes = block.extrinsics.reduce((sum, x) => sum + (x.length - 2) / 2, 0);
      this.blocks.set(block.hash, {
        hash: block.hash,
        number: block.number,
        parentHash: block.parentHash,
        txs,
        bytes,
        seenAt,
      });
      for (const tx of txs) {
        const record = this.watched.get(tx);
        if (record && record.block === undefined) {
          record.block = block.hash;
          record.seenAt = seenAt;
          this.seen += 1;
        }
      }
    }
    const number = this.blocks.get(hash)?.number ?? this.best.number;
    this.best = { hash, number };
    this.heads += 1;
    this.#wake();
  }

  /**
   * The canonical chain from just after the start block up to `tip` (default: the best head),
   * oldest first, as scanned block records (fetching any not seen).
   */
  async chain(tip = this.best.hash) {
    const out = [];
    let at = tip;
    for (;;) {
      let block = this.blocks.get(at);
      if (!block) {
        const raw = await this.fetchBlock(at);
        if (raw.number <= this.base.number) break;
        block = {
          hash: raw.hash,
          number: raw.number,
          parentHash: raw.parentHash,
          txs: raw.extrinsics.map(extrinsicHash),
          bytes: raw.extrinsics.reduce((sum, x) => sum + (x.length - 2) / 2, 0),
          seenAt: undefined,
        };
        this.blocks.set(at, block);
      }
      out.push(block);
      at = block.parentHash;
    }
    return out.reverse();
  }
}
