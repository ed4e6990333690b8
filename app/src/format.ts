// Amounts as people read and type them. The chain counts in planck (the smallest unit); the page
// shows and accepts whole tokens with the token's own decimals, and never rounds an amount up
// when it shows what someone holds.

/** A token as the page shows it. */
export interface Token {
  symbol: string;
  decimals: number;
}

const GROUPING = /\B(?=(\d{3})+(?!\d))/g;

/**
 * `planck` in whole tokens with thousands separators and at most `maxFraction` decimals,
 * rounded toward zero; trailing zeros are dropped ("1,234.5").
 */
export function formatUnits(planck: bigint, decimals: number, maxFraction = 4): string {
  const negative = planck < 0n;
  const abs = negative ? -planck : planck;
  const unit = 10n ** BigInt(decimals);
  const whole = (abs / unit).toString().replace(GROUPING, ',');
  const shown = Math.min(maxFraction, decimals);
  let fraction = (abs % unit).toString().padStart(decimals, '0').slice(0, shown).replace(/0+$/, '');
  if (fraction === '' && abs % unit !== 0n && abs < unit) {
    // A positive amount below what the decimals shown can tell is not zero.
    return `${negative ? '>-' : '<'}0.${'0'.repeat(Math.max(shown - 1, 0))}1`;
  }
  fraction = fraction ? `.${fraction}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** `planck` of `token` with its symbol ("1,000 VVV"). */
export function formatToken(planck: bigint, token: Token, maxFraction = 4): string {
  return `${formatUnits(planck, token.decimals, maxFraction)} ${token.symbol}`;
}

/** What `parseUnits` makes of a typed amount. */
export type Parsed = { ok: true; value: bigint } | { ok: false; reason: string };

/**
 * A typed amount of whole tokens ("1,000.25") in planck. Refuses what is not a plain
 * non-negative decimal and more decimals than the token has, each with the reason.
 */
export function parseUnits(text: string, decimals: number): Parsed {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'Enter an amount' };
  // "1,5" could mean 1.5 or 15: commas are taken only between groups of three digits.
  const [integer, ...fractions] = trimmed.split('.');
  if ((integer.includes(',') && !/^\d{1,3}(,\d{3})+$/.test(integer)) || fractions.some((f) => f.includes(','))) {
    return { ok: false, reason: 'Use . for decimals; commas only between thousands' };
  }
  const cleaned = trimmed.replace(/[,_\s]/g, '');
  const match = /^(\d*)(?:\.(\d*))?$/.exec(cleaned);
  if (!match || (match[1] === '' && (match[2] ?? '') === '')) {
    return { ok: false, reason: 'Not a number' };
  }
  const [, whole, fraction = ''] = match;
  if (fraction.length > decimals) {
    return { ok: false, reason: `At most ${decimals} decimals` };
  }
  const unit = 10n ** BigInt(decimals);
  const value = BigInt(whole || '0') * unit + BigInt(fraction.padEnd(decimals, '0') || '0');
  return { ok: true, value };
}

/** `amount` raised (`up`) or lowered by `basisPoints` / 10,000, rounding toward the bound. */
export function applySlippage(amount: bigint, basisPoints: number, up: boolean): bigint {
  const bps = BigInt(Math.round(basisPoints));
  if (up) return (amount * (10_000n + bps) + 9_999n) / 10_000n;
  return (amount * (10_000n - bps)) / 10_000n;
}

/**
 * The price of a whole `base` in `quote` when `basePlanck` costs `quotePlanck`, as a decimal
 * string with `maxFraction` decimals (e.g. VVV per DIEM).
 */
export function formatRatio(
  quotePlanck: bigint,
  quoteDecimals: number,
  basePlanck: bigint,
  baseDecimals: number,
  maxFraction = 4,
): string {
  if (basePlanck === 0n) return '–';
  const perWhole = (quotePlanck * 10n ** BigInt(baseDecimals)) / basePlanck;
  return formatUnits(perWhole, quoteDecimals, maxFraction);
}

/** A fraction (0.25) as a percentage ("25%"). */
export function formatPercent(fraction: number, maxFraction = 2): string {
  return fraction.toLocaleString('en-US', { maximumFractionDigits: maxFraction, style: 'percent' });
}

/** A span of time in the largest two units ("2 d 3 h", "4 min 5 s", "12 s"). */
export function formatDuration(ms: number): string {
  if (ms <= 0) return 'now';
  const s = Math.ceil(ms / 1000);
  const units: [string, number][] = [
    ['d', 86_400],
    ['h', 3_600],
    ['min', 60],
    ['s', 1],
  ];
  const parts: string[] = [];
  let rest = s;
  for (const [name, size] of units) {
    if (rest >= size || (parts.length === 0 && size === 1)) {
      parts.push(`${Math.floor(rest / size)} ${name}`);
      rest %= size;
    }
    if (parts.length === 2) break;
  }
  return parts.join(' ');
}

/** Micro-USD (the credits' unit) as dollars ("$12.50"). */
export function formatUsd(microUsd: bigint): string {
  return `$${formatUnits(microUsd, 6, 2)}`;
}

/** A whole-token float of `planck`, for plots only: precision loss is fine on a chart. */
export function toFloat(planck: bigint, decimals: number): number {
  const unit = 10n ** BigInt(decimals);
  return Number(planck / unit) + Number(planck % unit) / Number(unit);
}
