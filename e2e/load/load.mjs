// Load harness: how many transactions a diem-node takes in, includes, and how fast.
//
//   node load/load.mjs [--ws ws://127.0.0.1:9944] --kind transfer|mint|mix --senders K
//                      --per-sender M [--json out.json] [options]
//
// Without --ws it starts its own `diem-node --dev --tmp` ($DIEM_NODE, else the debug build;
// extra node flags with --node-arg, e.g. --node-arg=--pool-limit=2000; --chain-spec FILE runs
// that spec as Alice with forced authoring instead of --dev) and stops it at the end.
//
// Setup (not measured): K senders `<seed>//i` (default //Alice//load//i) are funded by Alice,
// and for mint/mix minting is opened through sudo and every sender stakes its collateral. Then
// all K×M transactions are signed up front (explicit nonces; mortal: an era of
// MORTAL_ERA_BLOCKS = 64 blocks from a recent block, see load/sign.mjs; --immortal signs them
// immortal), and the measured part submits them with author_submitExtrinsic: each sender's in
// nonce order, one request of a sender at a time, many senders at once (at most --concurrency
// requests in flight over --connections sockets). A submission the pool refuses because it is
// full (1016 Immediately Dropped, 1014 Priority too low) is retried after the next block, and
// the sender's later nonces wait for it, as a wallet would. A mortal transaction about to be
// sent with fewer than MIN_BLOCKS_LEFT (32) blocks of its era left is first signed again
// against a newer block (`totals.resigned` in the report). Every best block (and the ones its
// subscription skipped) is scanned for the submitted hashes; the run ends when every accepted
// transaction is in a block and finalized, or when nothing of ours was included or accepted
// for --stall-blocks blocks. Events, weights and timestamps are then read on the canonical
// chain.
//
// With --flood N the same load runs a second time while N funded accounts (<seed>//flood//i)
// send futures — transactions with nonces ahead of their own, which can never be included —
// round after round, 16 per account a round: the report gives the honest throughput with and
// without the flood, on the same node (`underFlood` in the JSON).
//
// Kinds: transfer = balances.transferKeepAlive to the next sender; mint = diem.mint of
// --mint-diem planck (max_vvv = twice the runtime's quote); mix = each sender cycles through
// transfer, mint, staking.stake, mint, diem.repay (starting at a different step per sender).
//
// Exit code 0 when every accepted transaction was included, 1 when some were not (they are
// listed), 3 when some were never accepted (the node returned another error), 2 on bad usage.

import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { nodeBin, startNode } from '../lib/node.mjs';
import { floodFutures, fund } from './flood.mjs';
import { makeSigner, MIN_BLOCKS_LEFT, MORTAL_ERA_BLOCKS } from './sign.mjs';
import { extrinsicHash, Tracker } from './tracker.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const VVV = 10n ** 18n;

/** Pool answers that mean "full, try again later". */
const REFUSED = new Map([
  [1016, 'Immediately Dropped'],
  [1014, 'Priority is too low'],
]);
/** The pool already has it: an earlier attempt got in after all. */
const ALREADY_IMPORTED = 1013;

export const DEFAULTS = Object.freeze({
  kind: 'transfer',
  senders: 50,
  perSender: 20,
  concurrency: 256,
  connections: 4,
  stallBlocks: 10,
  timeoutS: 900,
  scheme: 'sr25519',
  seed: '//Alice//load',
  mintDiem: 10n ** 12n, // a millionth of a DIEM: about 0.00009 VVV of collateral at launch
  transferAmount: 10n ** 15n, // 0.001 VVV
  stakeAmount: 10n ** 15n, // mix's stake steps
  feeBudget: VVV / 20n, // per transaction, far above the ~0.001 VVV a transfer pays
  immortal: false, // true: immortal transactions instead of MORTAL_ERA_BLOCKS-block eras
  flood: 0, // > 0: run the load again while that many funded accounts flood futures
});

/** Futures each flooding account sends per round: the node's per-sender bound. */
const FUTURES_PER_ROUND = 16;

/** A finalized block at most this far behind the best is the checkpoint, as polkadot.js does. */
const MAX_FINALITY_LAG = 5;

/**
 * The block mortal transactions are signed against: the finalized head, or the best head when
 * finality lags more than MAX_FINALITY_LAG blocks behind it.
 */
function checkpoint(tracker) {
  const { best, finalized } = tracker;
  return best.number - finalized.number > MAX_FINALITY_LAG ? best : finalized;
}

/**
 * A record of `fields` (sender, nonce, op) with the signed `call` of `pair` at `fields.nonce`;
 * it can be signed again (`resign`, not enumerable) against a newer checkpoint.
 */
function signed(signer, pair, call, fields) {
  const record = { ...fields, ...signer.sign(pair, call, fields.nonce) };
  Object.defineProperty(record, 'resign', { value: () => signer.sign(pair, call, fields.nonce) });
  return record;
}

/**
 * Signs `record` again against the current checkpoint when fewer than MIN_BLOCKS_LEFT blocks of
 * its era are left at the next block (never for immortal ones), and watches its new hash.
 */
function refreshIfOld(ctx, record, stats) {
  const { signer, tracker } = ctx;
  if (signer.blocksLeft(record.birth, tracker.best.number + 1) >= MIN_BLOCKS_LEFT) return;
  signer.setCheckpoint(checkpoint(tracker));
  const old = record.hash;
  Object.assign(record, record.resign());
  record.resigned = (record.resigned ?? 0) + 1;
  tracker.rewatch(old, record);
  stats.resigned += 1;
}

/** The measured operations of sender `i` of `k`. */
function plan(kind, i, perSender) {
  if (kind === 'transfer' || kind === 'mint') return Array(perSender).fill(kind);
  if (kind !== 'mix') throw new Error(`unknown kind ${kind}`);
  // Every start keeps the sequence valid: a repay always follows at least one mint.
  const cycle = ['transfer', 'mint', 'stake', 'mint', 'repay'];
  const start = i % 4;
  return Array.from({ length: perSender }, (_, j) => cycle[(start + j) % cycle.length]);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

class Semaphore {
  constructor(n) {
    this.free = n;
    this.waiting = [];
  }
  async acquire() {
    if (this.free > 0) {
      this.free -= 1;
      return;
    }
    await new Promise((r) => this.waiting.push(r));
  }
  release() {
    const next = this.waiting.shift();
    if (next) next();
    else this.free += 1;
  }
}

/** Nearest-rank percentile of a sorted array. */
function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function spread(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { count: sorted.length, min: sorted[0] ?? null, median: percentile(sorted, 50), max: sorted.at(-1) ?? null };
}

/**
 * Submits `sequences` (one array of signed records per sender, in nonce order). A record gets
 * `attempts`, `refusals`, `acceptedAt`, or `error` (the sender then stops: its later nonces
 * could never be included).
 */
async function submitAll(ctx, sequences, stats) {
  const gate = new Semaphore(ctx.opts.concurrency);
  let turn = 0;
  const runSender = async (sequence) => {
    for (const record of sequence) {
      for (;;) {
        if (ctx.stopped) return;
        await gate.acquire();
        refreshIfOld(ctx, record, stats);
        const provider = ctx.submitters[turn++ % ctx.submitters.length];
        const sentAt = Date.now();
        record.attempts = (record.attempts ?? 0) + 1;
        let error;
        try {
          const hash = await provider.send('author_submitExtrinsic', [record.hex]);
          if (hash !== record.hash) throw new Error(`the node names ${record.hash} ${hash}`);
        } catch (err) {
          error = err;
        } finally {
          gate.release();
        }
        if (!error || error.code === ALREADY_IMPORTED) {
          record.acceptedAt = Date.now();
          record.rpcMs = record.acceptedAt - sentAt;
          stats.accepted += 1;
          stats.firstSent ??= sentAt;
          stats.lastAccepted = record.acceptedAt;
          break;
        }
        if (REFUSED.has(error.code)) {
          record.refusals = (record.refusals ?? 0) + 1;
          stats.refusals += 1;
          stats.refusedBy[error.code] = (stats.refusedBy[error.code] ?? 0) + 1;
          // The pool makes room when a block takes transactions out of it.
          await ctx.tracker.nextHead(3_000);
          await sleep(Math.random() * 250);
          continue;
        }
        record.error = error.message;
        stats.errors[error.message] = (stats.errors[error.message] ?? 0) + 1;
        return;
      }
    }
  };
  await Promise.all(sequences.map(runSender));
}

/**
 * Submits a phase's sequences and follows the chain until every accepted record is in a best
 * block, or nothing was accepted or included for `stallBlocks` heads, or the deadline passes.
 */
async function runPhase(ctx, sequences) {
  const records = sequences.flat();
  records.forEach((r) => ctx.tracker.watch(r));
  const stats = { accepted: 0, refusals: 0, refusedBy: {}, resigned: 0, errors: {}, firstSent: undefined, lastAccepted: undefined };
  let submitting = true;
  const submission = submitAll(ctx, sequences, stats).finally(() => {
    submitting = false;
  });
  const deadline = Date.now() + ctx.opts.timeoutS * 1000;
  let progress = -1;
  let idle = 0;
  let lastProgressAt = Date.now();
  let outcome = 'complete';
  for (;;) {
    if (ctx.tracker.error) throw ctx.tracker.error;
    const pending = records.filter((r) => r.acceptedAt !== undefined && r.block === undefined).length;
    if (!submitting && pending === 0) break;
    await ctx.tracker.nextHead(10_000);
    const now = ctx.tracker.seen + stats.accepted;
    if (now !== progress) {
      progress = now;
      idle = 0;
      lastProgressAt = Date.now();
    } else if (++idle >= ctx.opts.stallBlocks && Date.now() - lastProgressAt >= ctx.opts.stallBlocks * 2_000) {
      // Heads queued while the harness was busy (signing) arrive in a burst: a stall is that
      // many blocks *and* that much time (2 s slots) without progress.
      outcome = 'stalled';
      break;
    }
    if (Date.now() > deadline) {
      outcome = 'timed out';
      break;
    }
  }
  ctx.stopped = outcome !== 'complete';
  await submission;
  ctx.stopped = false;
  return { records, stats, outcome };
}

/** Waits until the finalized head reaches `number`, at most `stallBlocks` heads. */
async function awaitFinality(ctx, number) {
  for (let heads = 0; ctx.tracker.finalized.number < number && heads < ctx.opts.stallBlocks * 2; heads++) {
    await ctx.tracker.nextHead(10_000);
  }
  return ctx.tracker.finalized.number >= number;
}

/**
 * Where the records landed on the canonical chain (best head back to the start), with the
 * dispatch outcome of each from its block's events. Adds `included` { number, index } and
 * `failed` (error name) to the records; returns the chain and per-block details.
 */
async function locate(ctx, records, { details = false } = {}) {
  const { api, tracker } = ctx;
  const chain = await tracker.chain();
  const byHash = new Map(records.map((r) => [r.hash, r]));
  const blocks = chain.map((block) => {
    const ours = [];
    block.txs.forEach((h, index) => {
      const record = byHash.get(h);
      if (record) {
        record.included = { number: block.number, hash: block.hash, index };
        ours.push(index);
      }
    });
    return { ...block, ours };
  });
  const first = blocks.findIndex((b) => b.ours.length > 0);
  const last = blocks.findLastIndex((b) => b.ours.length > 0);
  const window = first < 0 ? [] : blocks.slice(first, last + 1);
  const version = api.runtimeVersion;
  const maxNormal = api.consts.system.blockWeights.perClass.normal.maxTotal.unwrap().refTime.toBigInt();
  const maxNormalLength = api.consts.system.blockLength.max.normal.toNumber();
  const rows = [];
  let previousTimestamp;
  if (details && window.length > 0) {
    const parent = await api.at(window[0].parentHash, version);
    previousTimestamp = (await parent.query.timestamp.now()).toNumber();
  }
  const startTimestamp = previousTimestamp;
  for (const block of window) {
    const at = await api.at(block.hash, version);
    if (block.ours.length > 0) {
      const mine = new Set(block.ours);
      const outcomes = new Map();
      for (const { phase, event } of await at.query.system.events()) {
        if (!phase.isApplyExtrinsic || !mine.has(phase.asApplyExtrinsic.toNumber())) continue;
        if (api.events.system.ExtrinsicSuccess.is(event)) outcomes.set(phase.asApplyExtrinsic.toNumber(), null);
        if (api.events.system.ExtrinsicFailed.is(event)) {
          const { dispatchError } = event.data;
          let name = dispatchError.type;
          if (dispatchError.isModule) {
            const meta = api.registry.findMetaError(dispatchError.asModule);
            name = `${meta.section}.${meta.name}`;
          }
          outcomes.set(phase.asApplyExtrinsic.toNumber(), name);
        }
      }
      for (const index of block.ours) {
        const record = byHash.get(block.txs[index]);
        if (!outcomes.has(index)) record.failed = 'no dispatch outcome event';
        else if (outcomes.get(index) !== null) record.failed = outcomes.get(index);
      }
    }
    if (details) {
      const [timestamp, weight] = await Promise.all([at.query.timestamp.now(), at.query.system.blockWeight()]);
      const normal = weight.normal.refTime.toBigInt();
      rows.push({
        number: block.number,
        hash: block.hash,
        ours: block.ours.length,
        extrinsics: block.txs.length,
        bytes: block.bytes,
        lengthFullness: block.bytes / maxNormalLength,
        normalRefTime: normal.toString(),
        fullness: Number((normal * 1_000_000n) / maxNormal) / 1_000_000,
        timestamp: timestamp.toNumber(),
        intervalMs: timestamp.toNumber() - previousTimestamp,
        seenAt: block.seenAt ?? null,
        finalized: block.number <= tracker.finalized.number,
      });
      previousTimestamp = timestamp.toNumber();
    }
  }
  return { chain: blocks, window, rows, startTimestamp, maxNormal };
}

/** Runs a setup phase to completion; throws if any of it was refused, lost or failed. */
async function setupPhase(ctx, name, sequences) {
  const { records, outcome } = await runPhase(ctx, sequences);
  const lost = records.filter((r) => r.block === undefined);
  if (lost.length > 0) {
    const sample = lost.find((r) => r.error)?.error ?? 'accepted, never included';
    throw new Error(`setup ${name}: ${lost.length} of ${records.length} transactions not included (${outcome}; ${sample})`);
  }
  await locate(ctx, records);
  const failed = records.filter((r) => r.failed);
  if (failed.length > 0) throw new Error(`setup ${name}: ${failed.length} failed, e.g. ${failed[0].failed}`);
  ctx.log(`setup: ${name}: ${records.length} transactions in`);
}

/** Funds, and for mint/mix stakes, the senders. */
async function setup(ctx, senders, plans) {
  const { api, opts, signer } = ctx;
  const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
  const needsCollateral = opts.kind !== 'transfer';
  let maxVvv = 0n;
  if (needsCollateral) {
    const quote = await api.call.diemApi.quoteMint(opts.mintDiem);
    if (!quote.isOk) throw new Error(`quoteMint(${opts.mintDiem}): ${quote.asErr.type}`);
    maxVvv = quote.asOk.toBigInt() * 2n;
  }
  const costs = senders.map((_, i) => {
    const counts = { transfer: 0, mint: 0, stake: 0, repay: 0 };
    plans[i].forEach((op) => (counts[op] += 1));
    const collateral = counts.mint > 0 ? BigInt(counts.mint) * maxVvv + VVV : 0n;
    const spend =
      BigInt(counts.transfer) * opts.transferAmount +
      BigInt(counts.stake) * opts.stakeAmount +
      BigInt(plans[i].length + 1) * opts.feeBudget;
    return { collateral, funding: collateral + spend + VVV };
  });

  let nonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
  signer.setCheckpoint(checkpoint(ctx.tracker));
  const aliceRecord = (call) => signed(signer, alice, call.method.toU8a(), { sender: 'alice', nonce: nonce++, op: 'setup' });
  const funding = senders.map((s, i) => aliceRecord(api.tx.balances.transferKeepAlive(s.address, costs[i].funding)));
  if (needsCollateral && !(await api.query.diem.mintingOpen()).isTrue) {
    funding.push(aliceRecord(api.tx.sudo.sudo(api.tx.diem.setMintingOpen(true))));
  }
  await setupPhase(ctx, 'fund', [funding]);
  if (needsCollateral) {
    const nonces = await api.query.system.account.multi(senders.map((s) => s.address));
    signer.setCheckpoint(checkpoint(ctx.tracker));
    const stakes = senders.map((s, i) => {
      const call = api.tx.staking.stake(costs[i].collateral).method.toU8a();
      return [signed(signer, s, call, { sender: i, nonce: nonces[i].nonce.toNumber(), op: 'setup' })];
    });
    await setupPhase(ctx, 'stake', stakes);
  }
  return { maxVvv };
}

/** Signs every sender's measured transactions with explicit nonces from its account. */
async function presign(ctx, senders, plans, maxVvv) {
  const { api, opts, signer } = ctx;
  const nonces = await api.query.system.account.multi(senders.map((s) => s.address));
  signer.setCheckpoint(checkpoint(ctx.tracker));
  const calls = {
    mint: api.tx.diem.mint(opts.mintDiem, maxVvv).method.toU8a(),
    stake: api.tx.staking.stake(opts.stakeAmount).method.toU8a(),
    repay: api.tx.diem.repay(opts.mintDiem).method.toU8a(),
  };
  return senders.map((sender, i) => {
    const next = senders[(i + 1) % senders.length];
    const to = next === sender ? new Keyring({ type: 'sr25519' }).addFromUri('//Bob') : next;
    const transfer = api.tx.balances.transferKeepAlive(to.address, opts.transferAmount).method.toU8a();
    const first = nonces[i].nonce.toNumber();
    return plans[i].map((op, j) =>
      signed(signer, sender, op === 'transfer' ? transfer : calls[op], { sender: i, nonce: first + j, op }),
    );
  });
}

/** Figures of the measured phase. */
async function report(ctx, records, stats, outcome, meta) {
  const { api, provider, tracker, opts } = ctx;
  const lastWithOurs = records.reduce((max, r) => (r.block ? Math.max(max, tracker.blocks.get(r.block).number) : max), 0);
  const finalizedAll = await awaitFinality(ctx, lastWithOurs);
  const { window, rows, startTimestamp } = await locate(ctx, records, { details: true });

  const accepted = records.filter((r) => r.acceptedAt !== undefined);
  const included = records.filter((r) => r.included);
  const missing = accepted.filter((r) => !r.included);
  const failures = {};
  for (const r of included.filter((r) => r.failed)) failures[r.failed] = (failures[r.failed] ?? 0) + 1;

  // Accepted but not included: still in the pool? how far did the sender's nonce get?
  let missingDetail = [];
  if (missing.length > 0) {
    const pool = new Set((await provider.send('author_pendingExtrinsics', [])).map(extrinsicHash));
    const accounts = await api.query.system.account.multi([...new Set(missing.map((r) => r.sender))].map((i) => ctx.senders[i].address));
    const onChain = new Map([...new Set(missing.map((r) => r.sender))].map((s, k) => [s, accounts[k].nonce.toNumber()]));
    missingDetail = missing.map((r) => ({
      sender: r.sender,
      address: ctx.senders[r.sender].address,
      nonce: r.nonce,
      accountNonce: onChain.get(r.sender),
      op: r.op,
      hash: r.hash,
      acceptedAt: new Date(r.acceptedAt).toISOString(),
      seenInBestBlock: r.block ?? null,
      inPool: pool.has(r.hash),
    }));
  }

  // Per sender: the first transaction lost and the one before it (accepted and included?).
  const bySender = new Map();
  for (const m of missingDetail) if (!bySender.has(m.sender)) bySender.set(m.sender, m);
  const byKey = new Map(records.map((r) => [`${r.sender}/${r.nonce}`, r]));
  const missingCount = new Map();
  for (const m of missingDetail) missingCount.set(m.sender, (missingCount.get(m.sender) ?? 0) + 1);
  const missingBySender = [...bySender.values()].map((m) => {
    const previous = byKey.get(`${m.sender}/${m.nonce - 1}`);
    return {
      sender: m.sender,
      firstMissingNonce: m.nonce,
      missing: missingCount.get(m.sender),
      accountNonce: m.accountNonce,
      firstMissing: { hash: m.hash, acceptedAt: m.acceptedAt, attempts: byKey.get(`${m.sender}/${m.nonce}`).attempts },
      previous: previous && {
        hash: previous.hash,
        acceptedAt: previous.acceptedAt && new Date(previous.acceptedAt).toISOString(),
        attempts: previous.attempts,
        includedIn: previous.included?.number ?? null,
      },
    };
  });

  const inner = rows.length > 2 ? rows.slice(1, -1) : rows;
  const windowMs = rows.length > 0 ? rows.at(-1).timestamp - startTimestamp : 0;
  const tti = included.filter((r) => r.seenAt !== undefined).map((r) => r.seenAt - r.acceptedAt).sort((a, b) => a - b);
  const rpc = accepted.map((r) => r.rpcMs).sort((a, b) => a - b);
  const planned = records.length;
  const result = {
    kind: opts.kind,
    senders: opts.senders,
    perSender: opts.perSender,
    scheme: opts.scheme,
    eraBlocks: ctx.signer.eraBlocks, // 0 = immortal
    node: meta.node,
    outcome,
    setupSeconds: meta.setupSeconds,
    signSeconds: meta.signSeconds,
    submitSeconds: stats.firstSent ? (stats.lastAccepted - stats.firstSent) / 1000 : 0,
    totals: {
      planned,
      submitted: records.filter((r) => r.attempts).length,
      accepted: accepted.length,
      refusals: stats.refusals,
      refusedBy: stats.refusedBy,
      refusedTransactions: records.filter((r) => r.refusals).length,
      resigned: stats.resigned,
      notAccepted: planned - accepted.length,
      included: included.length,
      includedFinalized: included.filter((r) => r.included.number <= tracker.finalized.number).length,
      failed: included.filter((r) => r.failed).length,
      missing: missing.length,
    },
    errors: stats.errors,
    failures,
    finalizedAll,
    window: {
      first: window[0]?.number ?? null,
      last: window.at(-1)?.number ?? null,
      blocks: window.length,
      seconds: windowMs / 1000,
    },
    perSecond: windowMs > 0 ? included.length / (windowMs / 1000) : null,
    fullBlocks: {
      note: 'the busy window without its first and last block (all of it when under 3 blocks)',
      included: spread(inner.map((r) => r.ours)),
      fullness: spread(inner.map((r) => r.fullness)),
      lengthFullness: spread(inner.map((r) => r.lengthFullness)),
    },
    timeToInclusionMs: {
      count: tti.length,
      p50: percentile(tti, 50),
      p90: percentile(tti, 90),
      p99: percentile(tti, 99),
      max: tti.at(-1) ?? null,
    },
    submitRpcMs: { p50: percentile(rpc, 50), p99: percentile(rpc, 99), max: rpc.at(-1) ?? null },
    blocks: rows,
    missingBySender,
    missing: missingDetail,
  };
  return result;
}

function printReport(result, log) {
  const t = result.totals;
  const pct = (x) => (x === null || x === undefined ? '-' : `${(x * 100).toFixed(1)}%`);
  const era = result.eraBlocks === 0 ? 'immortal' : `era ${result.eraBlocks} blocks`;
  log(`\n== load: ${result.kind}, ${result.senders} senders x ${result.perSender} (${result.scheme}, ${era}) on ${result.node.chain} spec ${result.node.specVersion} ==`);
  log(`outcome: ${result.outcome}; setup ${result.setupSeconds.toFixed(1)} s, signing ${result.signSeconds.toFixed(1)} s, submitting ${result.submitSeconds.toFixed(1)} s`);
  log(`submitted ${t.submitted}/${t.planned}, accepted ${t.accepted}, refusals ${t.refusals} (${t.refusedTransactions} transactions retried) ${JSON.stringify(t.refusedBy)}, re-signed ${t.resigned}`);
  log(`included ${t.included} (finalized ${t.includedFinalized}), failed dispatch ${t.failed} ${JSON.stringify(result.failures)}, accepted but never included ${t.missing}, never accepted ${t.notAccepted}`);
  if (Object.keys(result.errors).length > 0) log(`errors: ${JSON.stringify(result.errors)}`);
  const w = result.window;
  log(`busy window: blocks ${w.first}..${w.last} (${w.blocks} blocks, ${w.seconds} s of block time): ${result.perSecond?.toFixed(1)} tx/s`);
  const f = result.fullBlocks;
  log(`full blocks (${f.included.count}): included min/median/max ${f.included.min}/${f.included.median}/${f.included.max}; weight ${pct(f.fullness.min)}/${pct(f.fullness.median)}/${pct(f.fullness.max)} of max normal; length median ${pct(f.lengthFullness.median)}`);
  const q = result.timeToInclusionMs;
  log(`time to inclusion (accept -> seen as best): p50 ${q.p50} ms, p90 ${q.p90} ms, p99 ${q.p99} ms, max ${q.max} ms; submit RPC p50 ${result.submitRpcMs.p50} ms, p99 ${result.submitRpcMs.p99} ms`);
  log('block      ours   all  weight  length     bytes  interval  final');
  for (const b of result.blocks) {
    log(
      `${String(b.number).padStart(6)} ${String(b.ours).padStart(7)} ${String(b.extrinsics).padStart(5)} ${pct(b.fullness).padStart(7)} ${pct(b.lengthFullness).padStart(7)} ${String(b.bytes).padStart(9)} ${String(b.intervalMs).padStart(7)} ms  ${b.finalized ? 'yes' : 'no'}`,
    );
  }
  if (result.missing.length > 0) {
    log(`MISSING: ${result.missing.length} accepted, never included, from ${result.missingBySender.length} senders; per sender, the first lost and the one before it:`);
    for (const m of result.missingBySender.slice(0, 20)) log(`  ${JSON.stringify(m)}`);
  }
}

/**
 * Runs a load test against the node at `ws` (or a `--dev --tmp` node it starts) and returns
 * the report. `options` override DEFAULTS; `log` receives progress lines.
 */
export async function runLoad(options = {}) {
  const opts = { ...DEFAULTS, ...options };
  const log = opts.log ?? console.log;
  let node;
  let endpoint = opts.ws;
  if (!endpoint) {
    if (!existsSync(nodeBin)) throw new Error(`no node binary at ${nodeBin}: build it or set DIEM_NODE`);
    mkdirSync(join(here, '../logs'), { recursive: true });
    const logPath = join(here, '../logs/load-node.log');
    // --dev, or the same with a given chain spec (e.g. the dev spec exported by a node whose
    // runtime can run, for a binary whose own cannot).
    const chain = opts.chainSpec
      ? ['--chain', opts.chainSpec, '--alice', '--force-authoring', '--node-key', randomBytes(32).toString('hex')]
      : ['--dev'];
    node = await startNode([...chain, '--tmp', ...(opts.nodeArgs ?? [])], logPath);
    endpoint = `ws://127.0.0.1:${node.rpcPort}`;
    log(`started ${nodeBin} on ${endpoint} (log ${logPath})`);
  }
  await cryptoWaitReady();
  const provider = new WsProvider(endpoint, 1_000, {}, 300_000);
  const submitters = [];
  let tracker;
  try {
    const api = await ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true });
    for (let i = 0; i < opts.connections; i++) {
      const p = new WsProvider(endpoint, 1_000, {}, 300_000);
      await p.isReady;
      submitters.push(p);
    }
    const keyring = new Keyring({ type: opts.scheme });
    const root = keyring.addFromUri(opts.seed);
    const senders = Array.from({ length: opts.senders }, (_, i) => root.derive(`//${i}`));
    const signer = makeSigner(api, senders[0], { eraBlocks: opts.immortal ? 0 : MORTAL_ERA_BLOCKS });
    tracker = new Tracker(api, provider);
    await tracker.start();
    const ctx = { api, provider, submitters, tracker, opts, signer, senders, log, stopped: false };
    const meta = {
      node: {
        endpoint,
        chain: (await api.rpc.system.chain()).toString(),
        specVersion: api.runtimeVersion.specVersion.toNumber(),
        binary: node ? nodeBin : null,
      },
    };

    const plans = senders.map((_, i) => plan(opts.kind, i, opts.perSender));
    let t = Date.now();
    const { maxVvv } = await setup(ctx, senders, plans);
    meta.maxVvv = maxVvv;
    meta.setupSeconds = (Date.now() - t) / 1000;
    t = Date.now();
    const sequences = await presign(ctx, senders, plans, maxVvv);
    meta.signSeconds = (Date.now() - t) / 1000;
    log(`signed ${opts.senders * opts.perSender} ${opts.kind} transactions in ${meta.signSeconds.toFixed(1)} s; submitting`);

    const { records, stats, outcome } = await runPhase(ctx, sequences);
    const result = await report(ctx, records, stats, outcome, meta);
    printReport(result, log);
    if (opts.flood > 0) {
      result.underFlood = await floodPhase(ctx, senders, plans, endpoint, meta);
      printFloodReport(result, log);
    }
    return result;
  } finally {
    await tracker?.stop().catch(() => {});
    for (const p of submitters) await p.disconnect().catch(() => {});
    await provider.disconnect().catch(() => {});
    node?.stop();
  }
}

/**
 * The same load again while `opts.flood` funded accounts flood the pool with futures (design
 * §12), round after round, each round the next `FUTURES_PER_ROUND` nonces of every attacker:
 * the report of the honest load under the flood, with the flood's own counts.
 */
async function floodPhase(ctx, senders, plans, endpoint, meta) {
  const { api, opts, log } = ctx;
  const keyring = new Keyring({ type: 'sr25519' });
  const attackers = Array.from({ length: opts.flood }, (_, i) => keyring.addFromUri(`${opts.seed}//flood//${i}`));
  await fund(api, ctx.submitters[0], keyring.addFromUri('//Alice'), attackers.map((a) => a.address), 10n * VVV);
  const floodProviders = [];
  for (let i = 0; i < 2; i++) {
    const p = new WsProvider(endpoint, 1_000, {}, 300_000);
    await p.isReady;
    floodProviders.push(p);
  }
  log(`flood: ${opts.flood} funded accounts send futures while the same load runs again`);
  let flooding = true;
  const rounds = [];
  const flood = (async () => {
    for (let gap = 1; flooding; gap += FUTURES_PER_ROUND) {
      rounds.push(await floodFutures(api, floodProviders, attackers, { perSender: FUTURES_PER_ROUND, gap, shouldStop: () => !flooding }));
    }
  })();
  try {
    // Let the flood fill the pool's futures before the honest load starts.
    while (rounds.length === 0 && flooding) await sleep(200);
    const sequences = await presign(ctx, senders, plans, meta.maxVvv);
    const { records, stats, outcome } = await runPhase(ctx, sequences);
    flooding = false;
    await flood;
    const result = await report(ctx, records, stats, outcome, meta);
    result.flood = {
      attackers: opts.flood,
      rounds: rounds.length,
      sent: rounds.reduce((n, r) => n + r.sent, 0),
      accepted: rounds.reduce((n, r) => n + r.accepted, 0),
      refusedBy: rounds.reduce((all, r) => {
        for (const [code, n] of Object.entries(r.refusedBy)) all[code] = (all[code] ?? 0) + n;
        return all;
      }, {}),
    };
    return result;
  } finally {
    flooding = false;
    await flood.catch(() => {});
    for (const p of floodProviders) await p.disconnect().catch(() => {});
  }
}

function printFloodReport(result, log) {
  const flooded = result.underFlood;
  const f = flooded.flood;
  log(`\n== the same load under a futures flood: ${f.attackers} accounts, ${f.rounds} rounds, ${f.sent} futures sent, ${f.accepted} accepted, refused ${JSON.stringify(f.refusedBy)} ==`);
  printReport(flooded, log);
  const rate = (r) => (r.perSecond === null ? '-' : `${r.perSecond.toFixed(1)}/s`);
  log(`\nhonest throughput: ${rate(result)} without the flood, ${rate(flooded)} under it; lost ${result.totals.missing} and ${flooded.totals.missing}`);
}

/** The exit code for a report (and the one under a flood, if any). */
export function exitCode(result) {
  const reports = [result, ...(result.underFlood ? [result.underFlood] : [])];
  if (reports.some((r) => r.totals.missing > 0)) return 1;
  if (reports.some((r) => r.totals.notAccepted > 0)) return 3;
  return 0;
}

async function main() {
  const { values } = parseArgs({
    options: {
      ws: { type: 'string' },
      kind: { type: 'string', default: DEFAULTS.kind },
      senders: { type: 'string', default: `${DEFAULTS.senders}` },
      'per-sender': { type: 'string', default: `${DEFAULTS.perSender}` },
      json: { type: 'string' },
      concurrency: { type: 'string', default: `${DEFAULTS.concurrency}` },
      connections: { type: 'string', default: `${DEFAULTS.connections}` },
      'stall-blocks': { type: 'string', default: `${DEFAULTS.stallBlocks}` },
      timeout: { type: 'string', default: `${DEFAULTS.timeoutS}` },
      scheme: { type: 'string', default: DEFAULTS.scheme },
      seed: { type: 'string', default: DEFAULTS.seed },
      'mint-diem': { type: 'string', default: `${DEFAULTS.mintDiem}` },
      'node-arg': { type: 'string', multiple: true, default: [] },
      'chain-spec': { type: 'string' },
      immortal: { type: 'boolean', default: false },
      flood: { type: 'string', default: '0' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      'node load/load.mjs [--ws URL] --kind transfer|mint|mix --senders K --per-sender M [--json FILE]\n' +
        '  [--concurrency 256] [--connections 4] [--stall-blocks 10] [--timeout 900 (s)] [--scheme sr25519|ed25519]\n' +
        '  [--seed //Alice//load] [--mint-diem 1000000000000] [--node-arg=--flag=value ...] [--chain-spec FILE]\n' +
        `  [--immortal (sign immortal transactions; default: mortal, an era of ${MORTAL_ERA_BLOCKS} blocks)]\n` +
        '  [--flood N (then run the same load again while N funded accounts flood the pool with futures)]',
    );
    return 0;
  }
  const int = (name) => {
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer`);
    return n;
  };
  if (!['transfer', 'mint', 'mix'].includes(values.kind)) {
    console.error(`--kind must be transfer, mint or mix`);
    return 2;
  }
  const result = await runLoad({
    ws: values.ws,
    kind: values.kind,
    senders: int('senders'),
    perSender: int('per-sender'),
    concurrency: int('concurrency'),
    connections: int('connections'),
    stallBlocks: int('stall-blocks'),
    timeoutS: int('timeout'),
    scheme: values.scheme,
    seed: values.seed,
    mintDiem: BigInt(values['mint-diem']),
    nodeArgs: values['node-arg'],
    chainSpec: values['chain-spec'],
    immortal: values.immortal,
    flood: Number(values.flood),
  });
  if (values.json) {
    const path = resolve(values.json);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`report written to ${path}`);
  }
  return exitCode(result);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
  main().then(
    (code) => process.exit(code),
    (err) => {
      console.error(err.stack ?? err.message);
      process.exit(1);
    },
  );
}
