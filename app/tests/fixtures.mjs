// Chain state a browser test needs long before it runs, set up by run.mjs as soon as the node is
// up. The API access test (keys.test.mjs) pays for a chat completion with Charlie's compute
// credits: DIEM staked for credits counts only from the next credit day (a minute on the dev
// chain), so Charlie buys and stakes it at the start of the run, and the minute passes while the
// tests before that one run instead of being waited for.

import { Keyring } from '@polkadot/keyring';
import { submit, UNIT } from './browser.mjs';

const DIEM = { WithId: 1 };
const USDC = { WithId: 2 };

/** The account whose staked DIEM pays for the API access test's requests. */
export const creditsAccount = () => new Keyring({ type: 'sr25519' }).addFromUri('//Charlie');
/** The DIEM it stakes: $2 of credits a day. */
export const CREDITS_STAKED = 2n * UNIT;

/** Has Charlie buy CREDITS_STAKED DIEM on the DEX and stake it for credits, unless he has. */
export async function stakeForCredits(api) {
  const charlie = creditsAccount();
  if ((await api.call.creditsApi.credits(charlie.address)).staked.toBigInt() >= CREDITS_STAKED) return;
  await submit(
    api.tx.utility.batchAll([
      api.tx.assetConversion.swapTokensForExactTokens([USDC, DIEM], CREDITS_STAKED, 10_000n * 10n ** 6n, charlie.address, true),
      api.tx.credits.stakeDiem(CREDITS_STAKED),
    ]),
    charlie,
  );
}
