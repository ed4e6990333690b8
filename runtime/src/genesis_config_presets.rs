//! Genesis presets: `development` (one sequencer, Alice), `local_testnet` (Alice and Bob) and
//! `production` (mainnet parameters).
//!
//! The dev presets fund the well-known dev accounts, create the DIEM and USDC assets with
//! metadata, give the dev accounts USDC, and seed a VVV/USDC pool on the DEX so the buy-burn of
//! design §4 has a market on a fresh chain; their periods are short so a user sees them turn in
//! one sitting. The amounts are dev-chain choices, not mainnet economics. They stream a share
//! of the buy-burn's purchases and of every fee to stakers ([`DEV_STAKER_SHARE`],
//! [`DEV_FEE_STAKER_SHARE`]), which mainnet leaves at 0 until governance sets them.
//!
//! They also seed a DIEM/USDC pool, so DIEM trades from block 0 (design §5). Its DIEM is minted
//! through the curve like any other: Alice stakes [`DEV_ALICE_STAKE`] at genesis, opens a
//! genesis position of [`DEV_GENESIS_POSITION_DIEM`] against it (minting itself stays closed
//! until sudo opens it) and puts [`DEV_POOL_DIEM`] of it into the pool with
//! [`DEV_POOL_DIEM_USDC`], so the DIEM supply is the positions' minted DIEM (design §7.3) from
//! genesis on. This needs the pallets' genesis built in the order Staking, Diem,
//! AssetConversion: see the runtime's declaration order.
//!
//! `production` names every mainnet parameter itself ([`mainnet`]: 7-day cooldown, 30-day
//! epochs, an hour's price half-life and session, …), funds nobody, has no sudo key and no dev
//! pool, and names no sequencer: an allocation file adds those (`docs/launch.md`,
//! `diem-node chain-spec-from-allocation`).
//!
//! The dev presets make a governance day [`DEV_GOVERNANCE_DAY`] blocks, so a referendum passes
//! in a minute or two, and make Charlie the operator (a collective of one: his motions execute
//! at once). `production` keeps 24-hour governance days and names no operator.
//!
//! Every preset gives the credits pallet's custody account (`Credits::custody()`) the
//! existential deposit, so it lives on VVV like any account (design §5).
//!
//! No asset is sufficient: holding DIEM or USDC takes an account with VVV (or a `touch`
//! deposit), so no account lives without a VVV-worth deposit (design §5).

use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use pallet_claims::{EthereumAddress, VestingTerms, VestingTermsOf};
use serde_json::Value;
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use sp_runtime::Perbill;

use crate::configs::DAYS;
use crate::{
	configs::{diem_asset_owner, treasury_account},
	AccountId, AssetConversionConfig, AssetsConfig, Balance, BalancesConfig, BuyBurnConfig,
	ClaimsConfig, Credits, CreditsConfig, DiemConfig, NativeOrWithId, OperatorConfig,
	OriginsConfig, RuntimeGenesisConfig, SequencersConfig, SessionConfig, SessionKeys,
	StakingConfig, SudoConfig, DIEM_ASSET_ID, EXISTENTIAL_DEPOSIT, UNIT, USDC_ASSET_ID,
};

/// The name of the mainnet-parameters preset.
pub const PRODUCTION_RUNTIME_PRESET: &str = "production";

pub use diem_config::{DIEM, DIEM_MIN_BALANCE, USDC, USDC_MIN_BALANCE};
/// VVV each dev account starts with.
pub const DEV_ACCOUNT_VVV: Balance = 10_000_000 * UNIT;
/// USDC each dev account starts with.
pub const DEV_ACCOUNT_USDC: Balance = 10_000_000 * USDC;
/// VVV Alice puts into the VVV/USDC pool at genesis.
pub const POOL_VVV: Balance = 1_000_000 * UNIT;
/// USDC Alice puts into the VVV/USDC pool at genesis: VVV opens at 3 USDC.
pub const POOL_USDC: Balance = 3_000_000 * USDC;
/// VVV Alice stakes at genesis: the collateral of her genesis DIEM position (which locks about
/// 90,000 VVV of it), the rest free stake.
pub const DEV_ALICE_STAKE: Balance = 200_000 * UNIT;
/// DIEM Alice mints at genesis through the curve, from a supply of zero: what goes into the
/// DIEM/USDC pool and 1 DIEM she keeps, since the DEX's genesis deposit leaves the provider at
/// least the asset's minimum balance.
pub const DEV_GENESIS_POSITION_DIEM: Balance = DEV_POOL_DIEM + DIEM;
/// DIEM Alice puts into the DIEM/USDC pool at genesis.
pub const DEV_POOL_DIEM: Balance = 1_000 * DIEM;
/// USDC Alice puts into the DIEM/USDC pool at genesis: DIEM opens at 300 USDC.
pub const DEV_POOL_DIEM_USDC: Balance = 300_000 * USDC;
/// The dev chains' staking cooldown: 10 blocks (20 s) instead of 7 days, so that a user can
/// unstake and withdraw in one sitting.
pub const DEV_UNBONDING_PERIOD: u32 = 10;
/// The dev chains' buy-burn epoch: 10 blocks (20 s) instead of 30 days.
pub const DEV_BURN_PERIOD: u32 = 10;
/// The dev chains' reference price half-life: 10 blocks (20 s) instead of an hour, so a user
/// sees the reference follow the pool within a minute.
pub const DEV_PRICE_HALF_LIFE: u32 = 10;
/// The dev chains' fewest blocks between two purchases: 5 (10 s) instead of 5 minutes.
pub const DEV_BUY_INTERVAL: u32 = 5;
/// The dev chains' share of the VVV the buy-burn buys that is streamed to stakers instead of
/// burned: 20% (mainnet: 0 until governance sets it), so a user sees the second source of
/// staking yield.
pub const DEV_STAKER_SHARE: Perbill = Perbill::from_percent(20);
/// The dev chains' share of every transaction fee streamed to stakers: 20%, taken from the
/// treasury's part (the fee burn keeps its 50%; the treasury gets 30%). Mainnet: 0.
pub const DEV_FEE_STAKER_SHARE: Perbill = Perbill::from_percent(20);
/// The dev chains' distribution period: 10 blocks (20 s) instead of a day.
pub const DEV_DISTRIBUTION_PERIOD: u32 = 10;
/// The dev chains' credit day: a minute instead of a UTC day, so a user sees the allowance
/// renew in one sitting. Ferdie is the dev chains' meter (an inference provider).
pub const DEV_CREDIT_DAY: u64 = 60;

/// Blocks in a governance day on the dev chains: an `economics` referendum decides within
/// 70 blocks (14 days), confirms in 5 and is enacted 5 later, and a 1× conviction vote stays
/// locked for 35 blocks after its referendum.
pub const DEV_GOVERNANCE_DAY: u32 = 5;

/// The dev chains' session: 10 blocks (20 s) instead of an hour, so a change of the
/// sequencer set or of a sequencer's keys takes effect within a minute.
pub const DEV_SESSION_LENGTH: u32 = 10;

/// The genesis of a dev chain sequenced by `authorities`: each an Aura (sr25519) key and a
/// GRANDPA (ed25519) key of the same dev seed.
fn testnet_genesis(authorities: Vec<(Sr25519Keyring, Ed25519Keyring)>) -> Value {
	let endowed: Vec<AccountId> = Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect();
	let alice = Sr25519Keyring::Alice.to_account_id();
	let sequencers: Vec<AccountId> = authorities.iter().map(|(sr, _)| sr.to_account_id()).collect();
	let keys: Vec<(AccountId, AccountId, SessionKeys)> = authorities
		.iter()
		.map(|(sr, ed)| {
			let keys = SessionKeys { aura: sr.public().into(), grandpa: ed.public().into() };
			(sr.to_account_id(), sr.to_account_id(), keys)
		})
		.collect();

	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed
				.iter()
				.cloned()
				.map(|a| (a, DEV_ACCOUNT_VVV))
				.chain([(Credits::custody(), EXISTENTIAL_DEPOSIT)])
				.collect::<Vec<_>>(),
		},
		sequencers: SequencersConfig { sequencers, session_length: DEV_SESSION_LENGTH },
		session: SessionConfig { keys },
		sudo: SudoConfig { key: Some(alice.clone()) },
		assets: AssetsConfig {
			assets: assets(alice.clone()),
			metadata: asset_metadata(),
			accounts: endowed
				.iter()
				.cloned()
				.map(|a| (USDC_ASSET_ID, a, DEV_ACCOUNT_USDC))
				.collect::<Vec<_>>(),
		},
		staking: StakingConfig {
			unbonding_period: DEV_UNBONDING_PERIOD,
			distribution_period: DEV_DISTRIBUTION_PERIOD,
			stakers: vec![(alice.clone(), DEV_ALICE_STAKE)],
		},
		diem: DiemConfig { positions: vec![(alice.clone(), DEV_GENESIS_POSITION_DIEM)] },
		buy_burn: BuyBurnConfig {
			burn_period: DEV_BURN_PERIOD,
			price_half_life: DEV_PRICE_HALF_LIFE,
			buy_interval: DEV_BUY_INTERVAL,
			staker_share: DEV_STAKER_SHARE,
			fee_staker_share: DEV_FEE_STAKER_SHARE,
		},
		credits: CreditsConfig {
			day_length: DEV_CREDIT_DAY,
			meters: vec![Sr25519Keyring::Ferdie.to_account_id()],
		},
		origins: OriginsConfig { day_length: DEV_GOVERNANCE_DAY },
		operator: OperatorConfig { members: vec![Sr25519Keyring::Charlie.to_account_id()] },
		claims: ClaimsConfig { claims: dev_claims(), statement: None },
		asset_conversion: AssetConversionConfig {
			// A pool of VVV and an asset is located with VVV first, one of two assets with
			// the lower id first (the runtime's `PoolLocator`); genesis accepts either order.
			pools: vec![
				(
					NativeOrWithId::Native,
					NativeOrWithId::WithId(USDC_ASSET_ID),
					alice.clone(),
					POOL_VVV,
					POOL_USDC,
				),
				(
					NativeOrWithId::WithId(DIEM_ASSET_ID),
					NativeOrWithId::WithId(USDC_ASSET_ID),
					alice,
					DEV_POOL_DIEM,
					DEV_POOL_DIEM_USDC,
				),
			],
		},
	})
}

/// The dev snapshot's claims (docs/claims.md): the first four Hardhat/Anvil test keys, whose
/// private keys are public. The first two are the dashboard's browser test's, the last two the
/// e2e suite's.
pub const DEV_CLAIMS: [(&str, Balance, Option<VestingTermsOf<crate::Runtime>>); 4] = [
	("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", 1_000 * UNIT, None),
	(
		"0x70997970c51812dc3a010c7d01b50e0d17dc79c8",
		5_000 * UNIT,
		Some(VestingTerms { locked: 4_000 * UNIT, start: 100, length: 1_000 }),
	),
	("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc", 2_000 * UNIT, None),
	(
		"0x90f79bf6eb2c4f870365e785982e1f101e93b906",
		3_000 * UNIT,
		Some(VestingTerms { locked: 3_000 * UNIT, start: 0, length: 30_000 }),
	),
];

/// [`DEV_CLAIMS`] as the claims pallet's genesis takes them.
pub fn dev_claims() -> Vec<pallet_claims::GenesisClaimOf<crate::Runtime>> {
	DEV_CLAIMS
		.iter()
		.map(|(address, amount, vesting)| {
			let address = EthereumAddress::from_hex(address).expect("the dev claims are addresses");
			(address, *amount, *vesting)
		})
		.collect()
}

/// DIEM (owned by the DIEM pallet's account) and USDC (owned by `usdc_owner`), neither of them
/// sufficient: `(id, owner, is_sufficient, min_balance)`.
fn assets(usdc_owner: AccountId) -> Vec<(u32, AccountId, bool, Balance)> {
	vec![
		(DIEM_ASSET_ID, diem_asset_owner(), false, DIEM_MIN_BALANCE),
		(USDC_ASSET_ID, usdc_owner, false, USDC_MIN_BALANCE),
	]
}

/// The assets' names, symbols and decimals.
fn asset_metadata() -> Vec<(u32, Vec<u8>, Vec<u8>, u8)> {
	vec![
		(DIEM_ASSET_ID, b"Diem".to_vec(), b"DIEM".to_vec(), 18),
		(USDC_ASSET_ID, b"USD Coin".to_vec(), b"USDC".to_vec(), 6),
	]
}

/// Mainnet's economic and governance parameters, each named here rather than left to a
/// pallet's default (design §14): the periods are in blocks of [`crate::MILLISECS_PER_BLOCK`] and
/// follow from [`DAYS`], so a change of block time is one edit here. The economy's are
/// `diem_config::mainnet`'s (shared with the explorer, whose scenarios start from them), in this
/// chain's blocks; governance's and the sequencers' are declared here.
pub mod mainnet {
	use super::*;
	use crate::MILLISECS_PER_BLOCK;
	use diem_config::mainnet as economy;

	/// The economy's parameters counted in units, not time: `diem_config::mainnet`'s as they are.
	pub use economy::{
		ANNUAL_EMISSION, BURN_SHARE, CREDIT_COOLDOWN_DAYS, CREDIT_DAY, CURVE, FEE_BURN_SHARE,
		FEE_STAKER_SHARE, LOCKED_YIELD_TO_TREASURY, MAX_PRICE_IMPACT, MAX_SLIPPAGE, MINTING_OPEN,
		STAKER_SHARE,
	};

	/// The staking cooldown: 7 days.
	pub const UNBONDING_PERIOD: u32 =
		economy::days_in_blocks(economy::UNBONDING_DAYS, MILLISECS_PER_BLOCK);
	/// The period over which a distribution to stakers streams: a day.
	pub const DISTRIBUTION_PERIOD: u32 =
		economy::days_in_blocks(economy::DISTRIBUTION_DAYS, MILLISECS_PER_BLOCK);
	/// The buy-burn epoch: 30 days.
	pub const BURN_PERIOD: u32 =
		economy::days_in_blocks(economy::BURN_PERIOD_DAYS, MILLISECS_PER_BLOCK);
	/// The reference price's half-life: an hour.
	pub const PRICE_HALF_LIFE: u32 =
		economy::minutes_in_blocks(economy::PRICE_HALF_LIFE_MINUTES, MILLISECS_PER_BLOCK);
	/// The fewest blocks between two purchases: 5 minutes.
	pub const BUY_INTERVAL: u32 =
		economy::minutes_in_blocks(economy::BUY_INTERVAL_MINUTES, MILLISECS_PER_BLOCK);
	/// A governance day: 24 hours of blocks.
	pub const GOVERNANCE_DAY: u32 = DAYS;
	/// A session: an hour. Sequencer changes and key rotations take effect one to two
	/// sessions after they are made.
	pub const SESSION_LENGTH: u32 = DAYS / 24;
}

/// Mainnet: every parameter named ([`mainnet`]), nobody funded but the credits custody, no
/// sudo key, no sequencer and no operator named, the assets created and owned by the chain
/// (USDC by the treasury). A template: the allocation file (`docs/launch.md`) adds the
/// accounts, vesting, stakes, sequencers and operator.
fn production_genesis() -> Value {
	use mainnet::*;
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig { balances: vec![(Credits::custody(), EXISTENTIAL_DEPOSIT)] },
		sudo: SudoConfig { key: None },
		assets: AssetsConfig { assets: assets(treasury_account()), metadata: asset_metadata() },
		staking: StakingConfig {
			annual_emission: ANNUAL_EMISSION,
			unbonding_period: UNBONDING_PERIOD,
			locked_yield_to_treasury: LOCKED_YIELD_TO_TREASURY,
			distribution_period: DISTRIBUTION_PERIOD,
		},
		diem: DiemConfig { curve: CURVE, minting_open: MINTING_OPEN },
		buy_burn: BuyBurnConfig {
			burn_period: BURN_PERIOD,
			burn_share: BURN_SHARE,
			max_price_impact: MAX_PRICE_IMPACT,
			fee_burn_share: FEE_BURN_SHARE,
			price_half_life: PRICE_HALF_LIFE,
			max_slippage: MAX_SLIPPAGE,
			buy_interval: BUY_INTERVAL,
			staker_share: STAKER_SHARE,
			fee_staker_share: FEE_STAKER_SHARE,
		},
		credits: CreditsConfig { day_length: CREDIT_DAY, cooldown_days: CREDIT_COOLDOWN_DAYS },
		origins: OriginsConfig { day_length: GOVERNANCE_DAY },
		sequencers: SequencersConfig { session_length: SESSION_LENGTH },
	})
}

/// The genesis patch of the named preset, serialized, or `None` for an unknown name.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		DEV_RUNTIME_PRESET => testnet_genesis(vec![(Sr25519Keyring::Alice, Ed25519Keyring::Alice)]),
		LOCAL_TESTNET_RUNTIME_PRESET => testnet_genesis(vec![
			(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
		]),
		PRODUCTION_RUNTIME_PRESET => production_genesis(),
		_ => return None,
	};
	Some(
		serde_json::to_string(&patch)
			.expect("serializing a JSON value cannot fail; qed")
			.into_bytes(),
	)
}

/// The names of the presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(DEV_RUNTIME_PRESET),
		PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET),
		PresetId::from(PRODUCTION_RUNTIME_PRESET),
	]
}

/// The genesis storage of the named preset: its patch merged into the runtime's default
/// genesis, object by object, as the node merges it. For native tests and tools.
#[cfg(feature = "std")]
pub fn preset_storage(id: &str) -> Result<sp_runtime::Storage, alloc::string::String> {
	use alloc::string::ToString;
	use sp_runtime::BuildStorage;

	fn merge(base: &mut Value, patch: Value) {
		match (base, patch) {
			(Value::Object(base), Value::Object(patch)) => {
				for (key, value) in patch {
					merge(base.entry(key).or_insert(Value::Null), value);
				}
			}
			(base, patch) => *base = patch,
		}
	}

	let patch = get_preset(&id.into()).ok_or_else(|| alloc::format!("no preset named {id}"))?;
	let patch: Value = serde_json::from_slice(&patch).map_err(|e| e.to_string())?;
	let mut config =
		serde_json::to_value(crate::RuntimeGenesisConfig::default()).map_err(|e| e.to_string())?;
	merge(&mut config, patch);
	let config: crate::RuntimeGenesisConfig =
		serde_json::from_value(config).map_err(|e| e.to_string())?;
	config.build_storage()
}
