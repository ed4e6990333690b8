import type { SubmittableExtrinsic } from '@polkadot/api/types';
import { TypeRegistry } from '@polkadot/types';
import type { Signer } from '@polkadot/types/types';
import { stringToHex, stringToU8a } from '@polkadot/util';
import { signatureVerify } from '@polkadot/util-crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { devAccounts, extensionAccounts, MORTAL_ERA_BLOCKS, signOptions } from './accounts';

const extensionSigner = {
  signPayload: vi.fn(),
  signRaw: vi.fn(async () => ({ id: 1, signature: '0xfeed' })),
} as unknown as Signer;
vi.mock('@polkadot/extension-dapp', () => ({
  web3Enable: async () => [{ name: 'test-extension' }],
  web3Accounts: async () => [{ address: '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty', meta: { name: 'Ext', source: 'test-extension' } }],
  web3FromSource: async () => ({ signer: extensionSigner }),
}));

/** A transaction stand-in that records what `signAndSend` was given. */
function fakeTx() {
  const signAndSend = vi.fn(async () => () => {});
  return { tx: { signAndSend } as unknown as SubmittableExtrinsic<'promise'>, signAndSend };
}

/** Checks that sign options make a mortal era of MORTAL_ERA_BLOCKS blocks, as polkadot.js builds it. */
function expectMortal(options: unknown) {
  const era = (options as { era?: unknown }).era;
  expect(typeof era).toBe('number');
  expect(era).toBeGreaterThan(0); // 0 (or none with no block hash) would be immortal
  const built = new TypeRegistry().createType('ExtrinsicEra', { current: 1_000, period: era as number });
  expect(built.isMortalEra).toBe(true);
  expect(built.asMortalEra.period.toNumber()).toBe(MORTAL_ERA_BLOCKS);
}

describe('mortal transactions (design §12)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('the era is tens to hundreds of blocks, exactly as encoded', () => {
    expect(MORTAL_ERA_BLOCKS).toBeGreaterThanOrEqual(16);
    expect(MORTAL_ERA_BLOCKS).toBeLessThanOrEqual(512);
    expectMortal(signOptions());
    expect(signOptions(extensionSigner)).toEqual({ era: MORTAL_ERA_BLOCKS, signer: extensionSigner });
  });

  it('a dev account signs with a mortal era', async () => {
    const [alice] = await devAccounts(42);
    const { tx, signAndSend } = fakeTx();
    const onStatus = () => {};
    await alice.sign(tx, onStatus);
    expect(signAndSend).toHaveBeenCalledTimes(1);
    const [who, options, callback] = signAndSend.mock.calls[0] as unknown[];
    expect((who as { address: string }).address).toBe(alice.address);
    expectMortal(options);
    expect(callback).toBe(onStatus);
  });

  it("an extension's account signs with a mortal era through the extension's signer", async () => {
    vi.stubGlobal('window', { injectedWeb3: { 'test-extension': {} } });
    const [account] = await extensionAccounts(42);
    const { tx, signAndSend } = fakeTx();
    await account.sign(tx, () => {});
    const [who, options] = signAndSend.mock.calls[0] as unknown[];
    expect(who).toBe(account.address);
    expectMortal(options);
    expect((options as { signer?: Signer }).signer).toBe(extensionSigner);
  });
});

describe("signing a gateway's challenge", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("a dev account signs the text's UTF-8 bytes", async () => {
    const [alice] = await devAccounts(42);
    const message = 'diem-gateway: 5Grw… proves it holds … (nonce 0x00)';
    const signature = await alice.signMessage(message);
    expect(signatureVerify(stringToU8a(message), signature, alice.address).isValid).toBe(true);
  });

  it('an extension signs the text as raw bytes', async () => {
    vi.stubGlobal('window', { injectedWeb3: { 'test-extension': {} } });
    const [account] = await extensionAccounts(42);
    expect(await account.signMessage('prove it')).toBe('0xfeed');
    expect(extensionSigner.signRaw).toHaveBeenCalledWith({ address: account.address, data: stringToHex('prove it'), type: 'bytes' });
  });
});
