// The connection to the node and what the page reads from it. Everything comes from the chain's
// metadata and runtime APIs (no custom type definitions): the tokens from the chain properties
// and the assets' metadata, the figures from the pallets' runtime APIs, read at one block hash
// per new best block so every figure on the page belongs to the same block. The reads are typed
// by the augmentation `npm run typegen` generates from the chain's metadata (src/interfaces/).

import { ApiPromise, WsProvider } from '@polkadot/api';
import { compactStripLength } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';
import type { ApiDecoration } from '@polkadot/api/types';
import type { Option } from '@polkadot/types';
import type { FrameSupportPreimagesBounded, PalletAssetsAssetAccount, PalletClaimsVestingTerms, PalletReferendaCurve } from '@polkadot/types/lookup';
import { CLAIMS_PALLET_INDEX, type ClaimsMetadata, type ClaimState, type VestingTerms } from './claims';
import type { CurveParams } from './curve';
import type { Token } from './format';
import type { CurveSpec, TrackInfo } from './governance';
import type { AssetKind } from './trade';

/** The node to connect to: `?rpc=` (or `?endpoint=`) in the page's URL, else the dev node. */
export function endpointFromUrl(search: string): string {
  const params = new URLSearchParams(search);
  return params.get('rpc') ?? params.get('endpoint') ?? 'ws://127.0.0.1:9944';
}

/** The connection as the status bar shows it. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting';

/** What does not change while connected to one chain. */
export interface ChainInfo {
  name: string;
  /** A development or local chain: the page offers the dev accounts. */
  isDev: boolean;
  vvv: Token;
  diem: Token & { assetId: number };
  usdc: (Token & { assetId: number }) | null;
  blockTimeMs: number;
  /** The sudo key, if the chain has one. */
  sudo: string | null;
  /** The referendum tracks and governance's constants; null on a chain without governance. */
  governance: GovernanceInfo | null;
}

/** Governance's constants (design §13), periods in blocks. */
export interface GovernanceInfo {
  tracks: TrackInfo[];
  /** A 1× conviction vote stays locked this long after its referendum. */
  lockingPeriod: number;
  /** The operator's bound on DIEM's target supply: a step of at most this many Perbill parts… */
  operatorStepParts: number;
  /** …once this many blocks. */
  operatorPeriod: number;
}

/** An ongoing referendum at one block. */
export interface ReferendumView {
  index: number;
  track: number;
  submitted: number;
  /** The decision deposit placed, if any. */
  decisionDeposit: bigint | null;
  deciding: { since: number; confirming: number | null } | null;
  tally: { ayes: bigint; nays: bigint; support: bigint };
  /** The proposal as `section.method(args)`, when its preimage is on chain or inline. */
  call: string | null;
  /**
   * The proposal's hash, blake2-256 of its call's bytes (hex): of the inline call, else the
   * preimage's hash the Lookup (or Legacy) names; null when the proposal cannot be read.
   */
  callHash: string | null;
}

/** Governance's chain-wide figures at one block. */
export interface GovernanceOverview {
  /** The VVV support is measured against: total issuance less the inactive. */
  activeIssuance: bigint;
  referenda: ReferendumView[];
  /** The block of the operator's last target-supply step, if any. */
  operatorLastStep: number | null;
  operatorMembers: string[];
}

/** An account's votes, delegations and conviction lock at one block. */
export interface AccountGovernance {
  votes: { index: number; track: number; aye: boolean | null; conviction: string; balance: bigint }[];
  delegations: { track: number; target: string; conviction: string; balance: bigint }[];
  /** The conviction-voting lock on its VVV. */
  locked: bigint;
}

/** The chain-wide figures at one block. */
export interface Overview {
  block: number;
  hash: string;
  timestamp: number;
  totalStaked: bigint;
  totalStakeLocked: bigint;
  annualEmission: bigint;
  /** Free stake's APR as a fraction, `null` with nothing staked. */
  apr: number | null;
  lockedYieldToTreasury: number;
  totalEmitted: bigint;
  mintingOpen: boolean;
  curve: CurveParams;
  /** DIEM minted by positions (the curve's supply) and the VVV they lock. */
  diemSupply: bigint;
  diemLocked: bigint;
  /** VVV planck per whole DIEM now, `null` if the curve refuses. */
  mintRate: bigint | null;
  governance: GovernanceOverview | null;
  buyBurn: {
    pot: bigint;
    budget: bigint;
    totalSpent: bigint;
    totalBurned: bigint;
    nextEpochAt: number;
    burnPeriod: number;
    epochs: { index: number; startedAt: number; budget: bigint; spent: bigint; burned: bigint }[];
  };
}

/** A cooldown chunk: its amount and when it can be withdrawn. */
export interface Chunk {
  amount: bigint;
  /** Staking: the first block it can be withdrawn. */
  unlockBlock?: number;
  /** Credits: the first Unix time (ms) it can be withdrawn. */
  unlockAt?: number;
}

/** One account's figures at one block. */
export interface AccountView {
  address: string;
  free: bigint;
  /** VVV under holds: staked, cooling down, or reserved otherwise. */
  held: bigint;
  diem: bigint;
  usdc: bigint;
  staked: bigint;
  stakeLocked: bigint;
  pendingRewards: bigint;
  unlocking: Chunk[];
  position: { locked: bigint; minted: bigint };
  credits: {
    staked: bigint;
    countingToday: bigint;
    countingTomorrow: bigint;
    allowanceToday: bigint;
    usedToday: bigint;
    remainingToday: bigint;
    nextRenewalAt: number;
    nextRenewalBlock: number;
    unlocking: Chunk[];
  };
  governance: AccountGovernance | null;
}

/** The per-block series the plots draw. */
export interface SeriesPoint {
  block: number;
  diemSupply: bigint;
  diemLocked: bigint;
  totalEmitted: bigint;
  totalBurned: bigint;
}

/** The api at one block (`api.at(hash)`). */
type At = ApiDecoration<'promise'>;

const big = (value: { toBigInt(): bigint }): bigint => value.toBigInt();
const num = (value: { toNumber(): number }): number => value.toNumber();

/** Connects to `endpoint`, reporting the connection's state as it changes. */
export async function connect(endpoint: string, onState: (state: ConnectionState) => void): Promise<ApiPromise> {
  // Reconnects every second while the node is away; the api re-subscribes on its own.
  const provider = new WsProvider(endpoint, 1_000);
  provider.on('connected', () => onState('connected'));
  provider.on('disconnected', () => onState('reconnecting'));
  provider.on('error', () => onState(provider.isConnected ? 'connected' : 'reconnecting'));
  const api = await ApiPromise.create({ provider, noInitWarn: true });
  onState(provider.isConnected ? 'connected' : 'reconnecting');
  return api;
}

/** The chain's name, tokens, block time and sudo key. */
export async function readChainInfo(api: ApiPromise): Promise<ChainInfo> {
  const [name, chainType, slot, sudo, metadata] = await Promise.all([
    api.rpc.system.chain(),
    api.rpc.system.chainType(),
    api.call.auraApi.slotDuration(),
    api.query.sudo ? api.query.sudo.key() : Promise.resolve(null),
    api.query.assets.metadata.entries(),
  ]);
  const assets = new Map<string, Token & { assetId: number }>();
  for (const [key, meta] of metadata) {
    const symbol = meta.symbol.toUtf8();
    assets.set(symbol, { symbol, decimals: num(meta.decimals), assetId: num(key.args[0]) });
  }
  const diem = assets.get('DIEM');
  if (!diem) throw new Error('this chain has no DIEM asset');
  return {
    name: name.toString(),
    isDev: chainType.isDevelopment || chainType.isLocal,
    vvv: { symbol: api.registry.chainTokens[0] ?? 'VVV', decimals: api.registry.chainDecimals[0] ?? 18 },
    diem,
    usdc: assets.get('USDC') ?? null,
    blockTimeMs: num(slot),
    sudo: sudo?.isSome ? sudo.unwrap().toString() : null,
    governance: readGovernanceInfo(api),
  };
}

const perbill = (value: { toNumber(): number }): number => num(value) / 1e9;

/** A `pallet-referenda` curve from the metadata (Perbill and FixedI64 as fractions of one). */
function curveOf(c: PalletReferendaCurve): CurveSpec {
  if (c.isLinearDecreasing) {
    const v = c.asLinearDecreasing;
    return { kind: 'linear', length: perbill(v.length), floor: perbill(v.floor), ceil: perbill(v.ceil) };
  }
  if (c.isSteppedDecreasing) {
    const v = c.asSteppedDecreasing;
    return { kind: 'stepped', begin: perbill(v.begin), end: perbill(v.end), step: perbill(v.step), period: perbill(v.period) };
  }
  const v = c.asReciprocal;
  return { kind: 'reciprocal', factor: perbill(v.factor), xOffset: perbill(v.xOffset), yOffset: perbill(v.yOffset) };
}

/** The tracks and governance constants from the metadata, or null without referenda. */
export function readGovernanceInfo(api: ApiPromise): GovernanceInfo | null {
  // The metadata's types say what this chain has; a chain without governance has no such consts.
  const consts = api.consts;
  if (!consts.referenda?.tracks || !consts.convictionVoting) return null;
  const tracks: TrackInfo[] = consts.referenda.tracks.map(([id, t]) => ({
    id: num(id),
    // A fixed-size name, padded with NULs.
    name: t.name.toString().replace(/\0+$/, ''),
    maxDeciding: num(t.maxDeciding),
    decisionDeposit: big(t.decisionDeposit),
    prepare: num(t.preparePeriod),
    decision: num(t.decisionPeriod),
    confirm: num(t.confirmPeriod),
    minEnactment: num(t.minEnactmentPeriod),
    minApproval: curveOf(t.minApproval),
    minSupport: curveOf(t.minSupport),
  }));
  return {
    tracks,
    lockingPeriod: num(consts.convictionVoting.voteLockingPeriod),
    operatorStepParts: consts.diem?.operatorTargetStep ? num(consts.diem.operatorTargetStep) : 0,
    operatorPeriod: consts.diem?.operatorTargetPeriod ? num(consts.diem.operatorTargetPeriod) : 0,
  };
}

/** Proposals already decoded, by preimage hash: a preimage never changes. */
const callCache = new Map<string, string>();

/** A call as `section.method(arg, …)`. */
function describeCall(api: ApiPromise, bytes: Uint8Array): string {
  const call = api.registry.createType('Call', bytes);
  const args = call.args.map((a) => a.toString()).join(', ');
  return `${call.section}.${call.method}(${args})`;
}

/** An ongoing referendum's proposal, decoded if its preimage is on chain or inline. */
async function proposalOf(api: ApiPromise, at: At, proposal: FrameSupportPreimagesBounded): Promise<string | null> {
  try {
    if (proposal.isInline) return describeCall(api, proposal.asInline.toU8a(true));
    if (!proposal.isLookup) return null;
    // polkadot.js names a struct's field `hash` `hash_` (`hash` is the struct's own hash).
    const { hash_: hash, len } = proposal.asLookup;
    const key = hash.toHex();
    const cached = callCache.get(key);
    if (cached) return cached;
    const bytes = await at.query.preimage.preimageFor([hash, len]);
    if (!bytes.isSome) return null;
    const described = describeCall(api, bytes.unwrap().toU8a(true));
    callCache.set(key, described);
    return described;
  } catch {
    return null;
  }
}

/**
 * The proposal's hash: blake2-256 of an inline call's bytes (`toU8a(true)`: without the
 * BoundedVec's length prefix, the bytes a preimage holds), the hash a Lookup or Legacy names.
 */
export function callHashOf(proposal: FrameSupportPreimagesBounded): string | null {
  try {
    if (proposal.isInline) return blake2AsHex(proposal.asInline.toU8a(true), 256);
    if (proposal.isLookup) return proposal.asLookup.hash_.toHex();
    if (proposal.isLegacy) return proposal.asLegacy.hash_.toHex();
    return null;
  } catch {
    return null;
  }
}

/** Ongoing referenda, the active issuance and the operator at block `at`. */
async function readGovernance(api: ApiPromise, at: At): Promise<GovernanceOverview | null> {
  if (!at.query.referenda || !at.query.convictionVoting) return null;
  const [entries, total, inactive, lastStep, members] = await Promise.all([
    at.query.referenda.referendumInfoFor.entries(),
    at.query.balances.totalIssuance(),
    at.query.balances.inactiveIssuance(),
    at.query.diem.operatorLastStep ? at.query.diem.operatorLastStep() : Promise.resolve(null),
    at.query.operator ? at.query.operator.members() : Promise.resolve([]),
  ]);
  const ongoing = entries
    .filter(([, info]) => info.isSome && info.unwrap().isOngoing)
    .map(([key, info]) => ({ index: num(key.args[0]), status: info.unwrap().asOngoing }));
  const referenda = await Promise.all(
    ongoing.map(async ({ index, status }): Promise<ReferendumView> => ({
      index,
      track: num(status.track),
      submitted: num(status.submitted),
      decisionDeposit: status.decisionDeposit.isSome ? big(status.decisionDeposit.unwrap().amount) : null,
      deciding: status.deciding.isSome
        ? {
            since: num(status.deciding.unwrap().since),
            confirming: status.deciding.unwrap().confirming.isSome ? num(status.deciding.unwrap().confirming.unwrap()) : null,
          }
        : null,
      tally: { ayes: big(status.tally.ayes), nays: big(status.tally.nays), support: big(status.tally.support) },
      call: await proposalOf(api, at, status.proposal),
      callHash: callHashOf(status.proposal),
    })),
  );
  referenda.sort((a, b) => a.index - b.index);
  return {
    activeIssuance: big(total) - big(inactive),
    referenda,
    operatorLastStep: lastStep?.isSome ? num(lastStep.unwrap()) : null,
    operatorMembers: members.map((m) => m.toString()),
  };
}

/** An account's votes, delegations and conviction lock at block `at`. */
async function readAccountGovernance(at: At, address: string): Promise<AccountGovernance | null> {
  if (!at.query.convictionVoting) return null;
  const [voting, locks] = await Promise.all([at.query.convictionVoting.votingFor.entries(address), at.query.balances.locks(address)]);
  const votes: AccountGovernance['votes'] = [];
  const delegations: AccountGovernance['delegations'] = [];
  for (const [key, value] of voting) {
    const track = num(key.args[1]);
    if (value.isCasting) {
      for (const [index, vote] of value.asCasting.votes) {
        if (vote.isStandard) {
          const { vote: v, balance } = vote.asStandard;
          votes.push({ index: num(index), track, aye: v.isAye, conviction: v.conviction.type, balance: big(balance) });
        } else {
          // A split vote: its ayes and nays (and abstentions) together, no conviction.
          const split = vote.isSplit ? vote.asSplit : vote.asSplitAbstain;
          const abstain = vote.isSplitAbstain ? big(vote.asSplitAbstain.abstain) : 0n;
          const balance = big(split.aye) + big(split.nay) + abstain;
          votes.push({ index: num(index), track, aye: null, conviction: 'None', balance });
        }
      }
    } else if (value.isDelegating) {
      const d = value.asDelegating;
      delegations.push({ track, target: d.target.toString(), conviction: d.conviction.type, balance: big(d.balance) });
    }
  }
  const lock = locks.find((l) => l.id.toUtf8() === 'pyconvot');
  votes.sort((a, b) => a.index - b.index);
  return { votes, delegations, locked: lock ? big(lock.amount) : 0n };
}

/** The chain-wide figures at block `block`, whose hash is `hash`. */
export async function readOverview(api: ApiPromise, hash: string, block: number): Promise<Overview> {
  const at = await api.at(hash);
  const [now, s, emitted, open, c, supply, locked, r, b, history, governance] = await Promise.all([
    at.query.timestamp.now(),
    at.call.stakingApi.summary(),
    at.query.staking.totalEmitted(),
    at.query.diem.mintingOpen(),
    at.query.diem.curve(),
    at.query.diem.totalMinted(),
    at.query.diem.totalLocked(),
    at.call.diemApi.mintRate(),
    at.call.buyBurnApi.summary(),
    at.call.buyBurnApi.history(),
    // Governance's figures are not worth the rest of the page: a failed read shows none.
    readGovernance(api, at).catch(() => null),
  ]);
  return {
    block,
    hash,
    timestamp: num(now),
    totalStaked: big(s.totalStaked),
    totalStakeLocked: big(s.totalLocked),
    annualEmission: big(s.annualEmission),
    apr: s.apr.isSome ? Number(big(s.apr.unwrap())) / 1e18 : null,
    lockedYieldToTreasury: num(s.lockedYieldToTreasury) / 1e9,
    totalEmitted: big(emitted),
    mintingOpen: open.isTrue,
    curve: {
      baseRate: big(c.baseRate),
      targetSupply: big(c.targetSupply),
      adjustmentPower: big(c.adjustmentPower),
      exponent: num(c.exponent),
    },
    diemSupply: big(supply),
    diemLocked: big(locked),
    mintRate: r.isOk ? big(r.asOk) : null,
    governance,
    buyBurn: {
      pot: big(b.pot),
      budget: big(b.budget),
      totalSpent: big(b.totalSpent),
      totalBurned: big(b.totalBurned),
      nextEpochAt: num(b.nextEpochAt),
      burnPeriod: num(b.burnPeriod),
      epochs: history.map((e) => ({
        index: num(e.index),
        startedAt: num(e.startedAt),
        budget: big(e.budget),
        spent: big(e.spent),
        burned: big(e.burned),
      })),
    },
  };
}

/** `address`'s figures at block `hash`. */
export async function readAccount(api: ApiPromise, info: ChainInfo, address: string, hash: string): Promise<AccountView> {
  const at = await api.at(hash);
  const [account, diem, usdc, st, p, cr, governance] = await Promise.all([
    at.query.system.account(address),
    at.query.assets.account(info.diem.assetId, address),
    info.usdc ? at.query.assets.account(info.usdc.assetId, address) : Promise.resolve(null),
    at.call.stakingApi.staker(address),
    at.call.diemApi.position(address),
    at.call.creditsApi.credits(address),
    readAccountGovernance(at, address).catch(() => null),
  ]);
  const assetBalance = (value: Option<PalletAssetsAssetAccount> | null): bigint => (value?.isSome ? big(value.unwrap().balance) : 0n);
  const a = account.data;
  return {
    address,
    free: big(a.free),
    held: big(a.reserved),
    diem: assetBalance(diem),
    usdc: assetBalance(usdc),
    staked: big(st.staked),
    stakeLocked: big(st.locked),
    pendingRewards: big(st.pendingRewards),
    unlocking: st.unlocking.map((c) => ({ amount: big(c.amount), unlockBlock: num(c.unlockAt) })),
    position: { locked: big(p.locked), minted: big(p.minted) },
    credits: {
      staked: big(cr.staked),
      countingToday: big(cr.countingToday),
      countingTomorrow: big(cr.countingTomorrow),
      allowanceToday: big(cr.allowanceToday),
      usedToday: big(cr.usedToday),
      remainingToday: big(cr.remainingToday),
      nextRenewalAt: num(cr.nextRenewalAt),
      nextRenewalBlock: num(cr.nextRenewalBlock),
      unlocking: cr.unlocking.map((c) => ({ amount: big(c.amount), unlockAt: num(c.unlockAt) })),
    },
    governance,
  };
}

/** The plots' series point of an overview: the figures a new block's overview already read. */
export function seriesPointOf(overview: Overview): SeriesPoint {
  return {
    block: overview.block,
    diemSupply: overview.diemSupply,
    diemLocked: overview.diemLocked,
    totalEmitted: overview.totalEmitted,
    totalBurned: overview.buyBurn.totalBurned,
  };
}

/** The plots' series point at block `block`, whose hash is `hash`: for blocks before the page. */
export async function readSeriesPoint(api: ApiPromise, hash: string, block: number): Promise<SeriesPoint> {
  const at = await api.at(hash);
  const [supply, locked, emitted, burned] = await Promise.all([
    at.query.diem.totalMinted(),
    at.query.diem.totalLocked(),
    at.query.staking.totalEmitted(),
    at.query.buyBurn.totalBurned(),
  ]);
  return {
    block,
    diemSupply: big(supply),
    diemLocked: big(locked),
    totalEmitted: big(emitted),
    totalBurned: big(burned),
  };
}

/**
 * The series of the `count` blocks up to `hash`, oldest first: the plots start with recent
 * history instead of an empty chart. Blocks whose state the node has pruned are left out.
 */
export async function readRecentSeries(api: ApiPromise, hash: string, count: number): Promise<SeriesPoint[]> {
  const head = num((await api.rpc.chain.getHeader(hash)).number);
  const first = Math.max(0, head - count + 1);
  const hashes = await Promise.all(
    Array.from({ length: head - first + 1 }, (_, i) => api.rpc.chain.getBlockHash(first + i)),
  );
  const points = await Promise.all(
    hashes.map((h, i) => readSeriesPoint(api, h.toHex(), first + i).catch(() => null)),
  );
  return points.filter((p): p is SeriesPoint => p !== null);
}

/** The DIEM the curve gives now for `diem` planck: the VVV it locks, or the curve's refusal. */
export async function quoteMint(api: ApiPromise, diem: bigint): Promise<{ vvv: bigint } | { error: string }> {
  const result = await api.call.diemApi.quoteMint(diem);
  return result.isOk ? { vvv: big(result.asOk) } : { error: result.asErr.type };
}

/** The DIEM the curve mints now for `vvv` planck locked, or the curve's refusal. */
export async function quoteMintForVvv(api: ApiPromise, vvv: bigint): Promise<{ diem: bigint } | { error: string }> {
  const result = await api.call.diemApi.quoteMintForVvv(vvv);
  return result.isOk ? { diem: big(result.asOk) } : { error: result.asErr.type };
}

/** The DEX's pools of DIEM and VVV against USDC and the curve's price of one DIEM, at one block. */
export interface Market {
  hash: string;
  /** The DIEM/USDC pool's reserves (DIEM, USDC), null without the pool. */
  diemPool: { base: bigint; quote: bigint } | null;
  /** The VVV/USDC pool's reserves (VVV, USDC), null without the pool. */
  vvvPool: { base: bigint; quote: bigint } | null;
  /** The VVV (planck) that minting one whole DIEM locks now, or the curve's refusal. */
  mintOne: { vvv: bigint } | { error: string };
}

/** The DIEM and VVV pools against USDC and the cost of minting one DIEM at block `hash`. */
export async function readMarket(api: ApiPromise, info: ChainInfo & { usdc: Token & { assetId: number } }, hash: string): Promise<Market> {
  const at = await api.at(hash);
  const usdc = { WithId: info.usdc.assetId };
  const [diemPool, vvvPool, mint] = await Promise.all([
    at.call.assetConversionApi.getReserves({ WithId: info.diem.assetId }, usdc),
    at.call.assetConversionApi.getReserves({ Native: null }, usdc),
    at.call.diemApi.quoteMint(10n ** BigInt(info.diem.decimals)),
  ]);
  const pool = (reserves: typeof diemPool) =>
    reserves.isSome ? { base: big(reserves.unwrap()[0]), quote: big(reserves.unwrap()[1]) } : null;
  return {
    hash,
    diemPool: pool(diemPool),
    vvvPool: pool(vvvPool),
    mintOne: mint.isOk ? { vvv: big(mint.asOk) } : { error: mint.asErr.type },
  };
}

/**
 * What swapping exactly `amountIn` of `assetIn` pays out in `assetOut` at block `hash`, the pool's
 * fee included (`assetConversionApi.quotePriceExactTokensForTokens`); null if the pool cannot.
 */
export async function quoteSwap(api: ApiPromise, hash: string, assetIn: AssetKind, assetOut: AssetKind, amountIn: bigint): Promise<bigint | null> {
  const at = await api.at(hash);
  const out = await at.call.assetConversionApi.quotePriceExactTokensForTokens(assetIn, assetOut, amountIn, true);
  return out.isSome ? big(out.unwrap()) : null;
}

/** Whether the chain has claims (the claims pallet and its runtime API). */
export function hasClaims(api: ApiPromise): boolean {
  return Boolean(api.tx.claims && api.call.claimsApi);
}

/** The claims pallet's index and the registry's errors, to name a refused claim. */
export function claimsMetadata(api: ApiPromise): ClaimsMetadata {
  const pallet = api.runtimeMetadata.asLatest.pallets.find((p) => p.name.toString() === 'Claims');
  return { palletIndex: pallet ? pallet.index.toNumber() : CLAIMS_PALLET_INDEX, registry: api.registry };
}

/** What the chain knows of the Ethereum address `address`'s claim at block `hash`. */
export async function readClaim(api: ApiPromise, address: string, hash: string): Promise<ClaimState> {
  const at = await api.at(hash);
  const state = await at.call.claimsApi.claimOf(address.toLowerCase());
  if (state.isUnclaimed) {
    const { amount, vesting } = state.asUnclaimed;
    const terms = (v: PalletClaimsVestingTerms): VestingTerms => ({ locked: big(v.locked), start: num(v.start), length: num(v.length) });
    return { kind: 'unclaimed', amount: big(amount), vesting: vesting.isSome ? terms(vesting.unwrap()) : null };
  }
  if (state.isClaimed) {
    const { dest, amount, at: block } = state.asClaimed;
    return { kind: 'claimed', dest: dest.toString(), amount: big(amount), at: num(block) };
  }
  return { kind: 'none' };
}

/** The exact bytes an Ethereum key signs to claim to `dest` on this chain, from the runtime API. */
export async function readClaimMessage(api: ApiPromise, dest: string): Promise<Uint8Array> {
  return claimMessageBytes(await api.call.claimsApi.claimMessage(dest));
}

/**
 * The bytes of a `claimMessage` answer. polkadot.js 16.5.6 hands a runtime call's `Vec<u8>` over
 * as `Bytes` holding its whole SCALE encoding, so the message's compact length is still in front.
 */
export function claimMessageBytes(answer: { toU8a(isBare: boolean): Uint8Array }): Uint8Array {
  return compactStripLength(answer.toU8a(true))[1];
}
