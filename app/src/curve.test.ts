import { describe, expect, it } from 'vitest';
import { curveLine, plotExtent, rateAt, type CurveParams } from './curve';

const E18 = 10n ** 18n;
// The launch parameters (design §3): B = 90 VVV/DIEM, T = 38,000 DIEM, k = 2, n = 3.
const launch: CurveParams = { baseRate: 90n * E18, targetSupply: 38_000n * E18, adjustmentPower: 2n * E18, exponent: 3 };

describe('rateAt', () => {
  it('matches the figures Venice published', () => {
    expect(rateAt(launch, 0, 18, 18)).toBe(90);
    expect(rateAt(launch, 10_000, 18, 18)).toBeCloseTo(93.34, 2);
    expect(rateAt(launch, 38_000, 18, 18)).toBeCloseTo(90 * Math.E ** 2, 9);
  });
  it('rises with supply', () => {
    const [, ys] = curveLine(launch, 40_000, 50, 18, 18);
    for (let i = 1; i < ys.length; i += 1) expect(ys[i]).toBeGreaterThanOrEqual(ys[i - 1]);
  });
});

describe('plotExtent', () => {
  it('reaches past the target and past the quoted mint', () => {
    expect(plotExtent(launch, 1_000, 10, 18)).toBeCloseTo(39_900);
    expect(plotExtent(launch, 45_000, 5_000, 18)).toBeCloseTo(55_000);
  });
});
