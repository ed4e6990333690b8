//! The DIEM appchain runtime.
//!
//! A Base-style chain: governed sequencers take turns (Aura) producing a block every
//! [`MILLISECS_PER_BLOCK`] milliseconds, with GRANDPA finality. VVV is the native token (`pallet-balances`, 18 decimals);
//! DIEM and USDC live in `pallet-assets`; `pallet-asset-conversion` is the chain's DEX, whose
//! USDC/VVV pool the treasury buy-burn trades on. See design §1 and §5 (`docs/design.md`).

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime` expands to a large number of nested types.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

use alloc::vec::Vec;

pub mod apis;
pub mod call_filter;
pub mod configs;
pub mod consensus;
pub mod genesis_config_presets;
pub mod governance;
pub mod weights;
pub mod wrappers;

use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::RuntimeVersion;

pub use configs::{
	DIEM_ASSET_ID, EXISTENTIAL_DEPOSIT, MILLISECS_PER_BLOCK, TOKEN_DECIMALS, TOKEN_SYMBOL, UNIT,
	USDC_ASSET_ID,
};
pub use frame_support::traits::fungible::NativeOrWithId;
#[cfg(feature = "std")]
pub use sp_runtime::BuildStorage;

/// Types the node needs without knowing the runtime's extrinsic format.
pub mod opaque {
	use super::*;
	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Opaque block header type.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block type.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Opaque block hash type.
	pub type Hash = <BlakeTwo256 as sp_runtime::traits::Hash>::Output;
}

impl_opaque_keys! {
	/// The keys a validator registers: Aura to author blocks, GRANDPA to vote on finality.
	pub struct SessionKeys {
		/// Block authoring key.
		pub aura: Aura,
		/// Finality voting key.
		pub grandpa: Grandpa,
	}
}

/// The runtime's version. `spec_version` must rise with every change of runtime logic.
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("diem"),
	impl_name: alloc::borrow::Cow::Borrowed("diem-node"),
	authoring_version: 1,
	spec_version: 109,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 3,
	system_version: 1,
};

/// How transactions are signed: sr25519, ed25519 or ecdsa, like every Substrate chain.
pub type Signature = MultiSignature;
/// An account is the public key of its signer.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// An amount of VVV or of an asset, in planck (10^-18 of a VVV).
pub type Balance = u128;
/// Index of an account's transactions.
pub type Nonce = u32;
/// A block or state hash.
pub type Hash = sp_core::H256;
/// A block number.
pub type BlockNumber = diem_config::BlockNumber;
/// The id of an asset in `pallet-assets`.
pub type AssetId = u32;
/// The address format of extrinsics.
pub type Address = MultiAddress<AccountId, ()>;
/// Block header.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// Block.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// The checks every signed transaction goes through, in order.
pub type TxExtension = (
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);

/// An extrinsic as the runtime decodes it.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;

/// What a signer signs.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// The storage migrations of this runtime version, run once on an upgrade to it.
pub type Migrations = (
	pallet_buyburn::migrations::v1::MigrateToV1<Runtime>,
	pallet_buyburn::migrations::v2::MigrateToV2<Runtime>,
	pallet_buyburn::migrations::v3::MigrateToV3<Runtime>,
	pallet_diem::migrations::v1::MigrateToV1<Runtime>,
	pallet_vvv_staking::migrations::v1::MigrateToV1<Runtime>,
	pallet_credits::migrations::v1::MigrateToV1<Runtime>,
);

/// Dispatches blocks and extrinsics to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

// Genesis is built pallet by pallet in the order the pallets are declared below, and with
// `legacy_ordering` their hooks run in that order too (without it, both follow the pallet
// indices, which stay what they were: calls, events, errors and hold reasons encode with them).
// The dev presets' genesis needs, in this order:
//
// - Balances and Assets: the dev accounts' VVV and USDC, the DIEM asset;
// - Staking: Alice's genesis stake, the collateral of
// - Diem: her genesis position, whose DIEM goes into
// - AssetConversion: the VVV/USDC and DIEM/USDC pools, the first of which
// - BuyBurn samples as its first reference price.
//
// Of our pallets' hooks, only the `on_initialize`s do something that another could see:
// Staking's emission, BuyBurn's price sample and Credits' day, in that order as before.
// AssetConversion and Diem have no block hooks, and BuyBurn's `on_idle` is the only one that
// spends weight (at the same position of the rotating `on_idle` order as before).
#[frame_support::runtime(legacy_ordering)]
mod runtime {
	/// The runtime.
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	/// Accounts, blocks, events.
	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	/// The block timestamp inherent.
	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;
	/// Block authoring by the sequencer.
	#[runtime::pallet_index(2)]
	pub type Aura = pallet_aura;
	/// Finality.
	#[runtime::pallet_index(3)]
	pub type Grandpa = pallet_grandpa;
	/// VVV, the native token.
	#[runtime::pallet_index(4)]
	pub type Balances = pallet_balances;
	/// Transaction fees in VVV.
	#[runtime::pallet_index(5)]
	pub type TransactionPayment = pallet_transaction_payment;
	/// Root access on the dev and test chains.
	#[runtime::pallet_index(6)]
	pub type Sudo = pallet_sudo;
	/// Locked VVV that unlocks over time: the allocation's cliffs and linear releases. After
	/// Balances: its genesis locks genesis balances.
	#[runtime::pallet_index(15)]
	pub type Vesting = pallet_vesting;

	// Sequencing (`consensus.rs`): the governed set, its sessions and their history.
	/// The block's author, for equivocation reports.
	#[runtime::pallet_index(7)]
	pub type Authorship = pallet_authorship;
	/// The sequencer set governance manages. Before Session: its genesis names the first
	/// sessions' sequencers.
	#[runtime::pallet_index(13)]
	pub type Sequencers = pallet_sequencers;
	/// Sessions: the sequencers' Aura and GRANDPA keys, rotated at session boundaries.
	#[runtime::pallet_index(8)]
	pub type Session = pallet_session;
	/// The sessions' sets, to prove who owned a key when it equivocated.
	#[runtime::pallet_index(9)]
	pub type Historical = pallet_session::historical;
	/// DIEM, USDC and other fungible assets.
	#[runtime::pallet_index(10)]
	pub type Assets = pallet_assets<Instance1>;
	/// The DEX's liquidity-provider tokens.
	#[runtime::pallet_index(11)]
	pub type PoolAssets = pallet_assets<Instance2>;
	/// VVV staking: the emission, the cooldown, and DIEM's collateral. Before Diem: a
	/// genesis position locks genesis stake.
	#[runtime::pallet_index(21)]
	pub type Staking = pallet_vvv_staking;
	/// DIEM: mint against locked stake on the exponential curve, repay to release it. Before
	/// AssetConversion: a genesis pool holds genesis DIEM.
	#[runtime::pallet_index(20)]
	pub type Diem = pallet_diem;
	/// The DEX: constant-product pools of VVV and assets. Before BuyBurn: its genesis samples
	/// the VVV/USDC pool.
	#[runtime::pallet_index(12)]
	pub type AssetConversion = pallet_asset_conversion;
	/// The treasury's buy-burn: revenue buys VVV on the DEX every epoch and burns it.
	#[runtime::pallet_index(22)]
	pub type BuyBurn = pallet_buyburn;
	/// Compute credits: DIEM staked gives $1 of compute a day, metered by providers.
	#[runtime::pallet_index(23)]
	pub type Credits = pallet_credits;
	/// Claims of VVV by its holders on Base, by Ethereum signature. After Balances and
	/// Vesting: its genesis mints the claims into its pot.
	#[runtime::pallet_index(24)]
	pub type Claims = pallet_claims;

	// Governance (`governance/`): referenda on VVV, the operator, the treasury, safe mode.
	/// Calls scheduled for later: referenda's enactments.
	#[runtime::pallet_index(30)]
	pub type Scheduler = pallet_scheduler;
	/// Proposals' calls, stored by hash until enacted.
	#[runtime::pallet_index(31)]
	pub type Preimage = pallet_preimage;
	/// Referenda on four tracks.
	#[runtime::pallet_index(32)]
	pub type Referenda = pallet_referenda;
	/// Votes with conviction, and delegations, of VVV (staked VVV included).
	#[runtime::pallet_index(33)]
	pub type ConvictionVoting = pallet_conviction_voting;
	/// The tracks' origins and the governance day.
	#[runtime::pallet_index(34)]
	pub type Origins = governance::origins;
	/// Spends of the treasury's account.
	#[runtime::pallet_index(35)]
	pub type Treasury = pallet_treasury;
	/// The operator: a collective with bounded powers.
	#[runtime::pallet_index(36)]
	pub type Operator = pallet_collective<Instance1>;
	/// Safe mode: only governance runs while it lasts.
	#[runtime::pallet_index(37)]
	pub type SafeMode = pallet_safe_mode;

	// What every Substrate user expects (`wrappers.rs`).
	/// Batches and dispatch helpers.
	#[runtime::pallet_index(40)]
	pub type Utility = pallet_utility;
	/// Proxies: any, staking-only, governance-only.
	#[runtime::pallet_index(41)]
	pub type Proxy = pallet_proxy;
	/// Multisig accounts.
	#[runtime::pallet_index(42)]
	pub type Multisig = pallet_multisig;
}
