// The claim card against the dev chain's claims (docs/claims.md): the dev snapshot's first two
// Hardhat keys claim their VVV from a stand-in EIP-1193 wallet (MetaMask's `window.ethereum`)
// that signs in this process with ethers, to fresh accounts a stand-in polkadot.js extension
// offers (so no dev account's balance or locks change under the other tests). Without a wallet
// the card says one is needed; a message signed by another key is refused as `WrongSignature`
// and pays nothing; the first key's 1,000 VVV reach its account, and a claim of it signed
// meanwhile in another tab is refused as `AlreadyClaimed`; the second key's claim shows its
// vesting (4,000 of its 5,000 VVV over 1,000 blocks from block 100) before and after, and leaves
// that schedule on chain. The e2e suite claims with the third and fourth keys.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Keyring } from '@polkadot/keyring';
import { compactStripLength, u8aToHex, u8aToString } from '@polkadot/util';
import { randomAsU8a } from '@polkadot/util-crypto';
import { getBytes, Wallet } from 'ethers';
import { chainApi, eventually, harness, launchBrowser, pageUrl, planckOf, screenshot, sendFromCard, UNIT, watchErrors } from './browser.mjs';

/**
 * The bytes to sign to claim to `dest`, from the runtime API (polkadot.js hands its `Vec<u8>`
 * over with the compact length still in front; the page strips it the same way).
 */
const claimMessage = async (dest) => compactStripLength((await api.call.claimsApi.claimMessage(dest)).toU8a(true))[1];

const h = harness();
const { artefacts } = h;
/** The dev snapshot's first two claims: Hardhat's public test keys, never to hold value. */
const FIRST = new Wallet('0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80');
const SECOND = new Wallet('0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d');
let browser;
let api;
/** The claims' destinations: accounts of the stand-in extension, with no VVV. */
let fresh;
/** The page with the wallet the claims are made from. */
let main;

/** `who`'s free VVV at block `at` (default: best). */
async function freeOf(who, at) {
  const view = at ? await api.at(at) : api;
  return (await view.query.system.account(who)).data.free.toBigInt();
}

/** The unclaimed VVV of an Ethereum address in the claims pallet's storage. */
async function unclaimed(address) {
  const amount = await api.query.claims.claims(address.toLowerCase());
  return amount.isSome ? amount.unwrap().toBigInt() : 0n;
}

/**
 * A page in a new browser context with a stand-in EIP-1193 wallet holding `wallet`'s Ethereum
 * key and a stand-in polkadot.js extension sharing `accounts`. The wallet answers in this
 * process, as MetaMask does in its own: `eth_accounts` is empty until `eth_requestAccounts` has
 * allowed the page, and `personal_sign` is ethers' `signMessage` over the exact bytes the page
 * gives in hex. `control.signer` is the key that signs (another key: a wrong signature), and a
 * signature waits for `control.hold` (a promise) if one is set.
 */
async function walletPage(wallet, accounts) {
  const control = { wallet, signer: wallet, allowed: false, hold: null, requests: [], signatures: [] };
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  await context.exposeFunction('standInEthereum', async (method, params) => {
    control.requests.push({ method, params });
    const shared = [control.wallet.address.toLowerCase()];
    switch (method) {
      case 'eth_requestAccounts':
        control.allowed = true;
        return shared;
      case 'eth_accounts':
        return control.allowed ? shared : [];
      case 'personal_sign': {
        const [message, address] = params;
        if (address.toLowerCase() !== control.wallet.address.toLowerCase()) throw new Error(`personal_sign for ${address}: not the wallet's account`);
        await control.hold;
        const signature = await control.signer.signMessage(getBytes(message));
        control.signatures.push(signature);
        return signature;
      }
      default:
        throw new Error(`the stand-in wallet does not answer ${method}`);
    }
  });
  await context.addInitScript((shared) => {
    const listeners = new Set();
    window.ethereum = {
      request: ({ method, params = [] }) => window.standInEthereum(method, params),
      on: (event, listener) => event === 'accountsChanged' && listeners.add(listener),
      removeListener: (event, listener) => listeners.delete(listener),
    };
    // The test switches the wallet's account, as its user does in MetaMask.
    window.standInAccountsChanged = (addresses) => listeners.forEach((listener) => listener(addresses));
    window.injectedWeb3 = {
      'stand-in': {
        version: '0.0.1',
        enable: async () => ({
          accounts: { get: async () => shared, subscribe: (cb) => (cb(shared), () => undefined) },
          signer: {},
        }),
      },
    };
  }, accounts.map(({ address, name }) => ({ address, name, type: 'sr25519' })));
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(pageUrl(h));
  await page.locator('main[data-ready="true"]').waitFor({ timeout: 60_000 });
  // The extension's accounts come first once it answers: the first is the claims' destination.
  await eventually(() => page.getByTestId('account').inputValue(), (v) => v === accounts[0].address, 10_000, 'the extension account chosen');
  await page.getByTestId('claim-card').waitFor();
  const switchTo = async (next) => {
    control.wallet = next;
    control.signer = next;
    await page.evaluate((address) => window.standInAccountsChanged([address]), next.address.toLowerCase());
    await eventually(() => page.getByTestId('claim-address').innerText(), (a) => a === next.address, 5_000, `the wallet's account ${next.address} shown`);
  };
  return { context, page, control, errors, switchTo };
}

/** Connects the card to its wallet and waits for the claim the chain reads for it. */
async function connect(p, wallet) {
  await p.getByTestId('claim-connect').click();
  await eventually(() => p.getByTestId('claim-address').innerText(), (a) => a === wallet.address, 5_000, 'the wallet connected');
  await p.getByTestId('claim-state').waitFor({ timeout: 10_000 });
}

/** The claim state the card shows: its kind and amount. */
async function shownClaim(p) {
  return { state: await p.getByTestId('claim-state').getAttribute('data-state'), amount: await planckOf(p, 'claim-amount') };
}

before(async () => {
  ({ api } = await chainApi(h.ws));
  const keyring = new Keyring({ type: 'sr25519' });
  fresh = [1, 2, 3].map((i) => {
    const pair = keyring.addFromSeed(randomAsU8a(32));
    return { address: pair.address, name: `Fresh ${i}` };
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await api?.disconnect();
});

test('without an EIP-1193 wallet the card says MetaMask (or any EIP-1193 wallet) is needed', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  const errors = watchErrors(page);
  await page.goto(pageUrl(h));
  await page.locator('main[data-ready="true"]').waitFor({ timeout: 60_000 });
  assert.match(await page.getByTestId('claim-no-wallet').innerText(), /needs MetaMask \(or any EIP-1193 wallet\)/);
  assert.equal(await page.getByTestId('claim-connect').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('connects the wallet: its address checksummed, its claim of 1,000 VVV without vesting, the exact message to sign', async () => {
  main = await walletPage(FIRST, fresh.slice(0, 2));
  const { page, control } = main;
  assert.equal(await page.getByTestId('claim-submit').count(), 0, 'nothing to claim before the wallet is connected');
  await connect(page, FIRST);
  assert.deepEqual(
    control.requests.map((r) => r.method),
    ['eth_accounts', 'eth_requestAccounts'],
    'the page asks for the account only when the user connects',
  );
  assert.deepEqual(await shownClaim(page), { state: 'unclaimed', amount: 1_000n * UNIT });
  assert.equal(await page.getByTestId('claim-vesting').getAttribute('data-vesting'), 'none');
  assert.equal(await page.getByTestId('claim-dest').getAttribute('data-address'), fresh[0].address);
  const message = await claimMessage(fresh[0].address);
  assert.equal(await page.getByTestId('claim-message').innerText(), u8aToString(message));
  assert.match(await page.getByTestId('claim-submit').innerText(), /Sign and claim to Fresh 1/);
  await screenshot(page, artefacts, 'claim-unclaimed');
});

test('a message signed by another key is refused as WrongSignature, and nothing is paid', async () => {
  const { page, control } = main;
  control.signer = Wallet.createRandom();
  const outcome = await sendFromCard(page, 'claim-tx', () => page.getByTestId('claim-submit').click());
  control.signer = FIRST;
  assert.equal(outcome.phase, 'failed', outcome.text);
  assert.equal(outcome.error, 'WrongSignature');
  assert.match(outcome.text, /WrongSignature \(claims\): The signature is not this Ethereum address’s over this chain’s claim message/);
  assert.equal(await unclaimed(FIRST.address), 1_000n * UNIT, 'the claim is still there');
  assert.equal(await freeOf(fresh[0].address), 0n, 'nothing paid');
  assert.equal((await shownClaim(page)).state, 'unclaimed');
});

test('the first key claims its 1,000 VVV to a fresh account; a claim of it signed meanwhile in another tab is refused as AlreadyClaimed', { timeout: 180_000 }, async () => {
  const { page, control } = main;
  // Another tab, the first key's claim shown unclaimed, has its signature held in the wallet
  // while this one claims: once signed, the chain has paid the claim.
  const other = await walletPage(FIRST, [fresh[2]]);
  await connect(other.page, FIRST);
  assert.equal((await shownClaim(other.page)).state, 'unclaimed');
  let release;
  other.control.hold = new Promise((resolve) => {
    release = resolve;
  });
  const refused = sendFromCard(other.page, 'claim-tx', () => other.page.getByTestId('claim-submit').click(), 120_000);
  refused.catch(() => undefined);
  await eventually(() => other.control.requests.some((r) => r.method === 'personal_sign'), (asked) => asked, 10_000, 'the other tab waiting for its signature');

  const outcome = await sendFromCard(page, 'claim-tx', () => page.getByTestId('claim-submit').click());
  assert.equal(outcome.phase, 'done', outcome.text);
  // The wallet was asked to sign the runtime API's message for the destination, in hex.
  const message = await claimMessage(fresh[0].address);
  const signing = control.requests.filter((r) => r.method === 'personal_sign').at(-1);
  assert.deepEqual(signing.params, [u8aToHex(message), FIRST.address]);
  // The block holds the claim, unsigned, with that signature.
  const { block } = await api.rpc.chain.getBlock(outcome.block);
  const claim = block.extrinsics.find((x) => x.method.section === 'claims' && x.method.method === 'claim');
  assert.ok(claim, 'a claim in the block');
  assert.equal(claim.isSigned, false, 'the claim is unsigned');
  const [dest, signer, signature] = claim.method.args;
  assert.equal(dest.toString(), fresh[0].address);
  assert.equal(signer.toHex(), FIRST.address.toLowerCase());
  assert.equal(signature.toHex(), control.signatures.at(-1));
  // The destination's balance rose by the claim, from nothing.
  const parent = (await api.rpc.chain.getHeader(outcome.block)).parentHash;
  assert.equal(await freeOf(fresh[0].address, parent), 0n);
  assert.equal(await freeOf(fresh[0].address, outcome.block), 1_000n * UNIT);
  assert.equal(await unclaimed(FIRST.address), 0n);
  // The card says so, and the chain's claim state.
  assert.equal(await planckOf(page, 'claim-paid-amount'), 1_000n * UNIT);
  assert.match(await page.getByTestId('claim-paid').innerText(), /Claimed 1,000 VVV of 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 to Fresh 1\.\s+None of it vests/);
  await eventually(() => page.getByTestId('claim-state').getAttribute('data-state'), (s) => s === 'claimed', 10_000, 'the claim shown paid');
  assert.equal(await page.getByTestId('claim-state').getAttribute('data-dest'), fresh[0].address);
  const number = block.header.number.toNumber();
  assert.equal(await page.getByTestId('claim-at').innerText(), `#${number.toLocaleString('en-US')}`);
  await eventually(() => planckOf(page, 'balance-vvv-free'), (v) => v === 1_000n * UNIT, 10_000, 'the new balance shown');
  await screenshot(page, artefacts, 'claim-paid');

  // The other tab's signature, released now, is refused by name: the claim was paid.
  release();
  const second = await refused;
  assert.equal(second.phase, 'failed', second.text);
  assert.equal(second.error, 'AlreadyClaimed');
  assert.match(second.text, /AlreadyClaimed \(claims\): This Ethereum address’s VVV has already been claimed/);
  assert.equal(await freeOf(fresh[2].address), 0n, 'the other tab’s account got nothing');
  assert.equal(await freeOf(fresh[0].address), 1_000n * UNIT, 'the first claim’s account keeps its VVV');
  await eventually(() => other.page.getByTestId('claim-state').getAttribute('data-state'), (s) => s === 'claimed', 10_000, 'the other tab shows the claim paid');
  assert.deepEqual(other.errors, []);
  await other.context.close();
});

test("the second key's claim shows its vesting before and after, and leaves the schedule on chain", { timeout: 120_000 }, async () => {
  const { page } = main;
  await main.switchTo(SECOND);
  await page.getByTestId('account').selectOption(fresh[1].address);
  await eventually(() => page.getByTestId('claim-dest').getAttribute('data-address'), (a) => a === fresh[1].address, 10_000, 'the second account chosen');
  await eventually(() => shownClaim(page), (c) => c.state === 'unclaimed' && c.amount === 5_000n * UNIT, 10_000, "the second key's claim shown");
  const shownVesting = async (testId) => {
    const v = page.getByTestId(testId);
    const [locked, perBlock, start, end] = await Promise.all(['data-locked', 'data-per-block', 'data-start', 'data-end'].map((a) => v.getAttribute(a)));
    return [{ locked: BigInt(locked), perBlock: BigInt(perBlock), start: Number(start), end: Number(end) }, await v.innerText()];
  };
  const expected = { locked: 4_000n * UNIT, perBlock: 4n * UNIT, start: 100, end: 1_100 };
  const [vesting, text] = await shownVesting('claim-vesting');
  assert.deepEqual(vesting, expected);
  assert.match(text, /^4,000 VVV locked, unlocking 4 VVV a block from block #100 \(about .+\) until block #1,100 \(about .+\) · still locked at block #[\d,]+: [\d,.]+ VVV$/);
  await screenshot(page, artefacts, 'claim-vesting');

  const outcome = await sendFromCard(page, 'claim-tx', () => page.getByTestId('claim-submit').click());
  assert.equal(outcome.phase, 'done', outcome.text);
  const at = await api.at(outcome.block);
  assert.equal(await freeOf(fresh[1].address, outcome.block), 5_000n * UNIT, 'all of it paid, the vested part locked in place');
  const schedules = await at.query.vesting.vesting(fresh[1].address);
  assert.ok(schedules.isSome, 'a vesting schedule');
  assert.deepEqual(
    schedules.unwrap().map((s) => ({ locked: s.locked.toBigInt(), perBlock: s.perBlock.toBigInt(), start: s.startingBlock.toNumber() })),
    [{ locked: 4_000n * UNIT, perBlock: 4n * UNIT, start: 100 }],
  );
  const number = (await api.rpc.chain.getHeader(outcome.block)).number.toNumber();
  const lock = (await at.query.balances.locks(fresh[1].address)).find((l) => l.id.toUtf8() === 'vesting ');
  assert.ok(lock, 'a vesting lock');
  assert.equal(lock.amount.toBigInt(), 4_000n * UNIT - 4n * UNIT * BigInt(Math.max(number - 100, 0)));
  assert.deepEqual((await shownVesting('claim-paid-vesting'))[0], expected);
  assert.match(await page.getByTestId('claim-paid').innerText(), /Claimed 5,000 VVV of 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 to Fresh 2\.\s+Vesting: 4,000 VVV locked/);
  await screenshot(page, artefacts, 'claim-vested');
});

test('the page threw no error along the way', async () => {
  assert.deepEqual(main.errors, []);
  await main.context.close();
});
