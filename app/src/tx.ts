// Sending a transaction and following it to its block, with the outcome as the page shows it.

import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { ISubmittableResult } from '@polkadot/types/types';
import type { Account } from './accounts';
import { describeDispatchError, describeSubmitError, type Failure } from './errors';

/** Where a transaction is. */
export type TxState =
  | { phase: 'signing'; label: string }
  | { phase: 'pending'; label: string }
  | { phase: 'done'; label: string; block: string }
  | { phase: 'failed'; label: string; failure: Failure };

/**
 * Signs `tx` as `account` and follows it until it is in a block (done or failed with the
 * pallet's error) or refused, reporting each step to `onState`.
 */
export function send(
  api: ApiPromise,
  account: Account,
  tx: SubmittableExtrinsic<'promise'>,
  label: string,
  onState: (state: TxState) => void,
): Promise<TxState> {
  onState({ phase: 'signing', label });
  return follow(api, label, (onStatus) => account.sign(tx, onStatus), onState, describeSubmitError);
}

/**
 * Submits the unsigned `tx` (a claim: valid by what it carries, not by who sends it, and paying
 * no fee) and follows it like `send`; `describeRefusal` names the pool's refusal, whose code only
 * the call's pallet can read.
 */
export function sendUnsigned(
  api: ApiPromise,
  tx: SubmittableExtrinsic<'promise'>,
  label: string,
  onState: (state: TxState) => void,
  describeRefusal: (error: unknown) => Failure,
): Promise<TxState> {
  onState({ phase: 'pending', label });
  return follow(api, label, (onStatus) => tx.send(onStatus), onState, describeRefusal);
}

/**
 * Follows the transaction `submit` puts to the node (with the status callback it is given) until
 * it is in a block or refused, reporting each step to `onState`; `describeRefusal` names an
 * error of the submission (a refusal by the pool, a declined signature).
 */
function follow(
  api: ApiPromise,
  label: string,
  submit: (onStatus: (result: ISubmittableResult) => void) => Promise<() => void>,
  onState: (state: TxState) => void,
  describeRefusal: (error: unknown) => Failure,
): Promise<TxState> {
  return new Promise((resolve) => {
    let unsubscribe: (() => void) | null = null;
    let finished = false;
    // The node does not resume a transaction's watch after a reconnection: say so instead of
    // waiting for ever.
    const lost = () =>
      finish({
        phase: 'failed',
        label,
        failure: {
          name: 'ConnectionLost',
          source: 'node',
          meaning: 'The connection to the node dropped before the transaction was seen in a block: check the figures before sending it again.',
        },
      });
    api.on('disconnected', lost);
    const finish = (state: TxState) => {
      if (finished) return;
      finished = true;
      api.off('disconnected', lost);
      try {
        unsubscribe?.();
      } catch {
        // The subscription went with the connection.
      }
      onState(state);
      resolve(state);
    };
    submit((result: ISubmittableResult) => {
      const { status, dispatchError } = result;
      if (status.isInBlock || status.isFinalized) {
        const block = (status.isInBlock ? status.asInBlock : status.asFinalized).toHex();
        if (dispatchError) finish({ phase: 'failed', label, failure: describeDispatchError(api, dispatchError) });
        else finish({ phase: 'done', label, block });
      } else if (status.isInvalid || status.isDropped || status.isUsurped) {
        finish({
          phase: 'failed',
          label,
          failure: { name: status.type, source: 'transaction pool', meaning: `The transaction was ${status.type.toLowerCase()}.` },
        });
      } else if (!finished) {
        onState({ phase: 'pending', label });
      }
    })
      .then((u) => {
        unsubscribe = u;
        if (finished) u();
      })
      .catch((error: unknown) => finish({ phase: 'failed', label, failure: describeRefusal(error) }));
  });
}
