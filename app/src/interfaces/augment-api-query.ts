// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/storage';

import type { ApiTypes, AugmentedQuery, QueryableStorageEntry } from '@polkadot/api-base/types';
import type { Bytes, Null, Option, U8aFixed, Vec, bool, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { AnyNumber, ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, Call, H256, Perbill, Permill } from '@polkadot/types/interfaces/runtime';
import type { DiemRuntimeSessionKeys, FrameSupportDispatchPerDispatchClassWeight, FrameSupportTokensFungibleImbalance, FrameSupportTokensFungibleUnionOfNativeOrWithId, FrameSupportTokensMiscIdAmountRuntimeFreezeReason, FrameSupportTokensMiscIdAmountRuntimeHoldReason, FrameSystemAccountInfo, FrameSystemCodeUpgradeAuthorization, FrameSystemEventRecord, FrameSystemLastRuntimeUpgradeInfo, FrameSystemPhase, PalletAssetConversionPoolInfo, PalletAssetsApproval, PalletAssetsAssetAccount, PalletAssetsAssetDetails, PalletAssetsAssetMetadata, PalletBalancesAccountData, PalletBalancesBalanceLock, PalletBalancesReserveData, PalletBuyburnEpochRecord, PalletBuyburnFeeSplit, PalletBuyburnReferencePrice, PalletClaimsClaimRecord, PalletClaimsEthereumAddress, PalletClaimsVestingTerms, PalletCollectiveVotes, PalletConvictionVotingVoteVoting, PalletCreditsCreditLedger, PalletCreditsDayRecord, PalletCreditsDiemChunk, PalletCreditsFreshStake, PalletCreditsMeterState, PalletDiemCurveCurveParams, PalletDiemPosition, PalletGrandpaStoredPendingChange, PalletGrandpaStoredState, PalletMultisigMultisig, PalletPreimageOldRequestStatus, PalletPreimageRequestStatus, PalletProxyAnnouncement, PalletProxyProxyDefinition, PalletReferendaReferendumInfo, PalletSchedulerRetryConfig, PalletSchedulerScheduled, PalletTransactionPaymentReleases, PalletTreasuryProposal, PalletTreasurySpendStatus, PalletVestingReleases, PalletVestingVestingInfo, PalletVvvStakingLedger, PalletVvvStakingRewardStream, PalletVvvStakingRewardsRewardPool, SpConsensusAuraSr25519AppSr25519Public, SpConsensusGrandpaAppPublic, SpCoreCryptoKeyTypeId, SpRuntimeDigest, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';
import type { Observable } from '@polkadot/types/types';

export type __AugmentedQuery<ApiType extends ApiTypes> = AugmentedQuery<ApiType, () => unknown>;
export type __QueryableStorageEntry<ApiType extends ApiTypes> = QueryableStorageEntry<ApiType>;

declare module '@polkadot/api-base/types/storage' {
  interface AugmentedQueries<ApiType extends ApiTypes> {
    assetConversion: {
      /**
       * Stores the `PoolAssetId` that is going to be used for the next lp token.
       * This gets incremented whenever a new lp pool is created.
       **/
      nextPoolAssetId: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * Per-pool swap fee overrides.
       * 
       * When a pool has no entry here, the global [`Config::LPFee`] applies. This storage is purely
       * additive: existing pools and runtimes that never set a per-pool fee behave exactly as before
       * and require no migration. See [`Pallet::pool_fee`] for the resolution logic.
       **/
      poolFees: AugmentedQuery<ApiType, (arg: ITuple<[FrameSupportTokensFungibleUnionOfNativeOrWithId, FrameSupportTokensFungibleUnionOfNativeOrWithId]> | [FrameSupportTokensFungibleUnionOfNativeOrWithId | { Native: any } | { WithId: any } | string | Uint8Array, FrameSupportTokensFungibleUnionOfNativeOrWithId | { Native: any } | { WithId: any } | string | Uint8Array]) => Observable<Option<Permill>>, [ITuple<[FrameSupportTokensFungibleUnionOfNativeOrWithId, FrameSupportTokensFungibleUnionOfNativeOrWithId]>]>;
      /**
       * Map from `PoolAssetId` to `PoolInfo`. This establishes whether a pool has been officially
       * created rather than people sending tokens directly to a pool's public account.
       **/
      pools: AugmentedQuery<ApiType, (arg: ITuple<[FrameSupportTokensFungibleUnionOfNativeOrWithId, FrameSupportTokensFungibleUnionOfNativeOrWithId]> | [FrameSupportTokensFungibleUnionOfNativeOrWithId | { Native: any } | { WithId: any } | string | Uint8Array, FrameSupportTokensFungibleUnionOfNativeOrWithId | { Native: any } | { WithId: any } | string | Uint8Array]) => Observable<Option<PalletAssetConversionPoolInfo>>, [ITuple<[FrameSupportTokensFungibleUnionOfNativeOrWithId, FrameSupportTokensFungibleUnionOfNativeOrWithId]>]>;
    };
    assets: {
      /**
       * The holdings of a specific account for a specific asset.
       **/
      account: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Option<PalletAssetsAssetAccount>>, [u32, AccountId32]>;
      /**
       * Approved balance transfers. First balance is the amount approved for transfer. Second
       * is the amount of `T::Currency` reserved for storing this.
       * First key is the asset ID, second key is the owner and third key is the delegate.
       **/
      approvals: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array, arg3: AccountId32 | string | Uint8Array) => Observable<Option<PalletAssetsApproval>>, [u32, AccountId32, AccountId32]>;
      /**
       * Details of an asset.
       **/
      asset: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletAssetsAssetDetails>>, [u32]>;
      /**
       * Metadata of an asset.
       **/
      metadata: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<PalletAssetsAssetMetadata>, [u32]>;
      /**
       * The asset ID enforced for the next asset creation, if any present. Otherwise, this storage
       * item has no effect.
       * 
       * Only read by [`crate::AutoIncAssetId`]: configure it as [`Config::AssetIdAllocator`] and
       * provide an initial value here to apply an auto-increment model to all new asset IDs.
       * 
       * The initial next asset ID can be set using the [`GenesisConfig`] or the
       * [SetNextAssetId](`migration::next_asset_id::SetNextAssetId`) migration.
       **/
      nextAssetId: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * Maps an asset to a list of its configured reserve information.
       **/
      reserves: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Vec<Null>>, [u32]>;
    };
    aura: {
      /**
       * The current authority set.
       **/
      authorities: AugmentedQuery<ApiType, () => Observable<Vec<SpConsensusAuraSr25519AppSr25519Public>>, []>;
      /**
       * The current slot of this block.
       * 
       * This will be set in `on_initialize`.
       **/
      currentSlot: AugmentedQuery<ApiType, () => Observable<u64>, []>;
    };
    authorship: {
      /**
       * Author of current block.
       **/
      author: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []>;
    };
    balances: {
      /**
       * The Balances pallet example of storing the balance of an account.
       * 
       * # Example
       * 
       * ```nocompile
       * impl pallet_balances::Config for Runtime {
       * type AccountStore = StorageMapShim<Self::Account<Runtime>, frame_system::Provider<Runtime>, AccountId, Self::AccountData<Balance>>
       * }
       * ```
       * 
       * You can also store the balance of an account in the `System` pallet.
       * 
       * # Example
       * 
       * ```nocompile
       * impl pallet_balances::Config for Runtime {
       * type AccountStore = System
       * }
       * ```
       * 
       * But this comes with tradeoffs, storing account balances in the system pallet stores
       * `frame_system` data alongside the account data contrary to storing account balances in the
       * `Balances` pallet, which uses a `StorageMap` to store balances data only.
       * NOTE: This is only used in the case that this pallet is used to store balances.
       **/
      account: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<PalletBalancesAccountData>, [AccountId32]>;
      /**
       * Freeze locks on account balances.
       **/
      freezes: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<FrameSupportTokensMiscIdAmountRuntimeFreezeReason>>, [AccountId32]>;
      /**
       * Holds on account balances.
       **/
      holds: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<FrameSupportTokensMiscIdAmountRuntimeHoldReason>>, [AccountId32]>;
      /**
       * The total units of outstanding deactivated balance in the system.
       * 
       * This is not guaranteed to be less than or equal to [`TotalIssuance`]. Total issuance may be
       * reduced independently of this value, including while a reversible imbalance is outstanding.
       * Active issuance is therefore derived using saturating subtraction.
       **/
      inactiveIssuance: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * Any liquidity locks on some account balances.
       * NOTE: Should only be accessed when setting, changing and freeing a lock.
       * 
       * Use of locks is deprecated in favour of freezes. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      locks: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<PalletBalancesBalanceLock>>, [AccountId32]>;
      /**
       * Named reserves on some account balances.
       * 
       * Use of reserves is deprecated in favour of holds. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      reserves: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<PalletBalancesReserveData>>, [AccountId32]>;
      /**
       * The total units issued in the system.
       **/
      totalIssuance: AugmentedQuery<ApiType, () => Observable<u128>, []>;
    };
    buyBurn: {
      /**
       * Revenue (in the pot) the hook may still spend; the rest of the pot is not budgeted yet.
       **/
      budget: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * Blocks between epoch closes.
       **/
      burnPeriod: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * The share of the pot's unbudgeted revenue an epoch close adds to the budget.
       **/
      burnShare: AugmentedQuery<ApiType, () => Observable<Perbill>, []>;
      /**
       * The fewest blocks between two purchases.
       **/
      buyInterval: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * The epoch in progress.
       **/
      currentEpoch: AugmentedQuery<ApiType, () => Observable<PalletBuyburnEpochRecord>, []>;
      /**
       * The shares of each transaction fee [`BurnFees`] burns and streams to stakers (at most
       * the whole fee together). Version 3 keeps them in one value: the fee handler reads it
       * once a fee (version 2 had `FeeBurnShare` and `FeeStakerShare`).
       **/
      feeShares: AugmentedQuery<ApiType, () => Observable<PalletBuyburnFeeSplit>, []>;
      /**
       * Closed epochs by index: the last `MaxHistory` of them.
       **/
      history: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletBuyburnEpochRecord>>, [u32]>;
      /**
       * The block of the last purchase; the first is not held back.
       **/
      lastPurchaseAt: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * The most one purchase may raise the pool price.
       **/
      maxPriceImpact: AugmentedQuery<ApiType, () => Observable<Perbill>, []>;
      /**
       * How far above the reference price a purchase may pay on average.
       **/
      maxSlippage: AugmentedQuery<ApiType, () => Observable<Perbill>, []>;
      /**
       * The block at which the current epoch closes.
       **/
      nextEpochAt: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * The stakers' share of this block's fees: VVV in the pot, which the hook forwards to the
       * stakers' stream (or burns) at the end of the block.
       **/
      pendingFeeRewards: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * The half-life of the reference price, in blocks.
       **/
      priceHalfLife: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * The reference price of the pool, sampled in `on_initialize`; `None` until the pool has
       * been seen.
       **/
      reference: AugmentedQuery<ApiType, () => Observable<Option<PalletBuyburnReferencePrice>>, []>;
      /**
       * The share of the VVV each purchase buys that goes to the stakers' reward stream instead
       * of the burn (rounded down; the rest is burned).
       **/
      stakerShare: AugmentedQuery<ApiType, () => Observable<Perbill>, []>;
      /**
       * VVV bought and burned since genesis.
       **/
      totalBurned: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * Revenue spent on VVV since genesis.
       **/
      totalSpent: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * VVV bought and streamed to stakers since genesis: VVV bought = [`TotalBurned`] + this.
       **/
      totalStreamed: AugmentedQuery<ApiType, () => Observable<u128>, []>;
    };
    claims: {
      /**
       * The claims paid: to whom, how much, when.
       **/
      claimed: AugmentedQuery<ApiType, (arg: PalletClaimsEthereumAddress | string | Uint8Array) => Observable<Option<PalletClaimsClaimRecord>>, [PalletClaimsEthereumAddress]>;
      /**
       * The VVV each address may still claim.
       **/
      claims: AugmentedQuery<ApiType, (arg: PalletClaimsEthereumAddress | string | Uint8Array) => Observable<Option<u128>>, [PalletClaimsEthereumAddress]>;
      /**
       * The statement a claim's message ends with, if the chain sets one.
       **/
      statement: AugmentedQuery<ApiType, () => Observable<Option<Bytes>>, []>;
      /**
       * The VVV of all claims not yet made.
       **/
      total: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * How each vested claim vests.
       **/
      vesting: AugmentedQuery<ApiType, (arg: PalletClaimsEthereumAddress | string | Uint8Array) => Observable<Option<PalletClaimsVestingTerms>>, [PalletClaimsEthereumAddress]>;
    };
    convictionVoting: {
      /**
       * The voting classes which have a non-zero lock requirement and the lock amounts which they
       * require. The actual amount locked on behalf of this pallet should always be the maximum of
       * this list.
       **/
      classLocksFor: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<ITuple<[u16, u128]>>>, [AccountId32]>;
      /**
       * All voting for a particular voter in a particular voting class. We store the balance for the
       * number of votes that we have recorded.
       **/
      votingFor: AugmentedQuery<ApiType, (arg1: AccountId32 | string | Uint8Array, arg2: u16 | AnyNumber | Uint8Array) => Observable<PalletConvictionVotingVoteVoting>, [AccountId32, u16]>;
    };
    credits: {
      /**
       * Days an unstaked chunk waits before it can be withdrawn.
       **/
      cooldownDays: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * A credit day's length in seconds: 86,400 (a UTC day) by default. Set at genesis.
       **/
      dayLength: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * The part of [`TotalStaked`] staked on the latest day anything was staked.
       **/
      fresh: AugmentedQuery<ApiType, () => Observable<PalletCreditsFreshStake>, []>;
      /**
       * The closed days' totals, oldest first, at most `HistoryDays` of them.
       **/
      history: AugmentedQuery<ApiType, () => Observable<Vec<PalletCreditsDayRecord>>, []>;
      /**
       * Each staker's ledger.
       **/
      ledgers: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<PalletCreditsCreditLedger>>, [AccountId32]>;
      /**
       * The meters (inference providers): registered ones, and removed ones, whose batch
       * numbering is kept (version 0 stored `()` for a registered meter).
       **/
      meters: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<PalletCreditsMeterState>>, [AccountId32]>;
      /**
       * The current day's totals, so far.
       **/
      today: AugmentedQuery<ApiType, () => Observable<PalletCreditsDayRecord>, []>;
      /**
       * DIEM staked and not cooling down, over all accounts.
       **/
      totalStaked: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * Each staker's cooldown chunks, oldest first (apart from the ledger, so metering does not
       * read them).
       **/
      unlocking: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<PalletCreditsDiemChunk>>, [AccountId32]>;
    };
    diem: {
      /**
       * The curve's parameters.
       **/
      curve: AugmentedQuery<ApiType, () => Observable<PalletDiemCurveCurveParams>, []>;
      /**
       * Whether `mint` and `mint_for_vvv` are open; `repay` always is.
       **/
      mintingOpen: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * The block of the operator's last target-supply step; none yet if empty.
       **/
      operatorLastStep: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * Each account's position: VVV locked, DIEM minted.
       **/
      positions: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<PalletDiemPosition>>, [AccountId32]>;
      /**
       * The VVV locked in all positions together.
       **/
      totalLocked: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * The DIEM minted by all positions together: the supply the curve prices at.
       **/
      totalMinted: AugmentedQuery<ApiType, () => Observable<u128>, []>;
    };
    grandpa: {
      /**
       * The current list of authorities.
       **/
      authorities: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>>, []>;
      /**
       * The number of changes (both in terms of keys and underlying economic responsibilities)
       * in the "set" of Grandpa validators from genesis.
       **/
      currentSetId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * next block number where we can force a change.
       **/
      nextForced: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * Pending change: (signaled at, scheduled change).
       **/
      pendingChange: AugmentedQuery<ApiType, () => Observable<Option<PalletGrandpaStoredPendingChange>>, []>;
      /**
       * A mapping from grandpa set ID to the index of the *most recent* session for which its
       * members were responsible.
       * 
       * This is only used for validating equivocation proofs. An equivocation proof must
       * contains a key-ownership proof for a given session, therefore we need a way to tie
       * together sessions and GRANDPA set ids, i.e. we need to validate that a validator
       * was the owner of a given key on a given session, and what the active set ID was
       * during that session.
       * 
       * TWOX-NOTE: `SetId` is not under user control.
       **/
      setIdSession: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<u32>>, [u64]>;
      /**
       * `true` if we are currently stalled.
       **/
      stalled: AugmentedQuery<ApiType, () => Observable<Option<ITuple<[u32, u32]>>>, []>;
      /**
       * State of the current authority set.
       **/
      state: AugmentedQuery<ApiType, () => Observable<PalletGrandpaStoredState>, []>;
    };
    historical: {
      /**
       * Mapping from historical session indices to session-data root hash and validator count.
       **/
      historicalSessions: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<ITuple<[H256, u32]>>>, [u32]>;
      /**
       * The range of historical sessions we store. [first, last)
       **/
      storedRange: AugmentedQuery<ApiType, () => Observable<Option<ITuple<[u32, u32]>>>, []>;
    };
    multisig: {
      /**
       * The set of open multisig operations.
       **/
      multisigs: AugmentedQuery<ApiType, (arg1: AccountId32 | string | Uint8Array, arg2: U8aFixed | string | Uint8Array) => Observable<Option<PalletMultisigMultisig>>, [AccountId32, U8aFixed]>;
    };
    operator: {
      /**
       * Consideration cost created for publishing and storing a proposal.
       * 
       * Determined by [Config::Consideration] and may be not present for certain proposals (e.g. if
       * the proposal count at the time of creation was below threshold N).
       **/
      costOf: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<ITuple<[AccountId32, Null]>>>, [H256]>;
      /**
       * The current members of the collective. This is stored sorted (just by value).
       **/
      members: AugmentedQuery<ApiType, () => Observable<Vec<AccountId32>>, []>;
      /**
       * The prime member that helps determine the default vote behavior in case of abstentions.
       **/
      prime: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []>;
      /**
       * Proposals so far.
       **/
      proposalCount: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Actual proposal for a given hash, if it's current.
       **/
      proposalOf: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<Call>>, [H256]>;
      /**
       * The hashes of the active proposals.
       **/
      proposals: AugmentedQuery<ApiType, () => Observable<Vec<H256>>, []>;
      /**
       * Votes on a given proposal, if it is ongoing.
       **/
      voting: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<PalletCollectiveVotes>>, [H256]>;
    };
    origins: {
      /**
       * Blocks in a governance day: what "a day" means in every governance period.
       **/
      dayLength: AugmentedQuery<ApiType, () => Observable<u32>, []>;
    };
    poolAssets: {
      /**
       * The holdings of a specific account for a specific asset.
       **/
      account: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Option<PalletAssetsAssetAccount>>, [u32, AccountId32]>;
      /**
       * Approved balance transfers. First balance is the amount approved for transfer. Second
       * is the amount of `T::Currency` reserved for storing this.
       * First key is the asset ID, second key is the owner and third key is the delegate.
       **/
      approvals: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array, arg3: AccountId32 | string | Uint8Array) => Observable<Option<PalletAssetsApproval>>, [u32, AccountId32, AccountId32]>;
      /**
       * Details of an asset.
       **/
      asset: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletAssetsAssetDetails>>, [u32]>;
      /**
       * Metadata of an asset.
       **/
      metadata: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<PalletAssetsAssetMetadata>, [u32]>;
      /**
       * The asset ID enforced for the next asset creation, if any present. Otherwise, this storage
       * item has no effect.
       * 
       * Only read by [`crate::AutoIncAssetId`]: configure it as [`Config::AssetIdAllocator`] and
       * provide an initial value here to apply an auto-increment model to all new asset IDs.
       * 
       * The initial next asset ID can be set using the [`GenesisConfig`] or the
       * [SetNextAssetId](`migration::next_asset_id::SetNextAssetId`) migration.
       **/
      nextAssetId: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * Maps an asset to a list of its configured reserve information.
       **/
      reserves: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Vec<Null>>, [u32]>;
    };
    preimage: {
      preimageFor: AugmentedQuery<ApiType, (arg: ITuple<[H256, u32]> | [H256 | string | Uint8Array, u32 | AnyNumber | Uint8Array]) => Observable<Option<Bytes>>, [ITuple<[H256, u32]>]>;
      /**
       * The request status of a given hash.
       **/
      requestStatusFor: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<PalletPreimageRequestStatus>>, [H256]>;
      /**
       * The request status of a given hash.
       * 
       * @deprecated RequestStatusFor
       **/
      statusFor: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<PalletPreimageOldRequestStatus>>, [H256]>;
    };
    proxy: {
      /**
       * The announcements made by the proxy (key).
       **/
      announcements: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<ITuple<[Vec<PalletProxyAnnouncement>, u128]>>, [AccountId32]>;
      /**
       * The set of account proxies. Maps the account which has delegated to the accounts
       * which are being delegated to, together with the amount held on deposit.
       **/
      proxies: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<ITuple<[Vec<PalletProxyProxyDefinition>, u128]>>, [AccountId32]>;
    };
    referenda: {
      /**
       * The number of referenda being decided currently.
       **/
      decidingCount: AugmentedQuery<ApiType, (arg: u16 | AnyNumber | Uint8Array) => Observable<u32>, [u16]>;
      /**
       * The metadata is a general information concerning the referendum.
       * The `Hash` refers to the preimage of the `Preimages` provider which can be a JSON
       * dump or IPFS hash of a JSON file.
       * 
       * Consider a garbage collection for a metadata of finished referendums to `unrequest` (remove)
       * large preimages.
       **/
      metadataOf: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<H256>>, [u32]>;
      /**
       * The next free referendum index, aka the number of referenda started so far.
       **/
      referendumCount: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Information concerning any given referendum.
       **/
      referendumInfoFor: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletReferendaReferendumInfo>>, [u32]>;
      /**
       * The sorted list of referenda ready to be decided but not yet being decided, ordered by
       * conviction-weighted approvals.
       * 
       * This should be empty if `DecidingCount` is less than `TrackInfo::max_deciding`.
       **/
      trackQueue: AugmentedQuery<ApiType, (arg: u16 | AnyNumber | Uint8Array) => Observable<Vec<ITuple<[u32, u128]>>>, [u16]>;
    };
    safeMode: {
      /**
       * Holds the reserve that was taken from an account at a specific block number.
       * 
       * This helps governance to have an overview of outstanding deposits that should be returned or
       * slashed.
       **/
      deposits: AugmentedQuery<ApiType, (arg1: AccountId32 | string | Uint8Array, arg2: u32 | AnyNumber | Uint8Array) => Observable<Option<u128>>, [AccountId32, u32]>;
      /**
       * Contains the last block number that the safe-mode will remain entered in.
       * 
       * Set to `None` when safe-mode is exited.
       * 
       * Safe-mode is automatically exited when the current block number exceeds this value.
       **/
      enteredUntil: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
    };
    scheduler: {
      /**
       * Items to be executed, indexed by the block number that they should be executed on.
       **/
      agenda: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Vec<Option<PalletSchedulerScheduled>>>, [u32]>;
      /**
       * Block number at which the agenda began incomplete execution.
       **/
      incompleteSince: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * Lookup from a name to the block number and index of the task.
       * 
       * For v3 -> v4 the previously unbounded identities are Blake2-256 hashed to form the v4
       * identities.
       **/
      lookup: AugmentedQuery<ApiType, (arg: U8aFixed | string | Uint8Array) => Observable<Option<ITuple<[u32, u32]>>>, [U8aFixed]>;
      /**
       * Retry configurations for items to be executed, indexed by task address.
       **/
      retries: AugmentedQuery<ApiType, (arg: ITuple<[u32, u32]> | [u32 | AnyNumber | Uint8Array, u32 | AnyNumber | Uint8Array]) => Observable<Option<PalletSchedulerRetryConfig>>, [ITuple<[u32, u32]>]>;
    };
    sequencers: {
      /**
       * The offences already reported, by the hash of their kind, slot and offenders.
       **/
      reportedOffences: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<u32>>, [H256]>;
      /**
       * The wanted set of sequencers: the set of the next session planned, and of every session
       * after it until it changes.
       **/
      sequencers: AugmentedQuery<ApiType, () => Observable<Vec<AccountId32>>, []>;
      /**
       * The blocks of a session. A genesis value: sessions end at its multiples.
       **/
      sessionLength: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Whether [`Sequencers`] changed since the last session was planned.
       **/
      setChanged: AugmentedQuery<ApiType, () => Observable<bool>, []>;
    };
    session: {
      /**
       * Current index of the session.
       **/
      currentIndex: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Indices of disabled validators.
       * 
       * The vec is always kept sorted so that we can find whether a given validator is
       * disabled using binary search. It gets cleared when `on_session_ending` returns
       * a new set of identities.
       **/
      disabledValidators: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[u32, Perbill]>>>, []>;
      /**
       * Accounts whose keys were set via `SessionInterface` (external path) without
       * incrementing the consumer reference or placing a key deposit. `do_purge_keys`
       * only decrements consumers for accounts that were registered through the local
       * session pallet.
       **/
      externallySetKeys: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<Null>>, [AccountId32]>;
      /**
       * The owner of a key. The key is the `KeyTypeId` + the encoded key.
       **/
      keyOwner: AugmentedQuery<ApiType, (arg: ITuple<[SpCoreCryptoKeyTypeId, Bytes]> | [SpCoreCryptoKeyTypeId | string | Uint8Array, Bytes | string | Uint8Array]) => Observable<Option<AccountId32>>, [ITuple<[SpCoreCryptoKeyTypeId, Bytes]>]>;
      /**
       * The next session keys for a validator.
       **/
      nextKeys: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<DiemRuntimeSessionKeys>>, [AccountId32]>;
      /**
       * True if the underlying economic identities or weighting behind the validators
       * has changed in the queued validator set.
       **/
      queuedChanged: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * The queued keys for the next session. When the next session begins, these keys
       * will be used to determine the validator's session keys.
       **/
      queuedKeys: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[AccountId32, DiemRuntimeSessionKeys]>>>, []>;
      /**
       * The current set of validators.
       **/
      validators: AugmentedQuery<ApiType, () => Observable<Vec<AccountId32>>, []>;
    };
    staking: {
      /**
       * VVV minted a year.
       **/
      annualEmission: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * Blocks a distribution is paid out over.
       **/
      distributionPeriod: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Each staker's ledger.
       **/
      ledgers: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<PalletVvvStakingLedger>>, [AccountId32]>;
      /**
       * The share of locked stake's emission that goes to the treasury.
       **/
      lockedYieldToTreasury: AugmentedQuery<ApiType, () => Observable<Perbill>, []>;
      /**
       * The reward indices and what they carry.
       **/
      pool: AugmentedQuery<ApiType, () => Observable<PalletVvvStakingRewardsRewardPool>, []>;
      /**
       * Distributed VVV in the pot not paid into the rewards yet, and until when it is paid.
       **/
      stream: AugmentedQuery<ApiType, () => Observable<PalletVvvStakingRewardStream>, []>;
      /**
       * VVV minted as emission since genesis.
       **/
      totalEmitted: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * The part of [`TotalStaked`] locked as DIEM collateral.
       **/
      totalLocked: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * VVV staked and earning, over all accounts (cooldown chunks excluded).
       **/
      totalStaked: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * Blocks an unstaked chunk waits before it can be withdrawn.
       **/
      unbondingPeriod: AugmentedQuery<ApiType, () => Observable<u32>, []>;
    };
    sudo: {
      /**
       * The `AccountId` of the sudo key.
       **/
      key: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []>;
    };
    system: {
      /**
       * The full account information for a particular account ID.
       **/
      account: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<FrameSystemAccountInfo>, [AccountId32]>;
      /**
       * `Some` if a code upgrade has been authorized.
       **/
      authorizedUpgrade: AugmentedQuery<ApiType, () => Observable<Option<FrameSystemCodeUpgradeAuthorization>>, []>;
      /**
       * Map of block numbers to block hashes.
       **/
      blockHash: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<H256>, [u32]>;
      /**
       * Total size (in bytes) of the current block.
       * 
       * Tracks the size of the header and all extrinsics.
       **/
      blockSize: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * Number of blocks till the pending code upgrade is applied.
       **/
      blocksTillUpgrade: AugmentedQuery<ApiType, () => Observable<Option<u8>>, []>;
      /**
       * The current weight for the block.
       **/
      blockWeight: AugmentedQuery<ApiType, () => Observable<FrameSupportDispatchPerDispatchClassWeight>, []>;
      /**
       * Digest of the current block, also part of the block header.
       **/
      digest: AugmentedQuery<ApiType, () => Observable<SpRuntimeDigest>, []>;
      /**
       * The number of events in the `Events<T>` list.
       **/
      eventCount: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Events deposited for the current block.
       * 
       * NOTE: The item is unbound and should therefore never be read on chain.
       * It could otherwise inflate the PoV size of a block.
       * 
       * Events have a large in-memory size. Box the events to not go out-of-memory
       * just in case someone still reads them from within the runtime.
       **/
      events: AugmentedQuery<ApiType, () => Observable<Vec<FrameSystemEventRecord>>, []>;
      /**
       * Mapping between a topic (represented by T::Hash) and a vector of indexes
       * of events in the `<Events<T>>` list.
       * 
       * All topic vectors have deterministic storage locations depending on the topic. This
       * allows light-clients to leverage the changes trie storage tracking mechanism and
       * in case of changes fetch the list of events of interest.
       * 
       * The value has the type `(BlockNumberFor<T>, EventIndex)` because if we used only just
       * the `EventIndex` then in case if the topic has the same contents on the next block
       * no notification will be triggered thus the event might be lost.
       **/
      eventTopics: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Vec<ITuple<[u32, u32]>>>, [H256]>;
      /**
       * The execution phase of the block.
       **/
      executionPhase: AugmentedQuery<ApiType, () => Observable<Option<FrameSystemPhase>>, []>;
      /**
       * Total extrinsics count for the current block.
       **/
      extrinsicCount: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * Extrinsics data for the current block (maps an extrinsic's index to its data).
       **/
      extrinsicData: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Bytes>, [u32]>;
      /**
       * The weight reclaimed for the extrinsic.
       * 
       * This information is available until the end of the extrinsic execution.
       * More precisely this information is removed in `note_applied_extrinsic`.
       * 
       * Logic doing some post dispatch weight reduction must update this storage to avoid duplicate
       * reduction.
       **/
      extrinsicWeightReclaimed: AugmentedQuery<ApiType, () => Observable<SpWeightsWeightV2Weight>, []>;
      /**
       * Whether all inherents have been applied.
       **/
      inherentsApplied: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * Stores the `spec_version` and `spec_name` of when the last runtime upgrade happened.
       **/
      lastRuntimeUpgrade: AugmentedQuery<ApiType, () => Observable<Option<FrameSystemLastRuntimeUpgradeInfo>>, []>;
      /**
       * The current block number being processed. Set by `execute_block`.
       **/
      number: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Hash of the previous block.
       **/
      parentHash: AugmentedQuery<ApiType, () => Observable<H256>, []>;
      /**
       * True if we have upgraded so that AccountInfo contains three types of `RefCount`. False
       * (default) if not.
       **/
      upgradedToTripleRefCount: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * True if we have upgraded so that `type RefCount` is `u32`. False (default) if not.
       **/
      upgradedToU32RefCount: AugmentedQuery<ApiType, () => Observable<bool>, []>;
    };
    timestamp: {
      /**
       * Whether the timestamp has been updated in this block.
       * 
       * This value is updated to `true` upon successful submission of a timestamp by a node.
       * It is then checked at the end of each block execution in the `on_finalize` hook.
       **/
      didUpdate: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * The current time for the current block.
       **/
      now: AugmentedQuery<ApiType, () => Observable<u64>, []>;
    };
    transactionPayment: {
      nextFeeMultiplier: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      storageVersion: AugmentedQuery<ApiType, () => Observable<PalletTransactionPaymentReleases>, []>;
      /**
       * The `OnChargeTransaction` stores the withdrawn tx fee here.
       * 
       * Use `withdraw_txfee` and `remaining_txfee` to access from outside the crate.
       **/
      txPaymentCredit: AugmentedQuery<ApiType, () => Observable<Option<FrameSupportTokensFungibleImbalance>>, []>;
    };
    treasury: {
      /**
       * DEPRECATED: associated with `spend_local` call and will be removed in May 2025.
       * Refer to <https://github.com/paritytech/polkadot-sdk/pull/5961> for migration to `spend`.
       * 
       * Proposal indices that have been approved but not yet awarded.
       **/
      approvals: AugmentedQuery<ApiType, () => Observable<Vec<u32>>, []>;
      /**
       * The amount which has been reported as inactive to Currency.
       **/
      deactivated: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * The blocknumber for the last triggered spend period.
       **/
      lastSpendPeriod: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * DEPRECATED: associated with `spend_local` call and will be removed in May 2025.
       * Refer to <https://github.com/paritytech/polkadot-sdk/pull/5961> for migration to `spend`.
       * 
       * Number of proposals that have been made.
       **/
      proposalCount: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * DEPRECATED: associated with `spend_local` call and will be removed in May 2025.
       * Refer to <https://github.com/paritytech/polkadot-sdk/pull/5961> for migration to `spend`.
       * 
       * Proposals that have been made.
       **/
      proposals: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletTreasuryProposal>>, [u32]>;
      /**
       * The count of spends that have been made.
       **/
      spendCount: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Spends that have been approved and being processed.
       **/
      spends: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletTreasurySpendStatus>>, [u32]>;
    };
    vesting: {
      /**
       * Storage version of the pallet.
       * 
       * New networks start with latest version, as determined by the genesis build.
       **/
      storageVersion: AugmentedQuery<ApiType, () => Observable<PalletVestingReleases>, []>;
      /**
       * Information regarding the vesting of a given account.
       **/
      vesting: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<Vec<PalletVestingVestingInfo>>>, [AccountId32]>;
    };
  } // AugmentedQueries
} // declare module
