import type { SubmittableExtrinsic } from '@polkadot/api/types';
import { TypeRegistry } from '@polkadot/types';
import type { Signer } from '@polkadot/types/types';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { devAccounts, extensionAccounts, MORTAL_ERA_BLOCKS, signOptions } from './accounts';

const extensionSigner = { signPayload: vi.fn() } as unknown as Signer;
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
