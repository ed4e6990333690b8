import { describe, expect, it } from 'vitest';
import { assetKind, compareMintToMarket, describeMintVersusMarket, minimumOut, mintCost, NATIVE, parseSlippage, spotPrice, swapPath } from './trade';

const E18 = 10n ** 18n;
const USDC = 10n ** 6n;

describe('swaps', () => {
  it('name VVV as native and the assets by id', () => {
    expect(assetKind(null)).toEqual({ Native: null });
    expect(assetKind(1)).toEqual({ WithId: 1 });
  });
  it('buy by paying USDC for the token, sell the reverse', () => {
    const usdc = assetKind(2);
    expect(swapPath('buy', assetKind(1), usdc)).toEqual([{ WithId: 2 }, { WithId: 1 }]);
    expect(swapPath('sell', NATIVE, usdc)).toEqual([{ Native: null }, { WithId: 2 }]);
  });
  it('take a slippage bound in percent, up to 50%', () => {
    expect(parseSlippage('0.5')).toEqual({ ok: true, bps: 50 });
    expect(parseSlippage('1%')).toEqual({ ok: true, bps: 100 });
    expect(parseSlippage('0')).toEqual({ ok: true, bps: 0 });
    expect(parseSlippage('.25')).toEqual({ ok: true, bps: 25 });
    expect(parseSlippage('0.123')).toMatchObject({ ok: false });
    expect(parseSlippage('-1')).toMatchObject({ ok: false });
    expect(parseSlippage('')).toMatchObject({ ok: false });
    expect(parseSlippage('51')).toEqual({ ok: false, reason: 'At most 50%' });
  });
  it('pay out at least the quote less the bound, rounded down', () => {
    expect(minimumOut(1_000_000n, 50)).toBe(995_000n);
    expect(minimumOut(999n, 50)).toBe(994n); // 994.005 down
    expect(minimumOut(123n, 0)).toBe(123n);
  });
});

describe('mint or buy', () => {
  it("prices a token from its pool's reserves", () => {
    // The dev genesis: 1,000 DIEM against 300,000 USDC; 1,000,000 VVV against 3,000,000 USDC.
    expect(spotPrice(1_000n * E18, 18, 300_000n * USDC)).toBe(300n * USDC);
    expect(spotPrice(1_000_000n * E18, 18, 3_000_000n * USDC)).toBe(3n * USDC);
    expect(spotPrice(3n * E18, 18, 1n * USDC)).toBe(333_333n); // rounded down
    expect(spotPrice(0n, 18, 5n)).toBeNull();
  });
  it('costs the VVV one DIEM locks at VVV’s price, rounded up', () => {
    expect(mintCost(90n * E18, 3n * USDC, 18)).toBe(270n * USDC);
    expect(mintCost(E18 / 3n, 1n * USDC, 18)).toBe(333_334n);
  });
  it('says which way is cheaper and by how much of the dearer', () => {
    expect(compareMintToMarket(270n * USDC, 300n * USDC)).toEqual({ cheaper: 'mint', bps: 1_000 });
    expect(compareMintToMarket(300n * USDC, 270n * USDC)).toEqual({ cheaper: 'market', bps: 1_000 });
    expect(compareMintToMarket(5n, 5n)).toEqual({ cheaper: 'same', bps: 0 });
    expect(describeMintVersusMarket({ cheaper: 'mint', bps: 1_008 })).toBe('Minting is 10.08% cheaper than buying');
    expect(describeMintVersusMarket({ cheaper: 'market', bps: 1_250 })).toBe('Buying is 12.5% cheaper than minting');
    expect(describeMintVersusMarket({ cheaper: 'same', bps: 0 })).toBe('Minting costs the same as buying');
  });
});
