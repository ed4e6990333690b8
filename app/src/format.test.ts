import { describe, expect, it } from 'vitest';
import { applySlippage, formatDuration, formatRatio, formatUnits, formatUsd, parseUnits, toFloat } from './format';

const E18 = 10n ** 18n;

describe('formatUnits', () => {
  it('groups thousands and drops trailing zeros', () => {
    expect(formatUnits(1_234_500n * E18 + 5n * 10n ** 17n, 18)).toBe('1,234,500.5');
    expect(formatUnits(200_000n * E18, 18)).toBe('200,000');
    expect(formatUnits(0n, 18)).toBe('0');
  });
  it('rounds toward zero, never up', () => {
    expect(formatUnits(999_999_999_999_999_999n, 18)).toBe('0.9999');
    expect(formatUnits(19_999n, 4, 2)).toBe('1.99');
  });
  it('tells a positive dust amount from zero', () => {
    expect(formatUnits(1n, 18)).toBe('<0.0001');
    expect(formatUnits(1n, 6, 2)).toBe('<0.01');
  });
  it('shows negative amounts', () => {
    expect(formatUnits(-15n * 10n ** 17n, 18)).toBe('-1.5');
  });
  it('uses the token decimals', () => {
    expect(formatUnits(6_700_000_000_000n, 6, 2)).toBe('6,700,000');
    expect(formatUsd(12_345_678n)).toBe('$12.34');
  });
});

describe('parseUnits', () => {
  it('reads whole and fractional amounts with separators', () => {
    expect(parseUnits('1,000.25', 18)).toEqual({ ok: true, value: 1000n * E18 + 25n * 10n ** 16n });
    expect(parseUnits(' 10 ', 18)).toEqual({ ok: true, value: 10n * E18 });
    expect(parseUnits('.5', 6)).toEqual({ ok: true, value: 500_000n });
    expect(parseUnits('3.', 6)).toEqual({ ok: true, value: 3_000_000n });
  });
  it('refuses what is not an amount, each with a reason', () => {
    expect(parseUnits('', 18)).toEqual({ ok: false, reason: 'Enter an amount' });
    expect(parseUnits('-1', 18)).toEqual({ ok: false, reason: 'Not a number' });
    expect(parseUnits('1e3', 18)).toEqual({ ok: false, reason: 'Not a number' });
    expect(parseUnits('.', 18)).toEqual({ ok: false, reason: 'Not a number' });
    expect(parseUnits('1.2.3', 18)).toEqual({ ok: false, reason: 'Not a number' });
    expect(parseUnits('0.0000001', 6)).toEqual({ ok: false, reason: 'At most 6 decimals' });
    const ambiguous = { ok: false, reason: 'Use . for decimals; commas only between thousands' };
    expect(parseUnits('1,5', 18)).toEqual(ambiguous);
    expect(parseUnits('1,50.5', 18)).toEqual(ambiguous);
    expect(parseUnits('1000,000', 18)).toEqual(ambiguous);
    expect(parseUnits('1.000,5', 18)).toEqual(ambiguous);
    expect(parseUnits('12,345,678.9', 6)).toEqual({ ok: true, value: 12_345_678_900_000n });
  });
  it('round-trips what formatUnits shows in full', () => {
    for (const planck of [1n, 10n ** 17n, 123_456_789_012_345_678_901n, 5n * E18]) {
      const shown = formatUnits(planck, 18, 18).replace(/,/g, '');
      expect(parseUnits(shown, 18)).toEqual({ ok: true, value: planck });
    }
  });
});

describe('applySlippage', () => {
  it('raises a maximum and lowers a minimum, rounding toward the bound', () => {
    expect(applySlippage(10_000n, 50, true)).toBe(10_050n);
    expect(applySlippage(10_001n, 50, true)).toBe(10_052n); // 10,051.005 rounds up
    expect(applySlippage(10_001n, 50, false)).toBe(9_950n); // 9,950.995 rounds down
    expect(applySlippage(7n, 0, true)).toBe(7n);
  });
});

describe('formatRatio and formatDuration', () => {
  it('prices a whole base unit', () => {
    expect(formatRatio(903n * E18, 18, 10n * E18, 18)).toBe('90.3');
    expect(formatRatio(1n, 18, 0n, 18)).toBe('–');
  });
  it('shows the two largest units', () => {
    expect(formatDuration(0)).toBe('now');
    expect(formatDuration(1)).toBe('1 s');
    expect(formatDuration(61_000)).toBe('1 min 1 s');
    expect(formatDuration(90_061_000)).toBe('1 d 1 h');
  });
  it('converts to floats for plots', () => {
    expect(toFloat(15n * 10n ** 17n, 18)).toBe(1.5);
  });
});
