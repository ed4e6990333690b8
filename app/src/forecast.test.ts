import { TypeRegistry } from '@polkadot/types';
import type { FrameSupportPreimagesBounded } from '@polkadot/types/lookup';
import type { RegistryTypes } from '@polkadot/types/types';
import { hexToU8a } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';
import { describe, expect, it, vi } from 'vitest';
import { callHashOf } from './chain';
import lookup from './interfaces/lookup';
import {
  forecastCommand,
  forecastPath,
  formatBand,
  formatChange,
  formatDifference,
  formatEnactment,
  formatFigure,
  isRefusal,
  loadForecast,
  parseForecast,
  type Forecast,
  type ForecastRefusal,
} from './forecast';

const GENESIS = '0x' + 'ab'.repeat(32);
const OTHER = '0x' + '11'.repeat(32);
/** The proposal's call in the file (diem.set_target_supply), and its hash as the chain names it. */
const CALL = '0x14020000a0dec5adc9353600000000000000';
const CALL_HASH = blake2AsHex(hexToU8a(CALL), 256);
/** A call too long to be inline: a preimage, named by a Lookup. */
const LONG_CALL = '0x0000' + '2a'.repeat(200);

/** A referendum's proposal as the chain's metadata types it (Inline bytes, or a Lookup of a preimage). */
const registry = new TypeRegistry();
// The generated definition's enum of structs is wider than `RegistryTypes` spells.
registry.register({ FrameSupportPreimagesBounded: lookup.FrameSupportPreimagesBounded } as unknown as RegistryTypes);
const bounded = (value: unknown) => registry.createType('FrameSupportPreimagesBounded', value) as unknown as FrameSupportPreimagesBounded;
const inline = (call: string) => bounded({ Inline: call });
const lookupOf = (call: string) => bounded({ Lookup: { hash_: blake2AsHex(hexToU8a(call), 256), len: hexToU8a(call).length } });

const comparison = (without: number, withIt: number) => ({
  without: { p10: without * 0.9, median: without, p90: without * 1.1 },
  with: { p10: withIt * 0.9, median: withIt, p90: withIt * 1.1 },
  difference: withIt - without,
});
const horizon = (day: number) => ({
  day,
  diem_price: comparison(300 + day, 290 + day),
  diem_supply: comparison(76_000, 78_000),
  vvv_locked: comparison(12_000_000, 12_500_000),
  vvv_burned: comparison(40_000 + day, 40_000 + day),
});
/** A file as the explorer writes it, for referendum 3 of GENESIS. */
const file = (): Record<string, unknown> => ({
  format: 'diem-forecast/1',
  referendum: 3,
  call: CALL,
  chain: { genesis: GENESIS, block: 1234 },
  runs: 8,
  days: 365,
  first_seed: 1,
  enact_hour: 25,
  horizons: [horizon(30), horizon(90), horizon(365)],
});
const refusal = (json: unknown, index = 3, genesis = GENESIS, callHash?: string | null): ForecastRefusal => {
  const parsed = parseForecast(json, index, genesis, callHash);
  expect(isRefusal(parsed), JSON.stringify(parsed)).toBe(true);
  return parsed as ForecastRefusal;
};
const parsed = (json: unknown, index = 3, genesis = GENESIS, callHash?: string | null): Forecast => {
  const result = parseForecast(json, index, genesis, callHash);
  expect(isRefusal(result), JSON.stringify(result)).toBe(false);
  return result as Forecast;
};

describe('parseForecast', () => {
  it('reads a valid file: every horizon with its four figures, without and with', () => {
    const forecast = parsed(file());
    expect(forecast).toMatchObject({ referendum: 3, chain: { genesis: GENESIS, block: 1234 }, runs: 8, days: 365, firstSeed: 1 });
    expect(forecast.horizons.map((h) => h.day)).toEqual([30, 90, 365]);
    expect(forecast.horizons[0].metrics.diem_price).toEqual({
      without: { p10: 330 * 0.9, median: 330, p90: 330 * 1.1 },
      with: { p10: 320 * 0.9, median: 320, p90: 320 * 1.1 },
      difference: -10,
    });
    expect(forecast.horizons[2].metrics.vvv_locked.difference).toBe(500_000);
  });

  it('takes the genesis in either case, and a file without a chain', () => {
    expect(parsed({ ...file(), chain: { genesis: GENESIS.toUpperCase().replace('0X', '0x'), block: 0 } }).chain?.block).toBe(0);
    expect(parsed({ ...file(), chain: null }).chain).toBeNull();
  });

  it('reads the hour the proposal is applied at; a file without it applied it at day 0', () => {
    expect(parsed(file()).enactHour).toBe(25);
    const before = file();
    delete before.enact_hour;
    expect(parsed(before).enactHour).toBe(0);
    for (const bad of [-1, 1.5, '25']) {
      expect(refusal({ ...file(), enact_hour: bad }).error, String(bad)).toBe('Malformed');
    }
  });

  it('takes fewer horizons when the runs are shorter than a year', () => {
    const forecast = parsed({ ...file(), days: 120, horizons: [horizon(30), horizon(90)] });
    expect(forecast.horizons.map((h) => h.day)).toEqual([30, 90]);
  });

  it('refuses another format by name', () => {
    expect(refusal({ ...file(), format: 'diem-forecast/2' })).toEqual({ error: 'WrongFormat', reason: 'its format is "diem-forecast/2", not "diem-forecast/1"' });
    expect(refusal({ ...file(), format: undefined }).error).toBe('WrongFormat');
    expect(refusal([1, 2]).error).toBe('WrongFormat');
    expect(refusal('diem-forecast/1').error).toBe('WrongFormat');
    expect(refusal(null).error).toBe('WrongFormat');
  });

  it("refuses another referendum's forecast, and a call's given as hex", () => {
    expect(refusal(file(), 4)).toEqual({ error: 'OtherReferendum', reason: 'the forecast is for referendum #3, not #4' });
    expect(refusal({ ...file(), referendum: null })).toEqual({ error: 'OtherReferendum', reason: 'the forecast is for a call given as hex, not referendum #3' });
    expect(refusal({ ...file(), referendum: '3' }).error).toBe('Malformed');
  });

  it("refuses another chain's forecast", () => {
    const refused = refusal(file(), 3, OTHER);
    expect(refused.error).toBe('OtherChain');
    expect(refused.reason).toMatch(/^the forecast is for another chain \(genesis 0xababab…ababab; this chain's is 0x111111…111111\)$/);
    expect(refusal({ ...file(), chain: { block: 3 } }).error).toBe('Malformed');
    expect(refusal({ ...file(), chain: { genesis: 'abc', block: 3 } }).error).toBe('Malformed');
  });

  it("takes the referendum's own proposal: an inline call's hash, a Lookup's hash", () => {
    // Inline: blake2-256 of the call's bytes, without the BoundedVec's length prefix.
    const inlineHash = callHashOf(inline(CALL));
    expect(inlineHash).toBe(CALL_HASH);
    expect(parsed(file(), 3, GENESIS, inlineHash).call).toBe(CALL);
    expect(parsed(file(), 3, GENESIS, CALL_HASH.toUpperCase().replace('0X', '0x')).call).toBe(CALL);
    // Lookup: the preimage's hash as the chain names it; the same path (hash equality).
    const lookupHash = callHashOf(lookupOf(LONG_CALL));
    expect(lookupHash).toBe(blake2AsHex(hexToU8a(LONG_CALL), 256));
    expect(parsed({ ...file(), call: LONG_CALL }, 3, GENESIS, lookupHash).call).toBe(LONG_CALL);
    // The proposal unread (null) or not given: not checked.
    expect(parsed(file(), 3, GENESIS, null).call).toBe(CALL);
    expect(parsed({ ...file(), call: LONG_CALL }).call).toBe(LONG_CALL);
    expect(callHashOf(bounded({ Legacy: { hash_: OTHER } }))).toBe(OTHER);
  });

  it("refuses another proposal's forecast: the file's call is not the referendum's", () => {
    const inlineRefused = refusal({ ...file(), call: LONG_CALL }, 3, GENESIS, callHashOf(inline(CALL)));
    const longHash = blake2AsHex(hexToU8a(LONG_CALL), 256);
    expect(inlineRefused).toEqual({
      error: 'OtherProposal',
      reason: `the forecast is for another proposal (call ${longHash.slice(0, 8)}…${longHash.slice(-6)}; this referendum's is ${CALL_HASH.slice(0, 8)}…${CALL_HASH.slice(-6)})`,
    });
    expect(inlineRefused.reason).toMatch(/^the forecast is for another proposal \(call 0x[0-9a-f]{6}…[0-9a-f]{6}; this referendum's is 0x[0-9a-f]{6}…[0-9a-f]{6}\)$/);
    const lookupRefused = refusal(file(), 3, GENESIS, callHashOf(lookupOf(LONG_CALL)));
    expect(lookupRefused.error).toBe('OtherProposal');
    expect(lookupRefused.reason).toBe(`the forecast is for another proposal (call ${CALL_HASH.slice(0, 8)}…${CALL_HASH.slice(-6)}; this referendum's is ${longHash.slice(0, 8)}…${longHash.slice(-6)})`);
    // The same bytes with their length prefix are another call.
    expect(refusal({ ...file(), call: '0x48' + CALL.slice(2) }, 3, GENESIS, CALL_HASH).error).toBe('OtherProposal');
    // Another referendum's or chain's is refused as such first; a call that is not hex is malformed.
    expect(refusal(file(), 4, GENESIS, OTHER).error).toBe('OtherReferendum');
    expect(refusal(file(), 3, OTHER, OTHER).error).toBe('OtherChain');
    expect(refusal({ ...file(), call: '0x123' }, 3, GENESIS, CALL_HASH).error).toBe('Malformed');
  });

  it('refuses a file without horizons', () => {
    expect(refusal({ ...file(), horizons: [] })).toEqual({ error: 'NoHorizons', reason: 'the forecast has no horizon to show (its runs are 365 days)' });
    const { horizons: _, ...without } = file();
    expect(refusal(without).error).toBe('NoHorizons');
    expect(refusal({ ...file(), horizons: null }).error).toBe('NoHorizons');
    expect(refusal({ ...file(), horizons: { day: 30 } }).error).toBe('Malformed');
  });

  it('refuses a figure that is not a finite number (serde writes NaN as null; 1e999 reads as Infinity)', () => {
    const nan = file();
    (nan.horizons as ReturnType<typeof horizon>[])[1].vvv_burned.with.median = null as unknown as number;
    expect(refusal(nan)).toEqual({ error: 'NotFinite', reason: "day 90's vvv_burned with median is not a finite number" });
    const infinite = JSON.parse(JSON.stringify(file()).replace('"difference":-10', '"difference":1e999'));
    expect(refusal(infinite)).toEqual({ error: 'NotFinite', reason: "day 30's diem_price difference is not a finite number" });
    expect(refusal({ ...file(), runs: null }).error).toBe('NotFinite');
  });

  it('refuses a horizon missing a figure, out of order or beyond the runs, and a missing call', () => {
    const missing = file();
    delete (missing.horizons as Record<string, unknown>[])[2].vvv_locked;
    expect(refusal(missing)).toEqual({ error: 'Malformed', reason: "day 365's vvv_locked is missing" });
    expect(refusal({ ...file(), horizons: [horizon(90), horizon(30)] }).error).toBe('Malformed');
    expect(refusal({ ...file(), horizons: [horizon(30), horizon(30)] }).error).toBe('Malformed');
    expect(refusal({ ...file(), days: 60 }).reason).toBe("day 90 is beyond the runs' 60 days");
    expect(refusal({ ...file(), call: undefined }).reason).toBe('call is missing or not hex');
    expect(refusal({ ...file(), call: '0x123' }).error).toBe('Malformed');
    expect(refusal({ ...file(), runs: 0 }).error).toBe('Malformed');
    expect(refusal({ ...file(), days: '365' }).error).toBe('Malformed');
    const textFigure = file();
    (textFigure.horizons as Record<string, Record<string, unknown>>[])[0].diem_supply.difference = '2000';
    expect(refusal(textFigure)).toEqual({ error: 'Malformed', reason: "day 30's diem_supply difference is not a number" });
  });
});

describe('where the forecast is and how it is made', () => {
  it('is beside the page, and made by the explorer from the page’s node', () => {
    expect(forecastPath(7)).toBe('forecasts/referendum-7.json');
    expect(forecastCommand('ws://127.0.0.1:9944', 7)).toBe('diem-sim <scenario.toml> --from ws://127.0.0.1:9944 --proposal 7');
  });
});

describe('loadForecast', () => {
  /** A stand-in server: one file by path, recording what was asked. */
  const server = (files: Record<string, [number, string, string?]>) => {
    const asked: { url: string; accept: string | null }[] = [];
    const fetcher = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
      const url = String(input);
      asked.push({ url, accept: new Headers(init?.headers).get('accept') });
      const answer = files[new URL(url).pathname];
      if (!answer) return new Response('not found', { status: 404 });
      const [status, body, type = 'application/json'] = answer;
      return new Response(body, { status, headers: { 'content-type': type } });
    });
    return { fetcher: fetcher as unknown as typeof fetch, asked };
  };

  it('fetches forecasts/referendum-<index>.json relative to the page, asking for JSON', async () => {
    const { fetcher, asked } = server({ '/app/forecasts/referendum-3.json': [200, JSON.stringify(file())] });
    const load = await loadForecast('http://host:5173/app/?rpc=ws%3A%2F%2Fx', 3, GENESIS, CALL_HASH, fetcher);
    expect(asked).toEqual([{ url: 'http://host:5173/app/forecasts/referendum-3.json', accept: 'application/json' }]);
    expect(load.kind).toBe('shown');
    expect(load.kind === 'shown' && load.forecast.horizons.length).toBe(3);
  });

  it('no file, an HTTP error, an HTML page or no answer: no forecast', async () => {
    const { fetcher } = server({ '/forecasts/referendum-5.json': [500, 'oops'], '/forecasts/referendum-6.json': [200, '<!doctype html>', 'text/html'] });
    expect(await loadForecast('http://host/', 4, GENESIS, null, fetcher)).toEqual({ kind: 'none' });
    expect(await loadForecast('http://host/', 5, GENESIS, null, fetcher)).toEqual({ kind: 'none' });
    expect(await loadForecast('http://host/', 6, GENESIS, null, fetcher)).toEqual({ kind: 'none' });
    const down = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await loadForecast('http://host/', 3, GENESIS, null, down)).toEqual({ kind: 'none' });
  });

  it('a file that is not JSON, or that does not check, is refused by name', async () => {
    const { fetcher } = server({ '/forecasts/referendum-3.json': [200, '{"format": "diem-forecast/1",'], '/forecasts/referendum-4.json': [200, JSON.stringify({ ...file(), referendum: 4 })] });
    expect(await loadForecast('http://host/', 3, GENESIS, null, fetcher)).toEqual({ kind: 'refused', error: 'NotJson', reason: 'the file is not JSON' });
    expect(await loadForecast('http://host/', 4, OTHER, null, fetcher)).toMatchObject({ kind: 'refused', error: 'OtherChain' });
  });

  it("a file for another proposal is refused by name; the referendum's own is shown", async () => {
    const { fetcher } = server({ '/forecasts/referendum-3.json': [200, JSON.stringify(file())] });
    expect(await loadForecast('http://host/', 3, GENESIS, blake2AsHex(hexToU8a(LONG_CALL), 256), fetcher)).toMatchObject({ kind: 'refused', error: 'OtherProposal' });
    expect(await loadForecast('http://host/', 3, GENESIS, CALL_HASH, fetcher)).toMatchObject({ kind: 'shown', forecast: { call: CALL } });
  });
});

describe('the figures as the card writes them', () => {
  it('scales by magnitude', () => {
    expect(formatFigure(312.5)).toBe('312.5');
    expect(formatFigure(1.23456)).toBe('1.23');
    expect(formatFigure(0.012345)).toBe('0.0123');
    expect(formatFigure(0)).toBe('0');
    expect(formatFigure(76_543.4)).toBe('76,543');
    expect(formatFigure(12_345_678)).toBe('12.35M');
    expect(formatFigure(-2_500_000_000)).toBe('-2.5B');
  });
  it('signs differences and shares, and writes bands', () => {
    expect(formatDifference(-14.4)).toBe('-14.4');
    expect(formatDifference(500_000)).toBe('+500,000');
    expect(formatDifference(0)).toBe('0');
    expect(formatChange(-10, 330)).toBe('-3%');
    expect(formatChange(15, 300)).toBe('+5%');
    expect(formatChange(0.0001, 300)).toBe('0%');
    expect(formatChange(1, 0)).toBeNull();
    expect(formatBand({ p10: 297, median: 330, p90: 363.123 })).toBe('297–363.12');
  });
  it('says when the proposal is applied', () => {
    expect(formatEnactment(0)).toBe('at day 0');
    expect(formatEnactment(1)).toBe('after 1 hour (day 0.0)');
    expect(formatEnactment(25)).toBe('after 25 hours (day 1.0)');
    expect(formatEnactment(1_200)).toBe('after 1,200 hours (day 50.0)');
  });
});
