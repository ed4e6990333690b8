//! The assembled runtime, natively: the `development` genesis preset built as the node builds
//! it, and blocks run through `Executive` as the node runs them (Aura's slot in the digest, the
//! timestamp inherent, `on_initialize`, the calls, `on_idle`, `on_finalize`).

#![allow(dead_code, clippy::unwrap_used, clippy::arithmetic_side_effects)]

use codec::Encode;
use diem_runtime::{
	genesis_config_presets, AccountId, Balance, Executive, Header, Runtime, RuntimeCall,
	RuntimeEvent, RuntimeOrigin, System, USDC_ASSET_ID,
};
use frame_support::{dispatch::DispatchResultWithPostInfo, traits::fungible::NativeOrWithId};
use sp_consensus_aura::{Slot, AURA_ENGINE_ID};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	traits::{Dispatchable, Header as _},
	Digest, DigestItem,
};

/// One USDC: 6 decimals.
pub const USDC: Balance = 1_000_000;
/// One VVV.
pub const VVV: Balance = diem_runtime::UNIT;

/// The named preset's genesis patch, as JSON.
pub fn preset_patch(preset: &str) -> serde_json::Value {
	let patch = genesis_config_presets::get_preset(&preset.into()).expect("a known preset");
	serde_json::from_slice(&patch).unwrap()
}

/// The genesis state of the named preset, before block 1.
pub fn genesis_state(preset: &str) -> sp_io::TestExternalities {
	sp_io::TestExternalities::new(genesis_config_presets::preset_storage(preset).unwrap())
}

/// The chain of the named preset (`development`, `local_testnet`), at the start of block 1.
pub fn genesis(preset: &str) -> sp_io::TestExternalities {
	let mut ext = genesis_state(preset);
	ext.execute_with(|| start_block(1));
	ext
}

/// The `development` chain, at the start of block 1.
pub fn dev_chain() -> sp_io::TestExternalities {
	genesis(sp_genesis_builder::DEV_RUNTIME_PRESET)
}

/// Starts block `number`: Aura's slot in the digest, `on_initialize` of every pallet, then the
/// timestamp inherent.
pub fn start_block(number: u32) {
	let slot = Slot::from(u64::from(number));
	let digest = Digest { logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, slot.encode())] };
	let parent = System::parent_hash();
	let header = Header::new(number, Default::default(), Default::default(), parent, digest);
	Executive::initialize_block(&header);
	let now = u64::from(number) * diem_runtime::MILLISECS_PER_BLOCK;
	let inherent = RuntimeCall::Timestamp(pallet_timestamp::Call::set { now });
	inherent.dispatch(RuntimeOrigin::none()).unwrap();
}

/// Ends the current block (`on_idle`, `on_finalize`) and starts the next; returns the
/// buy-burn's events of the block that ended, with the reference price it bought against.
pub fn next_block() -> Vec<pallet_buyburn::Event<Runtime>> {
	next_block_events()
		.into_iter()
		.filter_map(|event| match event {
			RuntimeEvent::BuyBurn(event) => Some(event),
			_ => None,
		})
		.collect()
}

/// [`next_block`], returning every event of the block that ended.
pub fn next_block_events() -> Vec<RuntimeEvent> {
	let number = System::block_number();
	Executive::finalize_block();
	let events = System::events().into_iter().map(|record| record.event).collect();
	start_block(number + 1);
	events
}

/// Runs `blocks` blocks.
pub fn advance(blocks: u32) {
	for _ in 0..blocks {
		next_block();
	}
}

/// A dev account.
pub fn account(keyring: Sr25519Keyring) -> AccountId {
	keyring.to_account_id()
}

/// Dispatches `call` signed by `who`, without its transaction fee (which only makes an
/// attacker poorer).
pub fn signed(who: &AccountId, call: RuntimeCall) -> DispatchResultWithPostInfo {
	call.dispatch(RuntimeOrigin::signed(who.clone()))
}

/// Dispatches `call` as root (the dev chains' sudo).
pub fn root(call: RuntimeCall) -> DispatchResultWithPostInfo {
	call.dispatch(RuntimeOrigin::root())
}

/// VVV on the DEX.
pub fn native() -> NativeOrWithId<u32> {
	NativeOrWithId::Native
}

/// USDC on the DEX.
pub fn usdc() -> NativeOrWithId<u32> {
	NativeOrWithId::WithId(USDC_ASSET_ID)
}

/// The VVV/USDC pool's reserves: `(USDC, VVV)`.
pub fn pool() -> (Balance, Balance) {
	diem_runtime::AssetConversion::get_reserves(usdc(), native()).unwrap()
}

/// The VVV/USDC pool's price: USDC units per whole VVV.
pub fn pool_price() -> f64 {
	let (usdc, vvv) = pool();
	usdc as f64 / vvv as f64 * VVV as f64
}

/// Swaps exactly `amount_in` of the first asset of `path` into the last, for `who`, keeping
/// `who`'s account of the first asset alive.
pub fn swap(
	who: &AccountId,
	path: [NativeOrWithId<u32>; 2],
	amount_in: Balance,
) -> DispatchResultWithPostInfo {
	swap_keeping(who, path, amount_in, true)
}

/// [`swap`], where `who` may give all of it (selling a whole non-sufficient asset balance).
pub fn swap_all(
	who: &AccountId,
	path: [NativeOrWithId<u32>; 2],
	amount_in: Balance,
) -> DispatchResultWithPostInfo {
	swap_keeping(who, path, amount_in, false)
}

fn swap_keeping(
	who: &AccountId,
	path: [NativeOrWithId<u32>; 2],
	amount_in: Balance,
	keep_alive: bool,
) -> DispatchResultWithPostInfo {
	signed(
		who,
		RuntimeCall::AssetConversion(pallet_asset_conversion::Call::swap_exact_tokens_for_tokens {
			path: path.into_iter().map(Box::new).collect(),
			amount_in,
			amount_out_min: 1,
			send_to: who.clone(),
			keep_alive,
		}),
	)
}

/// `who`'s free VVV.
pub fn vvv_of(who: &AccountId) -> Balance {
	diem_runtime::Balances::free_balance(who)
}

/// `who`'s USDC.
pub fn usdc_of(who: &AccountId) -> Balance {
	diem_runtime::Assets::balance(USDC_ASSET_ID, who)
}
