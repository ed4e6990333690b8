// A proposal's economic forecast, as the explorer computes it (`diem-sim … --proposal <index>`,
// format "diem-forecast/1"): DIEM's price and supply and the VVV locked and burned at a few
// horizons, medians and P10–P90 bands over seeded runs without and with the proposal. The page
// reads the file the operator put at `forecasts/referendum-<index>.json` beside it. No view code
// here: the file's checks with their named refusals, the figures as the card writes them, and
// the fetch (passed in, so the unit tests run it against a stand-in).

import { hexToU8a } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';

/** The one format this page reads. */
export const FORECAST_FORMAT = 'diem-forecast/1';

/** The figures a forecast compares, in the file's order, with their units (whole tokens). */
export const FORECAST_METRICS = [
  { key: 'diem_price', label: 'DIEM price', unit: 'USDC' },
  { key: 'diem_supply', label: 'DIEM supply', unit: 'DIEM' },
  { key: 'vvv_locked', label: 'VVV locked', unit: 'VVV' },
  { key: 'vvv_burned', label: 'VVV burned', unit: 'VVV' },
] as const;

export type MetricKey = (typeof FORECAST_METRICS)[number]['key'];

/** A figure over the runs: its 10th percentile, median and 90th percentile. */
export interface Band {
  p10: number;
  median: number;
  p90: number;
}

/** A figure without and with the proposal; `difference` is with.median − without.median. */
export interface Comparison {
  without: Band;
  with: Band;
  difference: number;
}

/** The figures on one day of the runs. */
export interface Horizon {
  day: number;
  metrics: Record<MetricKey, Comparison>;
}

/** A forecast the page may show. */
export interface Forecast {
  /** The referendum it forecasts; null when the proposal was given as call hex. */
  referendum: number | null;
  /**
   * The proposal's call, SCALE hex: the bytes of the referendum's inline call or of its
   * preimage (blake2-256 of them is the proposal's hash).
   */
  call: string;
  /** The live chain the runs started from (its genesis hash and block), or null. */
  chain: { genesis: string; block: number } | null;
  runs: number;
  days: number;
  firstSeed: number;
  /**
   * The hour of the runs the proposal is applied at: for a referendum, the earliest the chain
   * could enact it (0: at day 0; a file without it was applied at day 0).
   */
  enactHour: number;
  /** In order of day; those beyond `days` are left out, so there may be fewer than three. */
  horizons: Horizon[];
}

/**
 * Why a forecast file is refused: not JSON, another format, another referendum's, another
 * chain's, another proposal's (its call not the referendum's), no horizon to show, a figure
 * that is not a finite number (serde writes NaN and infinities as null), or a field missing or
 * of the wrong kind.
 */
export type ForecastError = 'NotJson' | 'WrongFormat' | 'OtherReferendum' | 'OtherChain' | 'OtherProposal' | 'NoHorizons' | 'NotFinite' | 'Malformed';

/** A refused file: the error's name and the reason in words ("the forecast is for another chain…"). */
export interface ForecastRefusal {
  error: ForecastError;
  reason: string;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const HEX = /^0x(?:[0-9a-fA-F]{2})*$/;

/** A long hex string shortened for a sentence ("0x1234…cdef"). */
export function shortHex(hex: string): string {
  return hex.length > 16 ? `${hex.slice(0, 8)}…${hex.slice(-6)}` : hex;
}

/** Thrown inside the parser, returned as its refusal. */
class Refused extends Error {
  constructor(
    readonly error: ForecastError,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** A finite number at `where`: null or a non-finite number is `NotFinite`, anything else `Malformed`. */
function finite(value: unknown, where: string): number {
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) throw new Refused('NotFinite', `${where} is not a finite number`);
  if (typeof value !== 'number') throw new Refused('Malformed', `${where} is ${value === undefined ? 'missing' : 'not a number'}`);
  return value;
}

/** A whole number at least `min` at `where`. */
function whole(value: unknown, where: string, min: number): number {
  const n = finite(value, where);
  if (!Number.isInteger(n) || n < min) throw new Refused('Malformed', `${where} is not a whole number of at least ${min}`);
  return n;
}

function band(value: unknown, where: string): Band {
  if (!isObject(value)) throw new Refused('Malformed', `${where} is missing`);
  return { p10: finite(value.p10, `${where} p10`), median: finite(value.median, `${where} median`), p90: finite(value.p90, `${where} p90`) };
}

function comparison(value: unknown, where: string): Comparison {
  if (!isObject(value)) throw new Refused('Malformed', `${where} is missing`);
  return { without: band(value.without, `${where} without`), with: band(value.with, `${where} with`), difference: finite(value.difference, `${where} difference`) };
}

function horizons(value: unknown, days: number): Horizon[] {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) {
    throw new Refused('NoHorizons', `the forecast has no horizon to show (its runs are ${days} days)`);
  }
  if (!Array.isArray(value)) throw new Refused('Malformed', 'horizons is not a list');
  let last = 0;
  return value.map((h: unknown, i) => {
    if (!isObject(h)) throw new Refused('Malformed', `horizon ${i + 1} is not an object`);
    const day = whole(h.day, `horizon ${i + 1}'s day`, 1);
    if (day <= last) throw new Refused('Malformed', `horizon ${i + 1}'s day ${day} is not after day ${last}: horizons are in order of day, each once`);
    if (day > days) throw new Refused('Malformed', `day ${day} is beyond the runs' ${days} days`);
    last = day;
    const metrics = Object.fromEntries(FORECAST_METRICS.map(({ key }) => [key, comparison(h[key], `day ${day}'s ${key}`)])) as Record<MetricKey, Comparison>;
    return { day, metrics };
  });
}

/**
 * The forecast in `json` (the parsed file) for referendum `index` of the chain whose genesis
 * hash is `genesisHex`, or why it is refused: another format, another referendum's (or a call's
 * given as hex), a forecast from another chain (a file without a chain is taken), another
 * proposal's, no horizon, a figure that is not finite, or a field missing.
 *
 * `callHash` is the referendum's proposal hash (blake2-256 of its call's bytes, as the chain
 * names a Lookup): when given, a file whose `call` does not hash to it is `OtherProposal`. A
 * `--dev --tmp` chain's genesis is the same each time, so only this tells a stale file from an
 * earlier chain's referendum of the same index. Null or absent (the proposal unread): not checked.
 */
export function parseForecast(json: unknown, index: number, genesisHex: string, callHash?: string | null): Forecast | ForecastRefusal {
  try {
    if (!isObject(json)) throw new Refused('WrongFormat', `the file is not a ${FORECAST_FORMAT} forecast`);
    if (json.format !== FORECAST_FORMAT) {
      throw new Refused('WrongFormat', typeof json.format === 'string' ? `its format is "${json.format}", not "${FORECAST_FORMAT}"` : `the file is not a ${FORECAST_FORMAT} forecast`);
    }
    if (json.referendum === null) throw new Refused('OtherReferendum', `the forecast is for a call given as hex, not referendum #${index}`);
    if (typeof json.referendum !== 'number') throw new Refused('Malformed', 'referendum is missing or not a number');
    if (json.referendum !== index) throw new Refused('OtherReferendum', `the forecast is for referendum #${json.referendum}, not #${index}`);
    let chain: Forecast['chain'] = null;
    if (json.chain !== null && json.chain !== undefined) {
      if (!isObject(json.chain) || typeof json.chain.genesis !== 'string' || !HEX.test(json.chain.genesis)) {
        throw new Refused('Malformed', "chain's genesis is missing or not hex");
      }
      const genesis = json.chain.genesis;
      if (genesis.toLowerCase() !== genesisHex.toLowerCase()) {
        throw new Refused('OtherChain', `the forecast is for another chain (genesis ${shortHex(genesis)}; this chain's is ${shortHex(genesisHex)})`);
      }
      chain = { genesis, block: whole(json.chain.block, "chain's block", 0) };
    }
    if (typeof json.call !== 'string' || !HEX.test(json.call)) throw new Refused('Malformed', 'call is missing or not hex');
    if (typeof callHash === 'string') {
      const fileHash = blake2AsHex(hexToU8a(json.call), 256);
      if (fileHash.toLowerCase() !== callHash.toLowerCase()) {
        throw new Refused('OtherProposal', `the forecast is for another proposal (call ${shortHex(fileHash)}; this referendum's is ${shortHex(callHash)})`);
      }
    }
    const runs = whole(json.runs, 'runs', 1);
    const days = whole(json.days, 'days', 1);
    const firstSeed = whole(json.first_seed, 'first_seed', 0);
    const enactHour = json.enact_hour === undefined ? 0 : whole(json.enact_hour, 'enact_hour', 0);
    return { referendum: index, call: json.call, chain, runs, days, firstSeed, enactHour, horizons: horizons(json.horizons, days) };
  } catch (error) {
    if (error instanceof Refused) return { error: error.error, reason: error.reason };
    throw error;
  }
}

/** Whether `parsed` is a refusal. */
export function isRefusal(parsed: Forecast | ForecastRefusal): parsed is ForecastRefusal {
  return 'error' in parsed;
}

/** Where the page looks for referendum `index`'s forecast, relative to its own address. */
export function forecastPath(index: number): string {
  return `forecasts/referendum-${index}.json`;
}

/** The command that computes referendum `index`'s forecast from the node at `endpoint`. */
export function forecastCommand(endpoint: string, index: number): string {
  return `diem-sim <scenario.toml> --from ${endpoint} --proposal ${index}`;
}

/** What the page found for a referendum: no file, a file refused (and why), or a forecast. */
export type ForecastLoad = { kind: 'none' } | ({ kind: 'refused' } & ForecastRefusal) | { kind: 'shown'; forecast: Forecast };

/**
 * Referendum `index`'s forecast beside the page at `pageUrl`, checked against the chain of
 * `genesisHex` and, when known, the referendum's proposal hash `callHash`. No answer, an HTTP
 * error (404 when there is no file) or an HTML page (a server that answers every path with the
 * page) is no forecast; a file that does not parse or check is refused by name.
 */
export async function loadForecast(
  pageUrl: string,
  index: number,
  genesisHex: string,
  callHash: string | null = null,
  fetcher: typeof fetch = fetch,
): Promise<ForecastLoad> {
  let response: Response;
  try {
    // Asking for JSON keeps vite's page fallback out: a missing file is a 404. `no-cache`: a
    // file copied since is read (revalidated), not a cached answer.
    response = await fetcher(new URL(forecastPath(index), pageUrl).href, { headers: { Accept: 'application/json' }, cache: 'no-cache' });
  } catch {
    return { kind: 'none' };
  }
  if (!response.ok || (response.headers.get('content-type') ?? '').includes('text/html')) return { kind: 'none' };
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch {
    return { kind: 'refused', error: 'NotJson', reason: 'the file is not JSON' };
  }
  const parsed = parseForecast(json, index, genesisHex, callHash);
  return isRefusal(parsed) ? { kind: 'refused', ...parsed } : { kind: 'shown', forecast: parsed };
}

const grouped = (value: number, fraction: number) => value.toLocaleString('en-US', { maximumFractionDigits: fraction });

/**
 * A forecast figure (whole tokens, a float) as the card writes it: millions and billions with
 * two decimals ("12.35M"), thousands grouped without decimals ("76,543"), from one up with at
 * most two decimals ("312.5"), below one with three significant digits ("0.0123").
 */
export function formatFigure(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${grouped(value / 1e9, 2)}B`;
  if (abs >= 1e6) return `${grouped(value / 1e6, 2)}M`;
  if (abs >= 1_000) return grouped(value, 0);
  if (abs >= 1 || abs === 0) return grouped(value, 2);
  return value.toLocaleString('en-US', { maximumSignificantDigits: 3 });
}

/** A difference with its sign ("+1.5", "-14.4", "0"). */
export function formatDifference(value: number): string {
  return value === 0 ? '0' : `${value > 0 ? '+' : '-'}${formatFigure(Math.abs(value))}`;
}

/** The difference as a share of the figure without the proposal ("+4.6%"), none when that is 0. */
export function formatChange(difference: number, without: number): string | null {
  if (without === 0) return null;
  const share = difference / Math.abs(without);
  const shown = Math.abs(share).toLocaleString('en-US', { maximumFractionDigits: 1, style: 'percent' });
  if (shown === '0%') return '0%';
  return `${share > 0 ? '+' : '-'}${shown}`;
}

/** When the proposal is applied in the runs, as the card writes it ("at day 0", "after 25 hours (day 1.0)"). */
export function formatEnactment(hour: number): string {
  if (hour === 0) return 'at day 0';
  const days = (hour / 24).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return `after ${hour.toLocaleString('en-US')} hour${hour === 1 ? '' : 's'} (day ${days})`;
}

/** A band as the card writes it ("300–325"). */
export function formatBand(band: Band): string {
  return `${formatFigure(band.p10)}–${formatFigure(band.p90)}`;
}
