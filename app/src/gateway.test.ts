import { describe, expect, it, vi } from 'vitest';
import {
  checkGatewayUrl,
  DEFAULT_GATEWAY,
  environmentLines,
  formatGatewayUsd,
  gatewayErrorOf,
  gatewayFromUrl,
  GatewayClient,
  GatewayError,
  microUsdOf,
  openAiBaseUrl,
  parseDailyLimit,
  type Prover,
} from './gateway';

describe('the gateway address', () => {
  it('comes from ?gateway=, else the default', () => {
    expect(gatewayFromUrl('')).toBe(DEFAULT_GATEWAY);
    expect(gatewayFromUrl('?rpc=ws://x:1&gateway=http://10.0.0.2:9000')).toBe('http://10.0.0.2:9000');
    expect(gatewayFromUrl('?gateway=not%20a%20url')).toBe(DEFAULT_GATEWAY);
  });
  it('is a base URL: no trailing slash, no /v1, http or https only', () => {
    expect(checkGatewayUrl(' https://gw.example/ ')).toEqual({ ok: true, url: 'https://gw.example' });
    expect(checkGatewayUrl('http://127.0.0.1:8080/v1/')).toEqual({ ok: true, url: 'http://127.0.0.1:8080' });
    expect(checkGatewayUrl('https://host/api/v1')).toEqual({ ok: true, url: 'https://host/api' });
    expect(checkGatewayUrl('ws://127.0.0.1:9944').ok).toBe(false);
    expect(checkGatewayUrl('127.0.0.1:8080').ok).toBe(false);
    expect(checkGatewayUrl('http://h/?x=1').ok).toBe(false);
    expect(checkGatewayUrl('').ok).toBe(false);
  });
  it('gives the OpenAI base URL and the environment lines', () => {
    expect(openAiBaseUrl('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/v1');
    expect(environmentLines('http://g', 'sk-diem-k_1-2')).toEqual(['OPENAI_BASE_URL=http://g/v1', 'OPENAI_API_KEY=sk-diem-k_1-2']);
  });
});

describe('dollars', () => {
  it('reads a daily limit in dollars as micro-USD, none when empty', () => {
    expect(parseDailyLimit('')).toBeNull();
    expect(parseDailyLimit('5')).toEqual({ ok: true, value: 5_000_000n });
    expect(parseDailyLimit('$2.50')).toEqual({ ok: true, value: 2_500_000n });
    expect(parseDailyLimit('0.000001')).toEqual({ ok: true, value: 1n });
    expect(parseDailyLimit('0')).toMatchObject({ ok: false });
    expect(parseDailyLimit('0.0000001')).toMatchObject({ ok: false, reason: 'At most 6 decimals' });
    expect(parseDailyLimit('abc')).toMatchObject({ ok: false });
  });
  it("shows the gateway's amounts with cents, and smaller units only when there are any", () => {
    expect(formatGatewayUsd('1.000000')).toBe('$1.00');
    expect(formatGatewayUsd('0.000150')).toBe('$0.00015');
    expect(formatGatewayUsd('1234.500000')).toBe('$1,234.50');
    expect(formatGatewayUsd(null)).toBe('none');
    expect(microUsdOf('0.000150')).toBe(150n);
    expect(microUsdOf('2.000000')).toBe(2_000_000n);
  });
});

describe("the gateway's errors", () => {
  it('are named by their code, with their message and status', () => {
    const error = gatewayErrorOf(403, JSON.stringify({ error: { message: 'the account proof does not hold', type: 'permission_error', code: 'invalid_signature' } }));
    expect(error).toBeInstanceOf(GatewayError);
    expect(error).toMatchObject({ code: 'invalid_signature', status: 403, type: 'permission_error', message: 'the account proof does not hold' });
  });
  it('name an answer that is not the gateway’s by its HTTP status', () => {
    expect(gatewayErrorOf(502, '<html>Bad gateway</html>')).toMatchObject({ code: 'http_502', status: 502 });
  });
});

/** A stand-in gateway: answers by path, recording every request body. */
function standIn(answers: Record<string, (body: Record<string, unknown>) => [number, unknown]>) {
  const requests: { path: string; body: Record<string, unknown> }[] = [];
  const fetcher = vi.fn(async (input: string, init?: RequestInit) => {
    const path = new URL(input).pathname;
    const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
    requests.push({ path, body });
    const answer = answers[path];
    if (!answer) return new Response(JSON.stringify({ error: { code: 'not_found', message: 'no such endpoint', type: 'x' } }), { status: 404 });
    const [status, json] = answer(body);
    return new Response(JSON.stringify(json), { status });
  });
  return { fetcher, requests };
}

const ACCOUNT = '5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y';
const prover: Prover = { address: ACCOUNT, signMessage: vi.fn(async (m: string) => `0xsigned(${m})`) };
const challenge = () => [200, { challenge: 'diem-gateway: prove it', expires_at: '2026-01-01T00:05:00Z' }] as [number, unknown];
const rawKey = {
  id: 'k_1',
  name: 'laptop',
  created_at: '2026-01-01T00:00:00Z',
  expires_at: '2026-04-01T00:00:00Z',
  revoked: false,
  daily_limit_usd: '5.000000',
  used_today_usd: '0.000000',
};

describe('the key API', () => {
  it('gets a key by signing a challenge, with a name and a daily limit in micro-USD', async () => {
    const { fetcher, requests } = standIn({
      '/v1/keys/challenge': challenge,
      '/v1/keys': () => [201, { ...rawKey, key: 'sk-diem-k_1-secret', account: ACCOUNT }],
    });
    const client = new GatewayClient('http://gw', fetcher);
    const key = await client.createKey(prover, { name: ' laptop ', dailyLimitMicroUsd: 5_000_000n });
    expect(requests.map((r) => r.path)).toEqual(['/v1/keys/challenge', '/v1/keys']);
    expect(requests[0].body).toEqual({ account: ACCOUNT });
    expect(requests[1].body).toEqual({
      account: ACCOUNT,
      challenge: 'diem-gateway: prove it',
      signature: '0xsigned(diem-gateway: prove it)',
      name: 'laptop',
      daily_limit_micro_usd: 5_000_000,
    });
    expect(key).toMatchObject({ key: 'sk-diem-k_1-secret', id: 'k_1', dailyLimitUsd: '5.000000', usedTodayUsd: '0.000000' });
  });

  it('leaves out what is not given', async () => {
    const { fetcher, requests } = standIn({ '/v1/keys/challenge': challenge, '/v1/keys': () => [201, { ...rawKey, key: 'k', account: ACCOUNT }] });
    await new GatewayClient('http://gw', fetcher).createKey(prover, { name: '  ', dailyLimitMicroUsd: null });
    expect(Object.keys(requests[1].body).sort()).toEqual(['account', 'challenge', 'signature']);
  });

  it('lists and revokes with a fresh challenge each', async () => {
    const { fetcher, requests } = standIn({
      '/v1/keys/challenge': challenge,
      '/v1/keys/list': () => [200, { account: ACCOUNT, keys: [{ ...rawKey, used_today_usd: '0.000150' }] }],
      '/v1/keys/revoke': (body) => [200, { id: body.id, revoked: true }],
    });
    const client = new GatewayClient('http://gw', fetcher);
    const keys = await client.listKeys(prover);
    expect(keys).toEqual([
      { id: 'k_1', name: 'laptop', createdAt: rawKey.created_at, expiresAt: rawKey.expires_at, revoked: false, dailyLimitUsd: '5.000000', usedTodayUsd: '0.000150' },
    ]);
    await client.revokeKey(prover, 'k_1');
    expect(requests.map((r) => r.path)).toEqual(['/v1/keys/challenge', '/v1/keys/list', '/v1/keys/challenge', '/v1/keys/revoke']);
    expect(requests[3].body).toMatchObject({ id: 'k_1', account: ACCOUNT, signature: '0xsigned(diem-gateway: prove it)' });
  });

  it("throws the gateway's named error", async () => {
    const { fetcher } = standIn({
      '/v1/keys/challenge': challenge,
      '/v1/keys': () => [403, { error: { message: 'the account proof does not hold: the signature is not the account’s', type: 'permission_error', code: 'invalid_signature' } }],
    });
    await expect(new GatewayClient('http://gw', fetcher).createKey(prover)).rejects.toMatchObject({ code: 'invalid_signature', status: 403 });
  });

  it('says when no gateway answers, and when the signer declines', async () => {
    const down = new GatewayClient('http://127.0.0.1:1', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(down.listKeys(prover)).rejects.toMatchObject({ code: 'unreachable', status: null });
    const { fetcher } = standIn({ '/v1/keys/challenge': challenge });
    const declining: Prover = { address: ACCOUNT, signMessage: async () => Promise.reject(new Error('Cancelled')) };
    await expect(new GatewayClient('http://gw', fetcher).listKeys(declining)).rejects.toMatchObject({ code: 'not_signed' });
  });
});
