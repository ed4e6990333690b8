// The compute gateway's key API (docs/gateway.md) as the API access card uses it: an account
// proves itself by signing a one-time challenge, and gets, lists or revokes its API keys. No
// view code here: the requests, their answers and the gateway's named errors, with `fetch` and the
// signer passed in, so the unit tests run them against a stand-in gateway.

import { parseUnits, type Parsed } from './format';

/** The gateway a page talks to when its address names none. */
export const DEFAULT_GATEWAY = 'http://127.0.0.1:8080';

/** The gateway in the page's address (`?gateway=`), else the default. */
export function gatewayFromUrl(search: string): string {
  const given = new URLSearchParams(search).get('gateway');
  const checked = given ? checkGatewayUrl(given) : null;
  return checked?.ok ? checked.url : DEFAULT_GATEWAY;
}

/** A typed gateway address: its base URL (no trailing slash, no `/v1`), or why it is refused. */
export function checkGatewayUrl(text: string): { ok: true; url: string } | { ok: false; reason: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'Enter the gateway’s address, e.g. http://127.0.0.1:8080' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, reason: 'Not an address: start with http:// or https://' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'The gateway is reached over http:// or https://' };
  if (url.search || url.hash) return { ok: false, reason: 'No query or fragment: just the gateway’s address' };
  // The OpenAI base URL is `<gateway>/v1`; someone may paste that instead.
  const path = url.pathname.replace(/\/+$/, '').replace(/\/v1$/, '');
  return { ok: true, url: `${url.origin}${path}` };
}

/** The base URL OpenAI-compatible clients take. */
export function openAiBaseUrl(gateway: string): string {
  return `${gateway}/v1`;
}

/** The environment lines that point an OpenAI client at the gateway with `key`. */
export function environmentLines(gateway: string, key: string): string[] {
  return [`OPENAI_BASE_URL=${openAiBaseUrl(gateway)}`, `OPENAI_API_KEY=${key}`];
}

/** A typed daily limit in dollars ("5", "2.50"): micro-USD, or why it is refused. Empty: none. */
export function parseDailyLimit(text: string): Parsed | null {
  if (text.trim() === '') return null;
  const parsed = parseUnits(text.replace(/^\s*\$/, ''), 6);
  if (parsed.ok && parsed.value === 0n) return { ok: false, reason: 'A limit above $0, or leave it empty for none' };
  return parsed;
}

/** A dollar amount as the gateway writes it ("0.000150") shown to a person ("$0.00015"). */
export function formatGatewayUsd(text: string | null): string {
  if (text === null) return 'none';
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return text;
  const [, whole, fraction = ''] = match;
  // Cents always; smaller units only when there are any (a request may cost micro-dollars).
  const shown = fraction.replace(/0+$/, '').padEnd(2, '0');
  return `$${Number(whole).toLocaleString('en-US')}.${shown}`;
}

/** Dollars as the gateway writes them ("0.000150") in micro-USD. */
export function microUsdOf(text: string): bigint {
  const parsed = parseUnits(text, 6);
  if (!parsed.ok) throw new Error(`not a dollar amount: ${text}`);
  return parsed.value;
}

/** An API key as the gateway lists it (never the key itself, which is shown once). */
export interface ApiKeyInfo {
  id: string;
  name: string;
  createdAt: string;
  expiresAt: string;
  revoked: boolean;
  /** The key's own daily limit in dollars, as the gateway writes it, or none. */
  dailyLimitUsd: string | null;
  /** What the key spent today (the chain's credit day), dollars as the gateway writes them. */
  usedTodayUsd: string;
}

/** A new key: the key itself (shown once) and its record. */
export interface NewApiKey extends ApiKeyInfo {
  key: string;
  account: string;
}

/**
 * A refusal by the gateway, by its name (`invalid_signature`, `credits_exhausted`,
 * `api_key_revoked`…) and message, or `unreachable` when no gateway answered.
 */
export class GatewayError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number | null,
    readonly type: string | null = null,
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}

/** The gateway's error of a failed answer: `{"error": {"message", "type", "code"}}`. */
export function gatewayErrorOf(status: number, body: string): GatewayError {
  try {
    const error = (JSON.parse(body) as { error?: { message?: unknown; type?: unknown; code?: unknown } }).error;
    if (error && typeof error.code === 'string' && typeof error.message === 'string') {
      return new GatewayError(error.code, error.message, status, typeof error.type === 'string' ? error.type : null);
    }
  } catch {
    // Not the gateway's JSON: a proxy's page, say.
  }
  return new GatewayError(`http_${status}`, `the gateway answered HTTP ${status}${body ? `: ${body.slice(0, 200)}` : ''}`, status);
}

/** Whoever proves an account: its address and how it signs a text (hex signature). */
export interface Prover {
  address: string;
  signMessage: (message: string) => Promise<string>;
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

interface RawKey {
  id: string;
  name: string;
  created_at: string;
  expires_at: string;
  revoked: boolean;
  daily_limit_usd: string | null;
  used_today_usd: string;
}

const keyOf = (raw: RawKey): ApiKeyInfo => ({
  id: raw.id,
  name: raw.name,
  createdAt: raw.created_at,
  expiresAt: raw.expires_at,
  revoked: raw.revoked,
  dailyLimitUsd: raw.daily_limit_usd,
  usedTodayUsd: raw.used_today_usd,
});

/** The key API of the gateway at `base` (its address, without `/v1`). */
export class GatewayClient {
  constructor(
    readonly base: string,
    private readonly fetcher: Fetch = (input, init) => fetch(input, init),
  ) {}

  /** POSTs `body` as JSON to `path`: the answer's JSON, or the gateway's named error. */
  private async post<T>(path: string, body: unknown): Promise<T> {
    let response: Response;
    try {
      response = await this.fetcher(`${this.base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new GatewayError('unreachable', `no answer from ${this.base} (${why}): is the gateway running at this address?`, null);
    }
    const text = await response.text();
    if (!response.ok) throw gatewayErrorOf(response.status, text);
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new GatewayError('invalid_answer', `the gateway's answer is not JSON: ${text.slice(0, 200)}`, response.status);
    }
  }

  /** A one-time challenge for `account`, and the account's signature over it. */
  async prove(prover: Prover): Promise<{ account: string; challenge: string; signature: string }> {
    const { challenge } = await this.post<{ challenge: string }>('/v1/keys/challenge', { account: prover.address });
    let signature: string;
    try {
      signature = await prover.signMessage(challenge);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new GatewayError('not_signed', `the challenge was not signed: ${why}`, null);
    }
    return { account: prover.address, challenge, signature };
  }

  /** A new key for the prover's account, with an optional name and daily limit (micro-USD). */
  async createKey(prover: Prover, options: { name?: string; dailyLimitMicroUsd?: bigint | null } = {}): Promise<NewApiKey> {
    const proof = await this.prove(prover);
    const body: Record<string, unknown> = { ...proof };
    if (options.name?.trim()) body.name = options.name.trim();
    // A JSON number: exact up to 2^53 micro-USD ($9 billion), far above any daily limit.
    if (options.dailyLimitMicroUsd) body.daily_limit_micro_usd = Number(options.dailyLimitMicroUsd);
    const raw = await this.post<RawKey & { key: string; account: string }>('/v1/keys', body);
    return { ...keyOf(raw), key: raw.key, account: raw.account };
  }

  /** The prover's account's keys, with what each spent today. */
  async listKeys(prover: Prover): Promise<ApiKeyInfo[]> {
    const proof = await this.prove(prover);
    const { keys } = await this.post<{ keys: RawKey[] }>('/v1/keys/list', proof);
    return keys.map(keyOf);
  }

  /** Revokes the prover's account's key `id`. */
  async revokeKey(prover: Prover, id: string): Promise<void> {
    const proof = await this.prove(prover);
    await this.post<{ revoked: boolean }>('/v1/keys/revoke', { id, ...proof });
  }
}
