//! # The chain's economic configuration, declared once
//!
//! The runtime (`runtime/`) and the equilibrium explorer (`sim/`) run the same economic
//! pallets: VVV in `pallet-balances`, DIEM and USDC in `pallet-assets`, the DEX
//! (`pallet-asset-conversion`), staking, DIEM, the buy-burn and credits. They differ in what an
//! economy does not depend on: the explorer's blocks last an hour instead of 2 seconds, it has
//! no consensus, no fees and no referenda (its governance origins are keyless signers, one a
//! track), and its vesting is the chain's locks as a snapshot left them.
//!
//! So everything else is declared here, once:
//!
//! - the constants (units, the existential deposit, asset ids, deposits, the DEX's fees, the
//!   pallets' bounds and ids) and the `Get` types made of them;
//! - [`impl_economy!`], which writes the eight pallets' `Config` impls into a runtime, given only
//!   what differs: its block length, its clock, its origins, its vesting, its SDK weights;
//! - [`mainnet`]: the economic genesis parameters of the `production` preset, which the
//!   explorer's scenarios start from.
//!
//! A parameter changed here changes the chain and the explorer together.

#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

use frame_support::{parameter_types, traits::fungible::NativeOrWithId, PalletId};
use sp_runtime::{traits::AccountIdConversion, AccountId32, Perbill, Permill};

pub mod mainnet;

/// An account: 32 bytes, so pallet accounts derived from different `PalletId`s never collide.
pub type AccountId = AccountId32;
/// An amount of VVV or of an asset, in planck.
pub type Balance = u128;
/// The id of an asset in `pallet-assets`.
pub type AssetId = u32;

/// VVV has 18 decimals: one VVV is 10^18 planck.
pub const TOKEN_DECIMALS: u8 = 18;
/// One VVV in planck.
pub const UNIT: Balance = 10u128.pow(TOKEN_DECIMALS as u32);
/// A thousandth of a VVV.
pub const MILLI_UNIT: Balance = UNIT / 1_000;
/// One DIEM (18 decimals, like VVV).
pub const DIEM: Balance = UNIT;
/// One USDC (6 decimals).
pub const USDC: Balance = 1_000_000;

/// An account holding less than 0.001 VVV is reaped. Low enough that no user notices it, high
/// enough that filling state with dust accounts costs real VVV (a million dust accounts lock
/// 1,000 VVV). Every other record an account can create costs a deposit too: no asset of the
/// genesis presets is sufficient (an account needs VVV to hold DIEM or USDC, or pays
/// [`ASSET_ACCOUNT_DEPOSIT`] to `touch` one), and asset and LP-token accounts and approvals
/// carry deposits.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;

/// The `pallet-assets` id of DIEM (design §3), created at genesis.
pub const DIEM_ASSET_ID: AssetId = 1;
/// The `pallet-assets` id of the revenue asset USDC (design §4), created at genesis.
pub const USDC_ASSET_ID: AssetId = 2;
/// DIEM's minimum balance: one planck, so no repay leaves dust the asset would destroy.
pub const DIEM_MIN_BALANCE: Balance = 1;
/// USDC's minimum balance: 0.001 USDC.
pub const USDC_MIN_BALANCE: Balance = USDC / 1_000;

/// Creating an asset (governance only): 10 VVV.
pub const ASSET_DEPOSIT: Balance = 10 * UNIT;
/// An account of an asset or LP token: 0.01 VVV.
pub const ASSET_ACCOUNT_DEPOSIT: Balance = 10 * MILLI_UNIT;
/// An asset's metadata: 1 VVV and 0.01 VVV a byte.
pub const METADATA_DEPOSIT_BASE: Balance = UNIT;
/// An asset's metadata, per byte.
pub const METADATA_DEPOSIT_PER_BYTE: Balance = 10 * MILLI_UNIT;
/// An approval: 0.01 VVV.
pub const APPROVAL_DEPOSIT: Balance = 10 * MILLI_UNIT;

/// Creating a pool costs 10 VVV, burned: enough to deter spam pools.
pub const POOL_SETUP_FEE: Balance = 10 * UNIT;
/// The smallest liquidity a pool is opened with.
pub const MINT_MIN_LIQUIDITY: Balance = MILLI_UNIT;
/// 0.3% to liquidity providers on every swap, as on Uniswap v2.
pub const LP_FEE: Permill = Permill::from_parts(3_000);

/// Free VVV a stake leaves its staker above the existential deposit, for the fees of the
/// calls that follow (unstaking among them): 0.01 VVV, ten transfers' worth.
pub const STAKING_FEE_RESERVE: Balance = 10 * MILLI_UNIT;
/// Unstaking chunks a staker (of VVV, or of DIEM for credits) may have cooling down at once.
pub const MAX_UNLOCKING_CHUNKS: u32 = 32;
/// A usage batch's bound: a provider meters up to 512 accounts a transaction, and the batch's
/// event lists each uncovered rest.
pub const MAX_USAGE_BATCH: u32 = 512;
/// Credit days kept in the history: a quarter of a year.
pub const CREDIT_HISTORY_DAYS: u32 = 90;
/// The least DIEM staked for credits: 0.1 DIEM, Venice's minimum (design §9).
pub const MIN_STAKE_FOR_CREDITS: Balance = DIEM / 10;
/// Buy-burn purchases remembered for the reference price.
pub const BUY_BURN_MAX_HISTORY: u32 = 64;
/// The operator's largest step of DIEM's target supply (design §13).
pub const OPERATOR_TARGET_STEP: Perbill = Perbill::from_percent(10);

/// The chain's block length, ms (2 s blocks: design §1).
pub const MILLISECS_PER_BLOCK: u64 = 2_000;

/// The chain's block number: the runtime's, and the explorer's, so a live chain's stored
/// blocks read the same in both.
pub type BlockNumber = u32;

/// The pallet indices of the economy in the chain's runtime (`runtime/src/lib.rs`), which the
/// explorer's runtime takes too: a hold's reason is encoded with its pallet's index, so a live
/// chain's holds read the same in both. Each runtime's tests hold it to these.
pub mod pallet_index {
	/// `frame_system`.
	pub const SYSTEM: u8 = 0;
	/// `pallet_balances` (VVV).
	pub const BALANCES: u8 = 4;
	/// `pallet_assets` instance 1 (DIEM, USDC).
	pub const ASSETS: u8 = 10;
	/// `pallet_assets` instance 2 (the pools' liquidity tokens).
	pub const POOL_ASSETS: u8 = 11;
	/// `pallet_asset_conversion` (the DEX).
	pub const ASSET_CONVERSION: u8 = 12;
	/// `pallet_diem`.
	pub const DIEM: u8 = 20;
	/// `pallet_vvv_staking`.
	pub const STAKING: u8 = 21;
	/// `pallet_buyburn`.
	pub const BUY_BURN: u8 = 22;
	/// `pallet_credits`.
	pub const CREDITS: u8 = 23;

	/// The economy's pallets: each one's name in both runtimes and its index.
	pub const ECONOMY: [(&str, u8); 9] = [
		("System", SYSTEM),
		("Balances", BALANCES),
		("Assets", ASSETS),
		("PoolAssets", POOL_ASSETS),
		("AssetConversion", ASSET_CONVERSION),
		("Diem", DIEM),
		("Staking", STAKING),
		("BuyBurn", BUY_BURN),
		("Credits", CREDITS),
	];

	/// `pallet_preimage`: a referendum's proposal, when not inline.
	pub const PREIMAGE: u8 = 31;
	/// `pallet_referenda`.
	pub const REFERENDA: u8 = 32;
	/// The governance origins (`runtime/src/governance/origins.rs`).
	pub const ORIGINS: u8 = 34;
	/// `pallet_collective` instance 1, the operator.
	pub const OPERATOR: u8 = 36;
	/// `pallet_utility`: a proposal may batch calls.
	pub const UTILITY: u8 = 40;

	/// The chain's governance pallets the explorer reads a proposal from (`--proposal`): a
	/// referendum's origin and a batch's calls are encoded with these indices. The explorer's
	/// runtime does not run them.
	pub const GOVERNANCE: [(&str, u8); 5] = [
		("Preimage", PREIMAGE),
		("Referenda", REFERENDA),
		("Origins", ORIGINS),
		("Operator", OPERATOR),
		("Utility", UTILITY),
	];

	/// Fails unless a runtime's pallets (each one's name and index, from its metadata) hold
	/// every pallet of `expected` under its name and index.
	pub fn check<'a>(
		pallets: impl IntoIterator<Item = (&'a str, u8)>,
		expected: &[(&str, u8)],
	) -> Result<(), alloc::string::String> {
		let pallets: alloc::vec::Vec<(&str, u8)> = pallets.into_iter().collect();
		for &(name, index) in expected {
			match pallets.iter().find(|(n, _)| *n == name) {
				Some((_, i)) if *i == index => {}
				Some((_, i)) => return Err(alloc::format!("{name} is pallet {i}, not {index}")),
				None => return Err(alloc::format!("no pallet {name}")),
			}
		}
		Ok(())
	}
}

/// The referendum tracks' timing: the runtime's tracks (`runtime/src/governance/tracks.rs`)
/// and the explorer's forecast of when a referendum can first be enacted (`diem-sim
/// --proposal`) read it here.
///
/// Periods are in governance hours. A governance day is the chain's `Origins.DayLength`
/// blocks (a mainnet's 43,200, a few on the development presets) and an hour a 24th of it, at
/// least one block ([`hours_in_blocks`](governance::hours_in_blocks)).
pub mod governance {
	/// A track's id.
	pub type TrackId = u16;

	/// The `root` track: anything, runtime upgrades included.
	pub const ROOT: TrackId = 0;
	/// The `economics` track.
	pub const ECONOMICS: TrackId = 1;
	/// The `operations` track.
	pub const OPERATIONS: TrackId = 2;
	/// The `treasury` track.
	pub const TREASURY: TrackId = 3;

	/// Governance hours in a governance day.
	pub const DAY: u32 = 24;

	/// A track's periods, in governance hours.
	#[derive(Clone, Copy, Debug, PartialEq, Eq)]
	pub struct TrackTiming {
		/// From submission until the decision may start.
		pub prepare: u32,
		/// The longest the decision lasts.
		pub decision: u32,
		/// How long approval and support must hold before the referendum passes.
		pub confirm: u32,
		/// The least time between passing and enactment.
		pub min_enactment: u32,
	}

	/// The four tracks' timing, by id.
	pub const TRACK_TIMINGS: [(TrackId, TrackTiming); 4] = [
		(ROOT, TrackTiming { prepare: DAY, decision: 14 * DAY, confirm: DAY, min_enactment: DAY }),
		(
			ECONOMICS,
			TrackTiming { prepare: 4, decision: 14 * DAY, confirm: DAY, min_enactment: DAY },
		),
		(OPERATIONS, TrackTiming { prepare: 1, decision: 7 * DAY, confirm: 3, min_enactment: 1 }),
		(
			TREASURY,
			TrackTiming { prepare: 4, decision: 14 * DAY, confirm: DAY, min_enactment: DAY },
		),
	];

	/// Track `id`'s timing, if there is such a track.
	pub const fn timing(id: TrackId) -> Option<TrackTiming> {
		let mut i = 0;
		while i < TRACK_TIMINGS.len() {
			if TRACK_TIMINGS[i].0 == id {
				return Some(TRACK_TIMINGS[i].1);
			}
			i += 1;
		}
		None
	}

	/// `hours` governance hours in blocks, for a governance day of `day_length` blocks: at least
	/// one block, so no period of a development chain is empty.
	pub const fn hours_in_blocks(day_length: u32, hours: u32) -> u32 {
		let blocks = day_length.saturating_mul(hours) / DAY;
		if blocks == 0 {
			1
		} else {
			blocks
		}
	}
}

/// Blocks in a day of 24 hours, for blocks of `ms_per_block` milliseconds.
pub const fn blocks_per_day(ms_per_block: u64) -> u32 {
	(24 * 60 * 60 * 1_000 / ms_per_block) as u32
}

/// Blocks in a year of 365.25 days (design §1), for blocks of `ms_per_block` milliseconds:
/// 15,778,800 at 2 s, 8,766 at an hour.
pub const fn blocks_per_year(ms_per_block: u64) -> u32 {
	(36_525 * 24 * 60 * 60 * 10 / ms_per_block) as u32
}

parameter_types! {
	/// The DEX's id: its pools' accounts are sub-accounts of it ([`PoolAccount`]).
	pub const AssetConversionPalletId: PalletId = PalletId(*b"py/ascon");
	/// VVV, as the DEX names it.
	pub const Native: NativeOrWithId<AssetId> = NativeOrWithId::Native;
	/// USDC, as the DEX names it.
	pub const UsdcKind: NativeOrWithId<AssetId> = NativeOrWithId::WithId(USDC_ASSET_ID);
	/// [`LP_FEE`].
	pub const LpFee: Permill = LP_FEE;
	/// The largest swap fee the DEX accepts.
	pub const MaxSwapFee: Permill = Permill::from_percent(10);
	/// Nothing is taken from withdrawn liquidity.
	pub const LiquidityWithdrawalFee: Permill = Permill::zero();
	/// [`ASSET_DEPOSIT`].
	pub const AssetDeposit: Balance = ASSET_DEPOSIT;
	/// [`ASSET_ACCOUNT_DEPOSIT`].
	pub const AssetAccountDeposit: Balance = ASSET_ACCOUNT_DEPOSIT;
	/// [`METADATA_DEPOSIT_BASE`].
	pub const MetadataDepositBase: Balance = METADATA_DEPOSIT_BASE;
	/// [`METADATA_DEPOSIT_PER_BYTE`].
	pub const MetadataDepositPerByte: Balance = METADATA_DEPOSIT_PER_BYTE;
	/// [`APPROVAL_DEPOSIT`].
	pub const ApprovalDeposit: Balance = APPROVAL_DEPOSIT;
	/// The DIEM pallet's id, from which the DIEM asset's owner account is derived.
	pub const DiemPalletId: PalletId = PalletId(*b"diem/mnt");
	/// [`DIEM_ASSET_ID`].
	pub const DiemAssetId: AssetId = DIEM_ASSET_ID;
	/// [`USDC_ASSET_ID`].
	pub const UsdcAssetId: AssetId = USDC_ASSET_ID;
	/// The mint rate may rise to 10⁹ × the base rate (design §3): `ln 10⁹`. Mints beyond are
	/// refused.
	pub const DiemMaxRateExponent: sp_runtime::FixedU128 = pallet_diem::curve::LN_1E9;
	/// [`OPERATOR_TARGET_STEP`].
	pub const OperatorTargetStep: Perbill = OPERATOR_TARGET_STEP;
	/// The treasury's id, from which its account is derived.
	pub const TreasuryPalletId: PalletId = PalletId(*b"py/trsry");
	/// The treasury's account.
	pub TreasuryAccount: AccountId = treasury_account();
	/// The staking pot's id: emissions are minted to its account and paid out from it.
	pub const StakingPalletId: PalletId = PalletId(*b"vvv/stkg");
	/// The buy-burn pot's id, from which its account is derived.
	pub const BuyBurnPalletId: PalletId = PalletId(*b"buy/burn");
	/// The custody account of DIEM staked for credits.
	pub const CreditsPalletId: PalletId = PalletId(*b"diem/crd");
}

/// The treasury: receives the locked stake's yield share (design §2). Nobody holds its key.
pub fn treasury_account() -> AccountId {
	TreasuryPalletId::get().into_account_truncating()
}

/// The account that owns the DIEM asset. Nobody holds its key: only the DIEM pallet mints and
/// burns DIEM, through the `fungible` traits, which need no owner's signature.
pub fn diem_asset_owner() -> AccountId {
	DiemPalletId::get().into_account_truncating()
}

/// A pool's account as a sub-account of the DEX's `PalletId`: `b"modl" ++ b"py/ascon" ++ pair`
/// (at most 22 bytes, so no two pairs share one). Keyless like every pallet account, and
/// recognisably so (the SDK's `AccountIdConverter` hashes the pair instead, which hides that
/// the account is keyless): the runtime's call filter refuses to dispatch as any `modl` account.
pub struct PoolAccount<Seed, PoolId>(core::marker::PhantomData<(Seed, PoolId)>);

impl<Seed: frame_support::traits::Get<PalletId>, PoolId: codec::Encode>
	sp_runtime::traits::TryConvert<&PoolId, AccountId> for PoolAccount<Seed, PoolId>
{
	fn try_convert(pool: &PoolId) -> Result<AccountId, &PoolId> {
		Ok(Seed::get().into_sub_account_truncating(pool))
	}
}

/// Writes the economic pallets' `Config` impls for `$runtime`: `pallet-balances`, DIEM's and
/// LP tokens' `pallet-assets` (instances 1 and 2), `pallet-asset-conversion`, staking, DIEM,
/// the buy-burn and credits, with every parameter from this crate. Only what a runtime's
/// economy does not depend on is given:
///
/// - `block_ms`: its block length, which sets staking's `BlocksPerYear` and credits'
///   `BlockTime`;
/// - `clock`: credits' clock;
/// - `unvested`: staking's view of vesting schedules;
/// - the origins: `economics` (the pallets' admin), `operations` (assets' and the DEX's),
///   `operator` (DIEM's bounded target steps, with `operator_target_period`) and `meter`;
/// - the weights of the SDK's pallets (`balances_weights`, `assets_weights`,
///   `asset_conversion_weights`); our pallets' are their own `SubstrateWeight`.
///
/// It also defines, in the calling module, `NativeAndAssets` and `PoolIdToAccountId` (the DEX's
/// view of the tokens and its pools' accounts), `UsdcVvvPool` (the pool the buy-burn buys from)
/// and `StakingRewardStream` (the stakers' share of the buy-burn). It names the runtime's
/// pallets as `construct_runtime` declares them: `System`, `Balances`, `Assets`, `PoolAssets`,
/// `Staking`, `AssetConversion`, which must be in scope with `RuntimeEvent`,
/// `RuntimeHoldReason` and `RuntimeFreezeReason`.
#[macro_export]
macro_rules! impl_economy {
	(
		runtime: $runtime:ty,
		block_ms: $block_ms:expr,
		clock: $clock:ty,
		unvested: $unvested:ty,
		economics_origin: $economics:ty,
		operations_origin: $operations:ty,
		operator_origin: $operator:ty,
		operator_target_period: $operator_period:ty,
		meter_origin: $meter:ty,
		balances_weights: $balances_weights:ty,
		assets_weights: $assets_weights:ty,
		asset_conversion_weights: $dex_weights:ty $(,)?
	) => {
		impl pallet_balances::Config for $runtime {
			type RuntimeEvent = RuntimeEvent;
			type RuntimeHoldReason = RuntimeHoldReason;
			type RuntimeFreezeReason = RuntimeFreezeReason;
			type WeightInfo = $balances_weights;
			type Balance = $crate::Balance;
			type DustRemoval = ();
			type ExistentialDeposit =
				frame_support::traits::ConstU128<{ $crate::EXISTENTIAL_DEPOSIT }>;
			type AccountStore = System;
			type ReserveIdentifier = [u8; 8];
			type FreezeIdentifier = RuntimeFreezeReason;
			type MaxLocks = frame_support::traits::ConstU32<50>;
			type MaxReserves = frame_support::traits::ConstU32<50>;
			type MaxFreezes = frame_support::traits::VariantCountOf<RuntimeFreezeReason>;
			type DoneSlashHandler = ();
		}

		/// DIEM, USDC and the other fungible assets. Assets are created by governance only
		/// (`force_create`): an asset anyone could create and mint to any account would take a
		/// consumer reference of that account for free, and fifteen of them leave an account
		/// unable to receive DIEM; aimed at the credits pallet's custody account, that would
		/// stop all DIEM staking.
		impl pallet_assets::Config<pallet_assets::Instance1> for $runtime {
			type RuntimeEvent = RuntimeEvent;
			type Balance = $crate::Balance;
			type RemoveItemsLimit = frame_support::traits::ConstU32<1000>;
			type AssetId = $crate::AssetId;
			type AssetIdParameter = codec::Compact<$crate::AssetId>;
			type ReserveData = ();
			type Currency = Balances;
			type CreateOrigin = frame_support::traits::AsEnsureOriginWithArg<
				frame_support::traits::NeverEnsureOrigin<$crate::AccountId>,
			>;
			type ForceOrigin = $operations;
			type AssetDeposit = $crate::AssetDeposit;
			type AssetAccountDeposit = $crate::AssetAccountDeposit;
			type MetadataDepositBase = $crate::MetadataDepositBase;
			type MetadataDepositPerByte = $crate::MetadataDepositPerByte;
			type ApprovalDeposit = $crate::ApprovalDeposit;
			type StringLimit = frame_support::traits::ConstU32<50>;
			type Freezer = ();
			type Holder = ();
			type Extra = ();
			type CallbackHandle = ();
			type AssetIdAllocator = ();
			type WeightInfo = $assets_weights;
			#[cfg(feature = "runtime-benchmarks")]
			type BenchmarkHelper = ();
		}

		/// Liquidity-provider tokens: only the DEX creates them (through the `Create` trait), so
		/// no origin may and no asset deposit is taken; an account `touch`ed for them and an
		/// approval carry the same deposits as for any asset, so they cannot fill state for free.
		impl pallet_assets::Config<pallet_assets::Instance2> for $runtime {
			type RuntimeEvent = RuntimeEvent;
			type Balance = $crate::Balance;
			type RemoveItemsLimit = frame_support::traits::ConstU32<1000>;
			type AssetId = u32;
			type AssetIdParameter = u32;
			type ReserveData = ();
			type Currency = Balances;
			type CreateOrigin = frame_support::traits::AsEnsureOriginWithArg<
				frame_support::traits::NeverEnsureOrigin<$crate::AccountId>,
			>;
			type ForceOrigin = $operations;
			type AssetDeposit = frame_support::traits::ConstU128<0>;
			type AssetAccountDeposit = $crate::AssetAccountDeposit;
			type MetadataDepositBase = frame_support::traits::ConstU128<0>;
			type MetadataDepositPerByte = frame_support::traits::ConstU128<0>;
			type ApprovalDeposit = $crate::ApprovalDeposit;
			type StringLimit = frame_support::traits::ConstU32<50>;
			type Freezer = ();
			type Holder = ();
			type Extra = ();
			type CallbackHandle = ();
			type AssetIdAllocator = ();
			type WeightInfo = $assets_weights;
			#[cfg(feature = "runtime-benchmarks")]
			type BenchmarkHelper = ();
		}

		/// VVV and every asset, seen by the DEX as one `fungibles` with VVV as `Native`.
		pub type NativeAndAssets = frame_support::traits::fungible::UnionOf<
			Balances,
			Assets,
			frame_support::traits::fungible::NativeFromLeft,
			frame_support::traits::fungible::NativeOrWithId<$crate::AssetId>,
			$crate::AccountId,
		>;

		/// The account a pool's reserves sit in: [`diem_config::PoolAccount`].
		pub type PoolIdToAccountId = $crate::PoolAccount<
			$crate::AssetConversionPalletId,
			(
				frame_support::traits::fungible::NativeOrWithId<$crate::AssetId>,
				frame_support::traits::fungible::NativeOrWithId<$crate::AssetId>,
			),
		>;

		impl pallet_asset_conversion::Config for $runtime {
			type RuntimeEvent = RuntimeEvent;
			type Balance = $crate::Balance;
			type HigherPrecisionBalance = sp_core::U256;
			type AssetKind = frame_support::traits::fungible::NativeOrWithId<$crate::AssetId>;
			type Assets = NativeAndAssets;
			type PoolId = (Self::AssetKind, Self::AssetKind);
			// Pools pair VVV with an asset, or two assets in ascending order.
			type PoolLocator = pallet_asset_conversion::Chain<
				pallet_asset_conversion::WithFirstAsset<
					$crate::Native,
					$crate::AccountId,
					frame_support::traits::fungible::NativeOrWithId<$crate::AssetId>,
					PoolIdToAccountId,
				>,
				pallet_asset_conversion::Ascending<
					$crate::AccountId,
					frame_support::traits::fungible::NativeOrWithId<$crate::AssetId>,
					PoolIdToAccountId,
				>,
			>;
			type PoolAssetId = u32;
			type PoolAssets = PoolAssets;
			type LPFee = $crate::LpFee;
			type AdminOrigin = $operations;
			type MaxSwapFee = $crate::MaxSwapFee;
			type PoolSetupFee = frame_support::traits::ConstU128<{ $crate::POOL_SETUP_FEE }>;
			type PoolSetupFeeAsset = $crate::Native;
			type PoolSetupFeeTarget = ();
			type LiquidityWithdrawalFee = $crate::LiquidityWithdrawalFee;
			type MintMinLiquidity =
				frame_support::traits::ConstU128<{ $crate::MINT_MIN_LIQUIDITY }>;
			type MaxSwapPathLength = frame_support::traits::ConstU32<3>;
			type PalletId = $crate::AssetConversionPalletId;
			type WeightInfo = $dex_weights;
			#[cfg(feature = "runtime-benchmarks")]
			type BenchmarkHelper = DexBenchmarkHelper;
		}

		impl pallet_diem::Config for $runtime {
			type RuntimeEvent = RuntimeEvent;
			type Diem = frame_support::traits::fungible::ItemOf<
				Assets,
				$crate::DiemAssetId,
				$crate::AccountId,
			>;
			type Collateral = Staking;
			type Curve = pallet_diem::curve::ExponentialCurve<$crate::DiemMaxRateExponent>;
			type MaxRateExponent = $crate::DiemMaxRateExponent;
			type AdminOrigin = $economics;
			type OperatorOrigin = $operator;
			type OperatorTargetStep = $crate::OperatorTargetStep;
			type OperatorTargetPeriod = $operator_period;
			type WeightInfo = pallet_diem::weights::SubstrateWeight<$runtime>;
		}

		impl pallet_vvv_staking::Config for $runtime {
			type RuntimeEvent = RuntimeEvent;
			type Currency = Balances;
			type RuntimeHoldReason = RuntimeHoldReason;
			type PalletId = $crate::StakingPalletId;
			type TreasuryAccount = $crate::TreasuryAccount;
			type Unvested = $unvested;
			type BlocksPerYear =
				frame_support::traits::ConstU32<{ $crate::blocks_per_year($block_ms) }>;
			type MaxUnlockingChunks =
				frame_support::traits::ConstU32<{ $crate::MAX_UNLOCKING_CHUNKS }>;
			// Ten transfers' worth: a staker can always pay for its next claim, unstake or repay.
			type FeeReserve = frame_support::traits::ConstU128<{ $crate::STAKING_FEE_RESERVE }>;
			type AdminOrigin = $economics;
			type WeightInfo = pallet_vvv_staking::weights::SubstrateWeight<$runtime>;
		}

		/// The VVV/USDC pool of the DEX, which the buy-burn buys from.
		pub struct UsdcVvvPool;

		impl pallet_buyburn::PoolReserves for UsdcVvvPool {
			fn reserves() -> Option<($crate::Balance, $crate::Balance)> {
				use frame_support::traits::Get;
				AssetConversion::get_reserves($crate::UsdcKind::get(), $crate::Native::get()).ok()
			}
		}

		/// The stakers' reward stream the buy-burn pays the stakers' shares into: the staking
		/// pallet's `do_distribute_rewards`, from the buy-burn pot, which keeps its existential
		/// deposit. With nothing staked it refuses (`NoStakers`), and the buy-burn burns the
		/// share instead.
		pub struct StakingRewardStream;

		impl pallet_buyburn::StakerRewards<$crate::AccountId> for StakingRewardStream {
			fn distribute(
				from: &$crate::AccountId,
				amount: $crate::Balance,
			) -> sp_runtime::DispatchResult {
				pallet_vvv_staking::Pallet::<$runtime>::do_distribute_rewards(
					from.clone(),
					amount,
					frame_support::traits::tokens::Preservation::Preserve,
				)
			}
		}

		impl pallet_buyburn::Config for $runtime {
			type RuntimeEvent = RuntimeEvent;
			type Native = Balances;
			type Revenue = frame_support::traits::fungible::ItemOf<
				Assets,
				$crate::UsdcAssetId,
				$crate::AccountId,
			>;
			type Swap = AssetConversion;
			type AssetKind = frame_support::traits::fungible::NativeOrWithId<$crate::AssetId>;
			type RevenueKind = $crate::UsdcKind;
			type NativeKind = $crate::Native;
			type Reserves = UsdcVvvPool;
			type StakerRewards = StakingRewardStream;
			type PoolFee = $crate::LpFee;
			type PalletId = $crate::BuyBurnPalletId;
			type MaxHistory = frame_support::traits::ConstU32<{ $crate::BUY_BURN_MAX_HISTORY }>;
			type AdminOrigin = $economics;
			type WeightInfo = pallet_buyburn::weights::SubstrateWeight<$runtime>;
		}

		impl pallet_credits::Config for $runtime {
			type RuntimeEvent = RuntimeEvent;
			type Diem = frame_support::traits::fungible::ItemOf<
				Assets,
				$crate::DiemAssetId,
				$crate::AccountId,
			>;
			type Clock = $clock;
			type PalletId = $crate::CreditsPalletId;
			type DiemUnit = frame_support::traits::ConstU128<{ $crate::DIEM }>;
			type MinStakeForCredits =
				frame_support::traits::ConstU128<{ $crate::MIN_STAKE_FOR_CREDITS }>;
			type MaxUnlockingChunks =
				frame_support::traits::ConstU32<{ $crate::MAX_UNLOCKING_CHUNKS }>;
			type MaxUsageBatch = frame_support::traits::ConstU32<{ $crate::MAX_USAGE_BATCH }>;
			type HistoryDays = frame_support::traits::ConstU32<{ $crate::CREDIT_HISTORY_DAYS }>;
			type BlockTime = frame_support::traits::ConstU64<{ $block_ms }>;
			type AdminOrigin = $economics;
			type MeterOrigin = $meter;
			type WeightInfo = pallet_credits::weights::SubstrateWeight<$runtime>;
		}
	};
}

/// Design §7.5 for one buy-burn purchase: it paid on average at most its reference price
/// (USDC planck per whole VVV, rounded down, so one more) × (1 + `max_slippage`) for the
/// `bought` VVV (burned and streamed) its `spent` USDC bought. Std only: it formats its error.
#[cfg(feature = "std")]
pub fn check_purchase_price(
	spent: Balance,
	bought: Balance,
	reference_price: Balance,
	max_slippage: Perbill,
) -> Result<(), String> {
	let limit = (reference_price + 1) as f64 * (1.0 + f64::from(max_slippage.deconstruct()) / 1e9);
	let average = spent as f64 / bought as f64 * UNIT as f64;
	if average > limit * (1.0 + 1e-9) {
		return Err(format!("a purchase paid {average} > {limit}"));
	}
	Ok(())
}

/// VVV that left the issuance other than by the buy-burn's burns, which the issuance check
/// ([`check_economy!`]) must know: the runtime that runs the economy counts it from events.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct IssuanceLedger {
	/// VVV's total issuance at genesis.
	pub genesis_issuance: Balance,
	/// The pool-setup fees burned ([`POOL_SETUP_FEE`] a pool created by a call).
	pub pool_fees: Balance,
	/// Dust lost when accounts were reaped.
	pub dust: Balance,
	/// The block the emission's schedule is checked from: 0 from genesis, a snapshot's block
	/// for a run started from a live chain.
	pub start_block: BlockNumber,
	/// VVV emitted before `start_block`.
	pub emitted_at_start: Balance,
	/// The emission's remainder below a planck carried at `start_block` (staking's
	/// `Pool.emission_remainder`): the emission since is `(annual · blocks + it) / BlocksPerYear`.
	pub emission_remainder_at_start: u128,
}

/// The economy's cross-pallet invariants (design §7) on `$runtime`'s current state, the first
/// broken one as `Err(String)`; the runtime's randomised tests and the explorer run it after
/// every block (std only: it formats its errors):
///
/// - every economic pallet's own `try_state` (staking, DIEM, buy-burn, credits);
/// - §7.1: VVV's issuance is every account's VVV, and only the emission, the buy-burn's burns,
///   the pool-setup fees and reaped dust moved it since genesis (`$ledger`);
/// - §7.3 across pallets: the DIEM pallet's locked VVV is the collateral staking locked, each
///   position locks at most its stake's lock, and the DIEM asset's supply is the positions'
///   minted DIEM;
/// - §7.4: the emission is the schedule's, to the planck, for the blocks run since
///   `start_block` at the current annual emission;
/// - no account lives without VVV: each holds at least the existential deposit, free or
///   reserved, but the keyless accounts `$exempt` that hold a provider reference of their own.
#[macro_export]
macro_rules! check_economy {
	($runtime:ty, $ledger:expr, $exempt:expr $(,)?) => {{
		(|| -> Result<(), String> {
			use frame_support::traits::{fungibles::Inspect as _, Get as _};
			type Rt = $runtime;
			let ledger: &$crate::IssuanceLedger = $ledger;
			let exempt: &[$crate::AccountId] = $exempt;
			pallet_vvv_staking::Pallet::<Rt>::do_try_state()
				.map_err(|e| format!("staking: {e:?}"))?;
			pallet_diem::Pallet::<Rt>::do_try_state().map_err(|e| format!("diem: {e:?}"))?;
			pallet_buyburn::Pallet::<Rt>::do_try_state().map_err(|e| format!("buy-burn: {e:?}"))?;
			pallet_credits::Pallet::<Rt>::do_try_state().map_err(|e| format!("credits: {e:?}"))?;

			let issuance = pallet_balances::TotalIssuance::<Rt>::get();
			let held: $crate::Balance = frame_system::Account::<Rt>::iter()
				.map(|(_, info)| info.data.free + info.data.reserved)
				.sum();
			if issuance != held {
				return Err(format!("issuance {issuance} ≠ Σ balances {held}"));
			}
			let expected = ledger.genesis_issuance + pallet_vvv_staking::TotalEmitted::<Rt>::get()
				- pallet_buyburn::TotalBurned::<Rt>::get()
				- ledger.pool_fees
				- ledger.dust;
			if issuance != expected {
				return Err(format!(
					"issuance {issuance} ≠ genesis + emitted − burned − pool fees − dust {expected}"
				));
			}

			if pallet_diem::TotalLocked::<Rt>::get() != pallet_vvv_staking::TotalLocked::<Rt>::get() {
				return Err("DIEM's locked VVV ≠ staking's locked stake".into());
			}
			let diem_supply =
				pallet_assets::Pallet::<Rt, pallet_assets::Instance1>::total_issuance($crate::DIEM_ASSET_ID);
			if diem_supply != pallet_diem::TotalMinted::<Rt>::get() {
				return Err("the DIEM asset's supply ≠ the positions' minted DIEM".into());
			}
			for (who, position) in pallet_diem::Positions::<Rt>::iter() {
				if position.locked > pallet_vvv_staking::Pallet::<Rt>::staker(&who).locked {
					return Err(format!("{who:?}'s position locks more than its stake's lock"));
				}
			}

			let per_year: u32 = <Rt as pallet_vvv_staking::Config>::BlocksPerYear::get();
			let per_year = u128::from(per_year);
			let annual = pallet_vvv_staking::AnnualEmission::<Rt>::get();
			// Blocks start+1..=now ran `on_initialize` (from genesis, start is block 0, which
			// did not).
			let n = u128::from(frame_system::Pallet::<Rt>::block_number())
				.saturating_sub(u128::from(ledger.start_block));
			let emitted = pallet_vvv_staking::TotalEmitted::<Rt>::get() - ledger.emitted_at_start;
			let schedule = (annual * n + ledger.emission_remainder_at_start) / per_year;
			if emitted != schedule {
				return Err(format!("emitted {emitted} ≠ {schedule} for {n} blocks"));
			}

			for (who, info) in frame_system::Account::<Rt>::iter() {
				if info.data.free + info.data.reserved < $crate::EXISTENTIAL_DEPOSIT
					&& !exempt.contains(&who)
				{
					return Err(format!("{who:?} lives without a VVV deposit: {info:?}"));
				}
			}
			Ok(())
		})()
	}};
}
