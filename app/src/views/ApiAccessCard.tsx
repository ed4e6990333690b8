// API access: API keys of a compute gateway (diem-gateway, docs/gateway.md) for the selected
// account, made, listed and revoked by signing the gateway's one-time challenge with the account
// (no transaction). A new key is shown once, with the lines that point an OpenAI client at the
// gateway; the gateway's refusals are shown by name and message.

import { useEffect, useState } from 'preact/hooks';
import {
  checkGatewayUrl,
  environmentLines,
  formatGatewayUsd,
  gatewayFromUrl,
  GatewayClient,
  GatewayError,
  openAiBaseUrl,
  parseDailyLimit,
  type ApiKeyInfo,
  type NewApiKey,
} from '../gateway';
import type { Dashboard } from '../state';
import { Waiting } from '../ui';

/** Where the card's last request to the gateway is. */
type Op =
  | { phase: 'working'; label: string }
  | { phase: 'done'; label: string }
  | { phase: 'failed'; label: string; error: GatewayError };

const asGatewayError = (error: unknown): GatewayError =>
  error instanceof GatewayError ? error : new GatewayError('failed', error instanceof Error ? error.message : String(error), null);

/** A time the gateway wrote (RFC 3339) as a person reads it. */
const when = (rfc3339: string) => {
  const date = new Date(rfc3339);
  return Number.isNaN(date.getTime()) ? rfc3339 : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
};

/** The API access card. */
export function ApiAccessCard({ dash }: { dash: Dashboard }) {
  const { selected } = dash;
  const [gatewayText, setGatewayText] = useState(() => gatewayFromUrl(window.location.search));
  const [name, setName] = useState('');
  const [limitText, setLimitText] = useState('');
  // The key just made, with the gateway that made it.
  const [newKey, setNewKey] = useState<(NewApiKey & { gateway: string }) | null>(null);
  const [keys, setKeys] = useState<ApiKeyInfo[] | null>(null);
  const [op, setOp] = useState<Op | null>(null);
  const [count, setCount] = useState(0);
  const [copied, setCopied] = useState(false);

  // Another account: another set of keys.
  useEffect(() => {
    setKeys(null);
    setNewKey(null);
    setOp(null);
  }, [selected?.address]);

  if (!selected) {
    return (
      <section class="card" aria-labelledby="api-title">
        <h2 id="api-title">API access</h2>
        <Waiting dash={dash} what="accounts" />
      </section>
    );
  }
  const gateway = checkGatewayUrl(gatewayText);
  const limit = parseDailyLimit(limitText);
  const busy = op?.phase === 'working';
  const client = gateway.ok ? new GatewayClient(gateway.url) : null;

  /** Runs one request to the gateway, reporting it in the card's status line. */
  const request = async (label: string, work: (client: GatewayClient) => Promise<string>) => {
    if (!client || busy) return;
    setCount((n) => n + 1);
    setOp({ phase: 'working', label });
    try {
      setOp({ phase: 'done', label: await work(client) });
    } catch (error) {
      setOp({ phase: 'failed', label, error: asGatewayError(error) });
    }
  };

  const create = (e: Event) => {
    e.preventDefault();
    if (limit && !limit.ok) return;
    request('Get a key', async (c) => {
      const made = await c.createKey(selected, { name, dailyLimitMicroUsd: limit?.ok ? limit.value : null });
      setNewKey({ ...made, gateway: c.base });
      setCopied(false);
      setName('');
      setLimitText('');
      setKeys((listed) => (listed ? [made, ...listed.filter((k) => k.id !== made.id)] : listed));
      return `Key ${made.id} made: copy it now, it is not shown again`;
    });
  };
  const refresh = () =>
    request('List keys', async (c) => {
      const listed = await c.listKeys(selected);
      setKeys(listed);
      return `${listed.length} key${listed.length === 1 ? '' : 's'} of ${selected.name}`;
    });
  const revoke = (key: ApiKeyInfo) =>
    request(`Revoke ${key.id}`, async (c) => {
      await c.revokeKey(selected, key.id);
      setKeys((listed) => listed?.map((k) => (k.id === key.id ? { ...k, revoked: true } : k)) ?? listed);
      return `Key ${key.id} revoked`;
    });
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      // No clipboard (an insecure origin, a refused permission): select the key to copy by hand.
      const code = document.querySelector('[data-testid="new-key-value"]');
      if (code) window.getSelection()?.selectAllChildren(code);
    }
  };

  return (
    <section class="card" aria-labelledby="api-title" data-testid="api-card">
      <h2 id="api-title">API access</h2>
      <p class="note">
        An API key lets OpenAI-compatible tools spend this account's compute credits (the DIEM it stakes) through a gateway. The account
        signs a one-time challenge of the gateway: no transaction, no fee.
      </p>
      <div class="field">
        <label for="gateway-url">Gateway</label>
        <input
          id="gateway-url"
          data-testid="gateway-url"
          type="url"
          autoComplete="url"
          value={gatewayText}
          aria-invalid={gateway.ok ? 'false' : 'true'}
          aria-describedby="gateway-url-hint"
          onInput={(e) => setGatewayText((e.target as HTMLInputElement).value)}
        />
        <div id="gateway-url-hint" class={gateway.ok ? 'hint' : 'hint invalid'}>
          {gateway.ok ? (
            <>
              OpenAI base URL: <code data-testid="gateway-base-url">{openAiBaseUrl(gateway.url)}</code>
            </>
          ) : (
            gateway.reason
          )}
        </div>
      </div>

      <form class="action" onSubmit={create} aria-labelledby="key-new-title">
        <h3 id="key-new-title">Get a key</h3>
        <div class="field">
          <label for="key-name">Name (optional)</label>
          <input id="key-name" data-testid="key-name" maxLength={64} autoComplete="off" value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="key-limit">
            Daily limit <span class="unit">($, optional)</span>
          </label>
          <input
            id="key-limit"
            data-testid="key-limit"
            inputMode="decimal"
            autoComplete="off"
            placeholder="none"
            value={limitText}
            aria-invalid={limit && !limit.ok ? 'true' : 'false'}
            aria-describedby="key-limit-hint"
            onInput={(e) => setLimitText((e.target as HTMLInputElement).value)}
          />
          <div id="key-limit-hint" class={limit && !limit.ok ? 'hint invalid' : 'hint'}>
            {limit && !limit.ok ? limit.reason : 'What this key may spend a day, within the account’s credits.'}
          </div>
        </div>
        <button type="submit" data-testid="key-create" disabled={busy || !gateway.ok || (limit !== null && !limit.ok)}>
          Sign and get a key
        </button>
      </form>

      {newKey && (
        <div class="new-key" data-testid="new-key" data-key-id={newKey.id}>
          <p class="note">
            The new key <strong>{newKey.name || newKey.id}</strong>, shown only now: copy it.
          </p>
          <div class="input-row">
            <code class="secret" data-testid="new-key-value">
              {newKey.key}
            </code>
            <button type="button" class="secondary" data-testid="copy-key" onClick={() => copy(newKey.key)}>
              {copied ? 'Copied' : 'Copy'}
            </button>
          </div>
          <pre class="env" data-testid="env-lines">
            {environmentLines(newKey.gateway, newKey.key).join('\n')}
          </pre>
          <button type="button" class="secondary" onClick={() => setNewKey(null)}>
            Done, hide it
          </button>
        </div>
      )}

      <h3>Your keys</h3>
      <button type="button" class="secondary" data-testid="keys-refresh" disabled={busy || !gateway.ok} onClick={refresh}>
        {keys === null ? 'Sign to list your keys' : 'Refresh'}
      </button>
      {keys !== null &&
        (keys.length === 0 ? (
          <p class="empty" data-testid="no-keys">
            No keys yet.
          </p>
        ) : (
          <ul class="keys" data-testid="keys">
            {keys.map((k) => (
              <li key={k.id} data-testid={`key-${k.id}`} data-used={k.usedTodayUsd} data-revoked={k.revoked ? 'true' : 'false'}>
                <span class="key-name">
                  <strong>{k.name || 'unnamed'}</strong> <code>{k.id}</code>
                </span>
                <span class="sub">
                  used today <span data-testid={`key-used-${k.id}`}>{formatGatewayUsd(k.usedTodayUsd)}</span>
                  {k.dailyLimitUsd !== null && <> of {formatGatewayUsd(k.dailyLimitUsd)} a day</>}
                  {' · '}
                  {k.revoked ? <strong data-testid={`key-revoked-${k.id}`}>revoked</strong> : <>expires {when(k.expiresAt)}</>}
                </span>
                {!k.revoked && (
                  <button type="button" class="secondary" data-testid={`revoke-${k.id}`} aria-label={`Revoke ${k.name || k.id}`} disabled={busy} onClick={() => revoke(k)}>
                    Revoke
                  </button>
                )}
              </li>
            ))}
          </ul>
        ))}

      <div
        class={`tx-status ${op?.phase ?? ''}`}
        data-testid="api-status"
        data-count={count}
        data-phase={op?.phase}
        aria-live="polite"
        role="status"
      >
        {op && (
          <>
            <span>{op.phase === 'working' ? `${op.label}: waiting for the signature and the gateway…` : op.phase === 'done' ? op.label : `${op.label} failed`}</span>
            {op.phase === 'failed' && (
              <span class="error" data-testid="api-error" data-error={op.error.code}>
                <strong>{op.error.code}</strong>
                {op.error.status !== null && <span class="error-source"> (gateway, HTTP {op.error.status})</span>}: {op.error.message}
              </span>
            )}
          </>
        )}
      </div>
    </section>
  );
}
