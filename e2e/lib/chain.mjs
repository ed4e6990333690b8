// Helpers shared by the e2e tests: connecting to the node the harness started, dev accounts,
// and submitting a transaction until it is in a block (mortal by default, design §12).

import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { MORTAL_ERA_BLOCKS } from '../load/sign.mjs';

/**
 * The era, in blocks, of the transactions the e2e tooling signs (design §12: mortal by default):
 * 64 blocks = 128 s at 2 s blocks, from a recent block. One constant for the helpers and the
 * load harness (defined in load/sign.mjs, which must not load node:test).
 */
export { MORTAL_ERA_BLOCKS };

/** One VVV in planck. */
export const VVV = 10n ** 18n;
/** One DIEM in planck. */
export const DIEM = 10n ** 18n;
/** One USDC in its smallest unit. */
export const USDC = 10n ** 6n;
/** Asset ids the genesis presets create. */
export const DIEM_ASSET_ID = 1;
export const USDC_ASSET_ID = 2;
/** VVV, USDC and DIEM as the DEX names them (`NativeOrWithId`). */
export const NATIVE = { Native: null };
export const USDC_KIND = { WithId: USDC_ASSET_ID };
export const DIEM_KIND = { WithId: DIEM_ASSET_ID };

/** Connects to the node the harness started (DIEM_WS). */
export async function connect() {
  const endpoint = process.env.DIEM_WS;
  if (!endpoint) throw new Error('DIEM_WS is not set: run the tests through `npm test` (run.mjs)');
  return ApiPromise.create({ provider: new WsProvider(endpoint), noInitWarn: true, throwOnConnect: true });
}

/** The sr25519 dev accounts (//Alice, //Bob, …). */
export async function devAccounts() {
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519' });
  const names = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'];
  return Object.fromEntries(names.map((n) => [n.toLowerCase(), keyring.addFromUri(`//${n}`)]));
}

/**
 * Signs and submits `tx`, resolving once it is in a block with its events, whether the call
 * succeeded or failed (`dispatchError` set). Rejects if the pool refuses it. The transaction is
 * mortal, valid for MORTAL_ERA_BLOCKS blocks from a recent block; `options` (polkadot.js sign
 * options) override that, e.g. `{ era: 0 }` for an immortal one. After the call `tx` holds the
 * signed extrinsic (`tx.hash`, `tx.era`).
 */
export function submit(api, tx, signer, options = {}) {
  return new Promise((resolve, reject) => {
    let unsubscribe = () => {};
    tx.signAndSend(signer, { era: MORTAL_ERA_BLOCKS, ...options }, ({ status, events, dispatchError }) => {
      if (status.isInBlock) {
        unsubscribe();
        resolve({ blockHash: status.asInBlock, events, dispatchError });
      } else if (status.isInvalid || status.isDropped || status.isUsurped) {
        unsubscribe();
        reject(new Error(`transaction ${status.type}`));
      }
    })
      .then((u) => {
        unsubscribe = u;
      })
      .catch(reject);
  });
}

/**
 * Submits the unsigned `tx` (a claim: valid by what it carries, not by who sends it, and paying
 * no fee), resolving once it is in a block with its events, as `submit` does. Rejects if the
 * pool refuses it: the node's error, e.g. `1010: Invalid Transaction: Custom error: 3`.
 */
export function submitUnsigned(tx) {
  return new Promise((resolve, reject) => {
    let unsubscribe = () => {};
    tx.send(({ status, events, dispatchError }) => {
      if (status.isInBlock) {
        unsubscribe();
        resolve({ blockHash: status.asInBlock, events, dispatchError });
      } else if (status.isInvalid || status.isDropped || status.isUsurped) {
        unsubscribe();
        reject(new Error(`transaction ${status.type}`));
      }
    })
      .then((u) => {
        unsubscribe = u;
      })
      .catch(reject);
  });
}

/** The `section.method` names of the events of a submitted transaction. */
export function eventNames(events) {
  return events.map(({ event }) => `${event.section}.${event.method}`);
}

/** The event `section.method` among a submitted transaction's events; fails the test if none. */
export function findEvent(events, section, method) {
  const found = events.find(({ event }) => event.section === section && event.method === method);
  assert.ok(found, `a ${section}.${method} event among ${eventNames(events)}`);
  return found.event;
}

/** The name of a failed call's pallet error (`dispatchError` of `submit`). */
export function errorName(api, dispatchError) {
  assert.ok(dispatchError?.isModule, `a pallet error, got ${dispatchError?.toString()}`);
  return api.registry.findMetaError(dispatchError.asModule).name;
}

/** The VVV held on `who` (staked, in cooldown, or otherwise reserved). */
export async function reservedBalance(api, who) {
  return (await api.query.system.account(who)).data.reserved.toBigInt();
}

/** The free VVV balance of `who` at block `at` (default: best). */
export async function freeBalance(api, who, at) {
  const view = at ? await api.at(at) : api;
  const { data } = await view.query.system.account(who);
  return data.free.toBigInt();
}

/**
 * Subscribes with `subscribe` (e.g. `api.rpc.chain.subscribeNewHeads`) and resolves with the
 * headers seen up to and including the first for which `done(headers)` is true.
 */
export function collectHeaders(subscribe, done, timeoutMs) {
  return new Promise((resolve, reject) => {
    const seen = [];
    let unsubscribe;
    let finished = false;
    const finish = (fn) => {
      finished = true;
      clearTimeout(timer);
      unsubscribe?.();
      fn();
    };
    const timer = setTimeout(
      () => finish(() => reject(new Error(`condition not met within ${timeoutMs} ms`))),
      timeoutMs,
    );
    subscribe((header) => {
      if (finished) return;
      seen.push(header);
      if (done(seen)) finish(() => resolve(seen));
    }).then((u) => {
      unsubscribe = u;
      if (finished) u();
    }, (err) => finish(() => reject(err)));
  });
}

/**
 * Connects before a test file's tests run and disconnects after them; `bind` receives the
 * `{ api, accounts }` to keep.
 */
export function useChain(bind) {
  let api;
  before(async () => {
    api = await connect();
    bind({ api, accounts: await devAccounts() });
  });
  after(() => api?.disconnect());
}
