// Claim VVV from Base (docs/claims.md): a VVV holder on Base connects the Ethereum wallet that
// holds the address (MetaMask, or any EIP-1193 wallet), sees the address's claim and how it
// vests, and signs the chain's claim message for the selected account. The page submits the
// claim unsigned, so an account without VVV to pay a fee can claim; a refusal is named by the
// claims pallet's error.

import { u8aToString } from '@polkadot/util';
import { useEffect, useState } from 'preact/hooks';
import { claimsMetadata, hasClaims, readClaim, readClaimMessage } from '../chain';
import {
  blockLabel,
  describeClaimRefusal,
  describeVesting,
  describeWalletError,
  firstAccount,
  personalSign,
  vestingSchedule,
  walletAccount,
  type ClaimState,
  type Eip1193Provider,
  type VestingTerms,
} from '../claims';
import type { Failure } from '../errors';
import { formatToken, type Token } from '../format';
import type { Dashboard } from '../state';
import { sendUnsigned, type TxState } from '../tx';
import { Amount, Figure, Loading, TxStatus, Waiting } from '../ui';

/** The wallet the page was given, if any: MetaMask and other EIP-1193 wallets inject `window.ethereum`. */
const injectedWallet = (): Eip1193Provider | null => (window as { ethereum?: Eip1193Provider }).ethereum ?? null;

/** A claim the card paid, for the success note. */
interface Paid {
  signer: string;
  destName: string;
  dest: string;
  amount: bigint;
  vesting: VestingTerms | null;
  block: string;
}

/** The claim card. */
export function ClaimCard({ dash }: { dash: Dashboard }) {
  const { api, info, overview, selected, accounts } = dash;
  const wallet = injectedWallet();
  // The wallet's account (EIP-55), once the page may use it.
  const [address, setAddress] = useState<string | null>(null);
  const [walletProblem, setWalletProblem] = useState<Failure | null>(null);
  const [claim, setClaim] = useState<{ address: string; state: ClaimState } | null>(null);
  const [message, setMessage] = useState<{ dest: string; text: string } | null>(null);
  const [state, setState] = useState<TxState | null>(null);
  // Counts the card's claims, so a script can tell a new outcome from the last one.
  const [count, setCount] = useState(0);
  const [paid, setPaid] = useState<Paid | null>(null);
  const hash = overview?.hash;
  const claimable = api !== null && hasClaims(api);
  const dest = selected?.address ?? null;

  // The account the wallet already allows the page (no prompt), and the wallet's switches.
  useEffect(() => {
    if (!wallet) return;
    let stale = false;
    walletAccount(wallet, false)
      .then((account) => !stale && setAddress(account))
      .catch(() => undefined);
    const onAccounts = (answer: unknown) => {
      try {
        setAddress(firstAccount(answer));
      } catch {
        setAddress(null);
      }
    };
    wallet.on?.('accountsChanged', onAccounts);
    return () => {
      stale = true;
      wallet.removeListener?.('accountsChanged', onAccounts);
    };
  }, [wallet]);

  // Another address: another claim.
  useEffect(() => {
    setPaid(null);
    setWalletProblem(null);
  }, [address]);

  // The address's claim, at every block the page shows: claimed elsewhere, it says so.
  useEffect(() => {
    if (!api || !claimable || !address || !hash) return;
    let stale = false;
    readClaim(api, address, hash)
      .then((s) => !stale && setClaim({ address, state: s }))
      .catch(() => undefined);
    return () => {
      stale = true;
    };
  }, [api, claimable, address, hash]);

  // The message the wallet will be asked to sign, shown before it is.
  useEffect(() => {
    if (!api || !claimable || !dest) return;
    let stale = false;
    readClaimMessage(api, dest)
      .then((bytes) => !stale && setMessage({ dest, text: u8aToString(bytes) }))
      .catch(() => undefined);
    return () => {
      stale = true;
    };
  }, [api, claimable, dest]);

  const title = <h2 id="claim-title">Claim VVV from Base</h2>;
  if (!api || !info || !overview) {
    return (
      <section class="card" aria-labelledby="claim-title">
        {title}
        <Loading what="claims" />
      </section>
    );
  }
  if (!claimable) {
    return (
      <section class="card" aria-labelledby="claim-title">
        {title}
        <p class="empty">This chain has no claims from Base.</p>
      </section>
    );
  }

  const busy = state?.phase === 'signing' || state?.phase === 'pending';
  const shown = claim && claim.address === address ? claim.state : null;

  const connect = async () => {
    if (!wallet) return;
    setWalletProblem(null);
    try {
      setAddress(await walletAccount(wallet, true));
    } catch (error) {
      setWalletProblem(describeWalletError(error));
    }
  };

  const claimTo = async () => {
    if (!wallet || !address || !selected || busy || shown?.kind !== 'unclaimed') return;
    const { amount, vesting } = shown;
    const to = selected;
    const label = `Claim ${formatToken(amount, info.vvv)} to ${to.name}`;
    setCount((n) => n + 1);
    setPaid(null);
    setState({ phase: 'signing', label });
    // The message is read again as the claim is made: the chain's statement may have changed.
    let bytes: Uint8Array;
    try {
      bytes = await readClaimMessage(api, to.address);
      setMessage({ dest: to.address, text: u8aToString(bytes) });
    } catch (error) {
      setState({ phase: 'failed', label, failure: { name: 'NoMessage', source: 'node', meaning: `The chain did not give the claim message: ${String(error)}` } });
      return;
    }
    let signature: string;
    try {
      signature = await personalSign(wallet, bytes, address);
    } catch (error) {
      setState({ phase: 'failed', label, failure: describeWalletError(error) });
      return;
    }
    const metadata = claimsMetadata(api);
    const outcome = await sendUnsigned(api, api.tx.claims.claim(to.address, address.toLowerCase(), signature), label, setState, (error) =>
      describeClaimRefusal(error, metadata),
    );
    if (outcome.phase === 'done') {
      setPaid({ signer: address, destName: to.name, dest: to.address, amount, vesting, block: outcome.block });
    }
  };

  return (
    <section class="card claim" aria-labelledby="claim-title" data-testid="claim-card">
      {title}
      <p class="note">
        VVV held on Base at the snapshot can be claimed here: the Ethereum key that holds it signs a message naming the account to pay and
        this chain. No Base transaction and no fee: an account without {info.vvv.symbol} can claim.
      </p>
      {!wallet ? (
        <p class="empty" data-testid="claim-no-wallet">
          Claiming needs MetaMask (or any EIP-1193 wallet) in this browser, holding the Ethereum address of the claim.
        </p>
      ) : !address ? (
        <>
          <button type="button" data-testid="claim-connect" onClick={connect}>
            Connect wallet
          </button>
          {walletProblem && <WalletProblem failure={walletProblem} />}
        </>
      ) : (
        <>
          <p class="address">
            Ethereum address: <code data-testid="claim-address">{address}</code>
          </p>
          {!shown ? (
            <Loading what="the claim" />
          ) : (
            <ClaimFigures state={shown} token={info.vvv} overview={overview} blockTimeMs={info.blockTimeMs} accounts={accounts} />
          )}
          {shown?.kind === 'unclaimed' && (
            <div class="action">
              <h3>Claim</h3>
              {!selected ? (
                <Waiting dash={dash} what="accounts" />
              ) : (
                <>
                  <p class="note">
                    To <strong>{selected.name}</strong>:{' '}
                    <code data-testid="claim-dest" data-address={selected.address}>
                      {selected.address}
                    </code>{' '}
                    (the account chosen at the top of the page).
                  </p>
                  {message && message.dest === selected.address && (
                    <>
                      <p class="note">Your wallet asks you to sign exactly this:</p>
                      <pre class="claim-message" data-testid="claim-message">
                        {message.text}
                      </pre>
                    </>
                  )}
                  <button type="button" data-testid="claim-submit" disabled={busy} onClick={claimTo}>
                    Sign and claim to {selected.name}
                  </button>
                </>
              )}
            </div>
          )}
        </>
      )}
      {paid && <PaidNote paid={paid} token={info.vvv} overview={overview} blockTimeMs={info.blockTimeMs} />}
      <TxStatus tx={{ state, count }} testId="claim-tx" />
    </section>
  );
}

/** The chain's figures of a claim. */
function ClaimFigures({
  state,
  token,
  overview,
  blockTimeMs,
  accounts,
}: {
  state: ClaimState;
  token: Token;
  overview: { block: number; timestamp: number };
  blockTimeMs: number;
  accounts: Dashboard['accounts'];
}) {
  if (state.kind === 'none') {
    return (
      <p class="empty" data-testid="claim-state" data-state="none">
        This address has no VVV to claim on this chain.
      </p>
    );
  }
  if (state.kind === 'claimed') {
    const name = accounts.find((a) => a.address === state.dest)?.name;
    return (
      <dl class="figures" data-testid="claim-state" data-state="claimed" data-dest={state.dest}>
        <Figure label="Claimed">
          <Amount planck={state.amount} token={token} testId="claim-amount" />
        </Figure>
        <Figure label="To">
          <code>{name ? `${name}: ${state.dest}` : state.dest}</code>
        </Figure>
        <Figure label="In block">
          <span data-testid="claim-at">{blockLabel(state.at)}</span>
        </Figure>
      </dl>
    );
  }
  return (
    <dl class="figures" data-testid="claim-state" data-state="unclaimed">
      <Figure label="To claim">
        <Amount planck={state.amount} token={token} testId="claim-amount" />
      </Figure>
      <Figure label="Vesting">
        {state.vesting ? (
          <Vesting terms={state.vesting} token={token} overview={overview} blockTimeMs={blockTimeMs} testId="claim-vesting" />
        ) : (
          <span data-testid="claim-vesting" data-vesting="none">
            none: all of it is free once claimed
          </span>
        )}
      </Figure>
    </dl>
  );
}

/** A vesting schedule in words, its figures in data attributes for scripts. */
function Vesting({
  terms,
  token,
  overview,
  blockTimeMs,
  testId,
}: {
  terms: VestingTerms;
  token: Token;
  overview: { block: number; timestamp: number };
  blockTimeMs: number;
  testId: string;
}) {
  const schedule = vestingSchedule(terms, overview, blockTimeMs);
  return (
    <span
      data-testid={testId}
      data-locked={schedule.locked.toString()}
      data-per-block={schedule.perBlock.toString()}
      data-start={schedule.start}
      data-end={schedule.end}
    >
      {describeVesting(schedule, token)}
      <span class="sub">
        {' '}
        · still locked at block {blockLabel(overview.block)}: <Amount planck={schedule.lockedNow} token={token} />
      </span>
    </span>
  );
}

/** What a claim the card made paid. */
function PaidNote({ paid, token, overview, blockTimeMs }: { paid: Paid; token: Token; overview: { block: number; timestamp: number }; blockTimeMs: number }) {
  return (
    <div class="claim-paid" data-testid="claim-paid" data-block={paid.block}>
      <p>
        Claimed <Amount planck={paid.amount} token={token} testId="claim-paid-amount" /> of {paid.signer} to <strong>{paid.destName}</strong>.
      </p>
      <p class="note">
        {paid.vesting ? (
          <>
            Vesting: <Vesting terms={paid.vesting} token={token} overview={overview} blockTimeMs={blockTimeMs} testId="claim-paid-vesting" />.
          </>
        ) : (
          'None of it vests: all of it is free now.'
        )}
      </p>
    </div>
  );
}

/** A failed wallet request, by name. */
function WalletProblem({ failure }: { failure: Failure }) {
  return (
    <p class="hint invalid" role="alert" data-testid="claim-wallet-error" data-error={failure.name}>
      <strong>{failure.name}</strong> ({failure.source}): {failure.meaning}
    </p>
  );
}
