//! The simulation runtime: the chain's economy (the project's four pallets with the
//! pallet-balances, pallet-assets and pallet-asset-conversion the chain runs), configured by the
//! chain's own `diem_config::impl_economy!`, but for its blocks, which last an hour
//! ([`BLOCK_MS`]), so a simulated year is 8,766 blocks. There is no consensus, transaction
//! payment or signature: agents' calls are dispatched as signed origins directly, and the
//! runner calls every pallet's hooks around them.

use frame_support::derive_impl;
use frame_support::traits::{EitherOfDiverse, SortedMembers};
use frame_system::{EnsureRoot, EnsureSignedBy};

pub use diem_config::{
	diem_asset_owner, treasury_account as treasury, AccountId, AssetId, Balance, Native, UsdcKind,
	DIEM, DIEM_ASSET_ID, DIEM_MIN_BALANCE, EXISTENTIAL_DEPOSIT, UNIT, USDC, USDC_ASSET_ID,
	USDC_MIN_BALANCE,
};

/// Externalities holding `storage` in their overlay, over an empty trie: a run's every read is
/// a map lookup, where a trie backend would decode and hash nodes for each value not written
/// since genesis (a tenth of a year's run, measured). Runs never compute a storage root.
pub fn externalities(storage: sp_runtime::Storage) -> sp_io::TestExternalities {
	let mut ext = sp_io::TestExternalities::new_empty();
	ext.execute_with(|| {
		for (key, value) in storage.top {
			sp_io::storage::set(&key, &value);
		}
	});
	ext
}

/// The simulation's block: one hour, numbered as the chain numbers its blocks
/// (`diem_config::BlockNumber`).
pub type Block = frame_system::mocking::MockBlockU32<Runtime>;

/// A block lasts an hour.
pub const BLOCK_MS: u64 = 60 * 60 * 1000;
/// Blocks in a day: 24.
pub const BLOCKS_PER_DAY: u32 = diem_config::blocks_per_day(BLOCK_MS);

// The chain's names and pallet indices (`diem_config::pallet_index`): a live chain's storage,
// holds and calls read the same here (`--from`, `--proposal`). In the chain's order too, which
// is the genesis' and the hooks' order: staking, then DIEM's positions, then the pools.
frame_support::construct_runtime!(
	pub enum Runtime {
		System: frame_system = 0,
		Balances: pallet_balances = 4,
		Assets: pallet_assets::<Instance1> = 10,
		PoolAssets: pallet_assets::<Instance2> = 11,
		Staking: pallet_vvv_staking = 21,
		Diem: pallet_diem = 20,
		AssetConversion: pallet_asset_conversion = 12,
		BuyBurn: pallet_buyburn = 22,
		Credits: pallet_credits = 23,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	type AccountId = AccountId;
	type Lookup = sp_runtime::traits::IdentityLookup<AccountId>;
	type AccountData = pallet_balances::AccountData<Balance>;
	type MaxConsumers = frame_support::traits::ConstU32<16>;
}

// The chain's economy, as the chain configures it (`diem_config`), but for what an hour-long
// block without governance changes: the block length, the clock, the governance origins (each
// track a keyless signer, `Track`; the operator agent dispatches as root), vesting read from the
// chain's locks, and the SDK pallets' weights left out (nothing here fills a block).
diem_config::impl_economy! {
	runtime: Runtime,
	block_ms: BLOCK_MS,
	clock: BlockClock,
	unvested: VestingLocks,
	economics_origin: EconomicsOrigin,
	operations_origin: OperationsOrigin,
	operator_origin: OperatorOrigin,
	operator_target_period: frame_support::traits::ConstU32<{ 7 * BLOCKS_PER_DAY }>,
	meter_origin: MeterOrigin,
	balances_weights: (),
	assets_weights: (),
	asset_conversion_weights: (),
}

/// A governance track's origin here, where no referenda or collective run: a proposal read
/// from a referendum is dispatched with its track's origin, as the chain would enact it, so a
/// call its track may not make fails here as there (`BadOrigin`). Each track is a signed origin
/// of a keyless account of its own ([`Track::account`]), which holds nothing and is used for
/// nothing else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Track {
	/// The `economics` track (`Origins::Economics`).
	Economics,
	/// The `operations` track (`Origins::Operations`).
	Operations,
	/// The `treasury` track (`Origins::Treasurer`): no economic call takes it.
	Treasurer,
	/// Two thirds of the operator collective.
	Operator,
	/// An origin no economic call takes (the operator collective short of two thirds, a
	/// signed account).
	Other,
}

impl Track {
	/// The track's signer: `diem-sim/track/` and its index, never a chain's or an agent's
	/// account.
	pub fn account(self) -> AccountId {
		let mut bytes = [0u8; 32];
		bytes[..15].copy_from_slice(b"diem-sim/track/");
		bytes[15] = self as u8;
		AccountId::new(bytes)
	}

	/// Its origin.
	pub fn origin(self) -> RuntimeOrigin {
		RuntimeOrigin::signed(self.account())
	}
}

/// The signer of track `T` (a [`Track`] as `u8`).
pub struct TrackSigner<const T: u8>;

impl<const T: u8> SortedMembers<AccountId> for TrackSigner<T> {
	fn sorted_members() -> Vec<AccountId> {
		let track = [Track::Economics, Track::Operations, Track::Treasurer, Track::Operator]
			.into_iter()
			.find(|t| *t as u8 == T)
			.unwrap_or(Track::Other);
		vec![track.account()]
	}
}

/// The chain's `EconomicsOrigin`: root or the `economics` track.
pub type EconomicsOrigin = EitherOfDiverse<
	EnsureRoot<AccountId>,
	EnsureSignedBy<TrackSigner<{ Track::Economics as u8 }>, AccountId>,
>;
/// The chain's `OperationsOrigin`: root or the `operations` track.
pub type OperationsOrigin = EitherOfDiverse<
	EnsureRoot<AccountId>,
	EnsureSignedBy<TrackSigner<{ Track::Operations as u8 }>, AccountId>,
>;
/// The chain's `OperatorOrigin`: two thirds of the operator collective, not root.
pub type OperatorOrigin = EnsureSignedBy<TrackSigner<{ Track::Operator as u8 }>, AccountId>;
/// The chain's `MeterOrigin`: operations or the operator.
pub type MeterOrigin = EitherOfDiverse<OperationsOrigin, OperatorOrigin>;

/// Staking's view of vesting here, where no vesting pallet runs: an account's vesting lock
/// (`pallet-vesting`'s id), as a live chain last set it, so stake still vesting backs no DIEM
/// here either (it unlocks no further: the lock stays). From a scenario's genesis: none.
pub struct VestingLocks;

impl pallet_vvv_staking::Unvested<AccountId> for VestingLocks {
	fn unvested(who: &AccountId) -> Balance {
		pallet_balances::Locks::<Runtime>::get(who)
			.iter()
			.find(|lock| lock.id == *b"vesting ")
			.map_or(0, |lock| lock.amount)
	}
}

frame_support::parameter_types! {
	/// The clock's origin: block `.0` starts at Unix time `.1` ms. From a scenario's genesis,
	/// block 1 at 0; from a live chain (`--from`), the chain's block and timestamp, so the
	/// credits' days carry on from the chain's.
	pub storage ClockOrigin: (u32, u64) = (1, 0);
}

/// The simulation's clock: block `n` starts `n − origin` hours after the origin's time
/// ([`ClockOrigin`]), so from genesis day `d`'s 24 blocks are `24·d + 1 ..= 24·d + 24`, the
/// runner's days.
pub struct BlockClock;

impl pallet_credits::Clock for BlockClock {
	fn now() -> pallet_credits::Moment {
		let (block, ms) = ClockOrigin::get();
		let hours = u64::from(System::block_number().saturating_sub(block));
		ms.saturating_add(hours.saturating_mul(BLOCK_MS))
	}
}
