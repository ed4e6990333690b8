// The chain's status (connection, best and finalized block) and the account picker.

import type { Dashboard } from '../state';

const CONNECTION_TEXT = {
  connecting: 'Connecting',
  connected: 'Connected',
  reconnecting: 'Reconnecting',
} as const;

/** The top bar. */
export function Header({ dash }: { dash: Dashboard }) {
  const { connection, overview, finalized, info, accounts, selected } = dash;
  return (
    <header class="header">
      <div class="brand">
        <h1>DIEM dashboard</h1>
        <span class="chain-name">{info ? info.name : dash.endpoint}</span>
      </div>
      <dl class="status" aria-label="Chain status">
        <div>
          <dt>Node</dt>
          <dd>
            <span class={`dot ${connection}`} aria-hidden="true" />
            <span data-testid="connection" data-state={connection}>
              {CONNECTION_TEXT[connection]}
            </span>
          </dd>
        </div>
        <div>
          <dt>Best</dt>
          <dd data-testid="best-block">{overview ? `#${overview.block.toLocaleString('en-US')}` : '–'}</dd>
        </div>
        <div>
          <dt>Finalized</dt>
          <dd data-testid="finalized-block">{finalized !== null ? `#${finalized.toLocaleString('en-US')}` : '–'}</dd>
        </div>
      </dl>
      <div class="account-picker">
        {accounts.length > 0 && <label for="account">Account</label>}
        {accounts.length === 0 ? (
          <span class="empty" data-testid="no-accounts">
            {info ? 'No account: install a polkadot.js-compatible extension and allow this page' : 'Loading accounts…'}
          </span>
        ) : (
          <select id="account" data-testid="account" value={selected?.address ?? ''} onChange={(e) => dash.select((e.target as HTMLSelectElement).value)}>
            {accounts.map((a) => (
              <option key={a.address} value={a.address}>
                {a.name} ({a.source === 'dev' ? 'dev' : 'extension'}) {a.address.slice(0, 6)}…{a.address.slice(-4)}
              </option>
            ))}
          </select>
        )}
      </div>
      {dash.problem && (
        <p class="problem" role="alert">
          {dash.problem}
        </p>
      )}
    </header>
  );
}
