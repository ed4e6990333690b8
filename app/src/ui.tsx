// Small building blocks the views share: amounts, amount inputs, a transaction's status.

import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Account } from './accounts';
import { formatUnits, parseUnits, type Parsed, type Token } from './format';
import { send, type TxState } from './tx';

/**
 * An amount in whole tokens. The exact planck is in `data-planck` (for tests and scripts) and
 * in the tooltip, for whoever asks.
 */
export function Amount({ planck, token, testId, fraction = 4 }: { planck: bigint; token: Token; testId?: string; fraction?: number }) {
  return (
    <span class="amount" data-testid={testId} data-planck={planck.toString()} title={`${planck} planck`}>
      {formatUnits(planck, token.decimals, fraction)} <span class="symbol">{token.symbol}</span>
    </span>
  );
}

/** A label and its value, in a figures list. */
export function Figure({ label, children, testId }: { label: string; children: ComponentChildren; testId?: string }) {
  return (
    <div class="figure" data-testid={testId}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Shown while the first figures load. */
export function Loading({ what }: { what: string }) {
  return (
    <p class="loading" role="status">
      Loading {what}…
    </p>
  );
}

/** A card's body before it can show an account: loading, or no account to show. */
export function Waiting({ dash, what }: { dash: { info: unknown; overview: unknown; selected: unknown }; what: string }) {
  if (dash.info && dash.overview && !dash.selected) {
    return (
      <p class="empty" data-testid="no-account">
        No account to show: allow this page in a polkadot.js-compatible extension (dev chains offer the dev accounts).
      </p>
    );
  }
  return <Loading what={what} />;
}

/** A typed amount of `token`: the text, what it parses to, and its setter. */
export function useAmount(token: Token | null) {
  const [text, setText] = useState('');
  const parsed: Parsed | null = token && text.trim() !== '' ? parseUnits(text, token.decimals) : null;
  return { text, setText, parsed, value: parsed?.ok ? parsed.value : null };
}

/** A labelled amount input with an optional "Max" and the reason a typed amount is refused. */
export function AmountInput({
  id,
  label,
  token,
  amount,
  max,
  hint,
}: {
  id: string;
  label: string;
  token: Token;
  amount: ReturnType<typeof useAmount>;
  max?: bigint;
  hint?: ComponentChildren;
}) {
  const invalid = amount.parsed && !amount.parsed.ok ? amount.parsed.reason : null;
  return (
    <div class="field">
      <label for={id}>
        {label} <span class="unit">({token.symbol})</span>
      </label>
      <div class="input-row">
        <input
          id={id}
          data-testid={id}
          inputMode="decimal"
          autoComplete="off"
          placeholder="0.0"
          value={amount.text}
          aria-invalid={invalid ? 'true' : 'false'}
          aria-describedby={`${id}-hint`}
          onInput={(e) => amount.setText((e.target as HTMLInputElement).value)}
        />
        {max !== undefined && (
          <button type="button" class="secondary" aria-label={`Max: ${label}`} onClick={() => amount.setText(formatUnits(max, token.decimals, token.decimals).replace(/,/g, ''))}>
            Max
          </button>
        )}
      </div>
      <div id={`${id}-hint`} class={invalid ? 'hint invalid' : 'hint'}>
        {invalid ?? hint}
      </div>
    </div>
  );
}

/**
 * A choice between a card's modes (stake or unstake, mint by DIEM or by VVV) as a radio group;
 * each option's test id is `<name>-<mode>`.
 */
export function Modes<M extends string>({
  name,
  legend,
  modes,
  mode,
  onChange,
}: {
  name: string;
  legend: string;
  modes: readonly (readonly [M, string])[];
  mode: M;
  onChange: (mode: M) => void;
}) {
  return (
    <fieldset class="modes">
      <legend>{legend}</legend>
      {modes.map(([value, label]) => (
        <label key={value}>
          <input
            type="radio"
            name={name}
            data-testid={`${name}-${value}`}
            value={value}
            checked={mode === value}
            onChange={() => onChange(value)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/** A card's transaction: its state and how to send one. */
export function useTx(api: ApiPromise | null, account: Account | null) {
  const [state, setState] = useState<TxState | null>(null);
  // Counts the card's transactions, so a script can tell a new outcome from the last one.
  const [count, setCount] = useState(0);
  const busy = state?.phase === 'signing' || state?.phase === 'pending';
  const run = (tx: SubmittableExtrinsic<'promise'>, label: string) => {
    if (!api || !account || busy) return Promise.resolve(null);
    setCount((n) => n + 1);
    return send(api, account, tx, label, setState);
  };
  return { state, count, busy, run };
}

/** Where a card's last transaction is, and its error by name and meaning if it failed. */
export function TxStatus({ tx, testId }: { tx: { state: TxState | null; count: number }; testId: string }) {
  const { state, count } = tx;
  if (!state) return <div class="tx-status" data-testid={testId} data-count={count} aria-live="polite" />;
  const text = {
    signing: `${state.label}: signing…`,
    pending: `${state.label}: waiting for a block…`,
    done: `${state.label}: done`,
    failed: `${state.label} failed`,
  }[state.phase];
  return (
    <div
      class={`tx-status ${state.phase}`}
      data-testid={testId}
      data-count={count}
      data-phase={state.phase}
      data-block={state.phase === 'done' ? state.block : undefined}
      aria-live="polite"
      role="status"
    >
      <span>{text}</span>
      {state.phase === 'failed' && (
        <span class="error" data-testid={`${testId}-error`} data-error={state.failure.name}>
          <strong>{state.failure.name}</strong>
          <span class="error-source"> ({state.failure.source})</span>: {state.failure.meaning}
        </span>
      )}
    </div>
  );
}
