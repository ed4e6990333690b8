//! The dev presets' genesis DIEM (design §5): Alice stakes at genesis, mints a genesis position
//! through the curve against that stake, and seeds a DIEM/USDC pool with it, so DIEM trades
//! from block 0 and design §7.3 (the DIEM supply is the positions' minted DIEM, their locked VVV
//! the locked stake) holds at genesis and after. The production preset has none of it.

#![allow(clippy::unwrap_used, clippy::arithmetic_side_effects)]

mod common;

use common::*;
use diem_runtime::{
	genesis_config_presets::{
		DEV_ACCOUNT_USDC, DEV_ACCOUNT_VVV, DEV_ALICE_STAKE, DEV_GENESIS_POSITION_DIEM,
		DEV_POOL_DIEM, DEV_POOL_DIEM_USDC, DIEM, POOL_USDC, POOL_VVV, PRODUCTION_RUNTIME_PRESET,
	},
	AssetConversion, Assets, BuyBurn, Diem, Runtime, RuntimeHoldReason, Staking, DIEM_ASSET_ID,
};
use frame_support::traits::{
	fungible::{InspectHold, NativeOrWithId},
	fungibles::Inspect as _,
};
use sp_genesis_builder::{DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::Sr25519Keyring;

/// The presets with the genesis position and the DIEM/USDC pool.
const DEV_PRESETS: [&str; 2] = [DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET];

/// DIEM on the DEX.
fn diem() -> NativeOrWithId<u32> {
	NativeOrWithId::WithId(DIEM_ASSET_ID)
}

/// `who`'s DIEM.
fn diem_of(who: &diem_runtime::AccountId) -> u128 {
	Assets::balance(DIEM_ASSET_ID, who)
}

/// The DIEM/USDC pool's reserves: `(DIEM, USDC)`.
fn diem_pool() -> (u128, u128) {
	AssetConversion::get_reserves(diem(), usdc()).unwrap()
}

/// Every pallet's `try_state` (the whole runtime's with the `try-runtime` feature, ours
/// always) and design §7.3 across the DIEM and staking pallets.
fn check_invariants() {
	Staking::do_try_state().unwrap();
	Diem::do_try_state().unwrap();
	BuyBurn::do_try_state().unwrap();
	diem_runtime::Credits::do_try_state().unwrap();
	diem_runtime::Claims::do_try_state().unwrap();
	#[cfg(feature = "try-runtime")]
	{
		use frame_support::traits::{TryState, TryStateSelect};
		<diem_runtime::AllPalletsWithSystem as TryState<_>>::try_state(
			diem_runtime::System::block_number(),
			TryStateSelect::All,
		)
		.unwrap();
	}
	assert_eq!(Assets::total_issuance(DIEM_ASSET_ID), pallet_diem::TotalMinted::<Runtime>::get());
	assert_eq!(
		pallet_diem::TotalLocked::<Runtime>::get(),
		pallet_vvv_staking::TotalLocked::<Runtime>::get()
	);
	for (who, position) in pallet_diem::Positions::<Runtime>::iter() {
		assert!(position.locked <= Staking::staker(&who).locked);
	}
}

#[test]
fn the_presets_name_the_genesis_stake_position_and_pools() {
	let patch = preset_patch(DEV_RUNTIME_PRESET);
	assert_eq!(patch["staking"]["stakers"].as_array().unwrap().len(), 1);
	assert_eq!(patch["diem"]["positions"].as_array().unwrap().len(), 1);
	assert_eq!(patch["assetConversion"]["pools"].as_array().unwrap().len(), 2);
	let production = preset_patch(PRODUCTION_RUNTIME_PRESET);
	assert!(production["diem"].get("positions").is_none());
	assert!(production["staking"].get("stakers").is_none());
	assert!(production.get("assetConversion").is_none());
}

/// The production preset names each economic, governance and session parameter itself
/// instead of leaving it to a pallet default that assumes a block time (design §14): every
/// field of these pallets' genesis but the lists an allocation fills.
#[test]
fn production_names_every_parameter() {
	let production = preset_patch(PRODUCTION_RUNTIME_PRESET);
	let defaults = serde_json::to_value(diem_runtime::RuntimeGenesisConfig::default()).unwrap();
	let allocated = ["stakers", "positions", "meters", "sequencers"];
	for pallet in ["staking", "diem", "buyBurn", "credits", "origins", "sequencers"] {
		for field in defaults[pallet].as_object().unwrap().keys() {
			if allocated.contains(&field.as_str()) {
				continue;
			}
			assert!(
				production[pallet].get(field).is_some(),
				"production leaves {pallet}.{field} to the pallet's default"
			);
		}
	}
	assert_eq!(production["sequencers"]["sessionLength"], 1_800);
	assert_eq!(production["staking"]["unbondingPeriod"], 7 * 43_200);
	assert_eq!(production["buyBurn"]["burnPeriod"], 30 * 43_200);
}

#[test]
fn the_genesis_position_is_minted_through_the_curve_and_seeds_the_pool() {
	// What minting the position costs on the launch curve from a supply of zero: the quote on
	// a chain without it.
	let quote = genesis_state(PRODUCTION_RUNTIME_PRESET).execute_with(|| {
		assert_eq!(Assets::total_issuance(DIEM_ASSET_ID), 0, "no DIEM on the production chain");
		assert!(pallet_asset_conversion::Pools::<Runtime>::iter().next().is_none());
		Diem::quote_mint(DEV_GENESIS_POSITION_DIEM).unwrap()
	});
	// About 90 VVV a DIEM at the bottom of the curve.
	assert!(quote > 90 * DEV_GENESIS_POSITION_DIEM && quote < 91 * DEV_GENESIS_POSITION_DIEM);

	for preset in DEV_PRESETS {
		genesis_state(preset).execute_with(|| {
			let alice = account(Sr25519Keyring::Alice);
			// The position: minted through the curve although minting is closed.
			assert!(!pallet_diem::MintingOpen::<Runtime>::get());
			let position = Diem::position(&alice);
			assert_eq!(position.minted, DEV_GENESIS_POSITION_DIEM);
			assert_eq!(position.locked, quote);
			assert_eq!(pallet_diem::Positions::<Runtime>::iter().count(), 1);
			// §7.3: the supply is the position's DIEM, its VVV is the locked stake.
			assert_eq!(Assets::total_issuance(DIEM_ASSET_ID), DEV_GENESIS_POSITION_DIEM);
			assert_eq!(pallet_diem::TotalMinted::<Runtime>::get(), DEV_GENESIS_POSITION_DIEM);
			assert_eq!(pallet_diem::TotalLocked::<Runtime>::get(), quote);
			let staker = Staking::staker(&alice);
			assert_eq!((staker.staked, staker.locked), (DEV_ALICE_STAKE, quote));
			assert_eq!(pallet_vvv_staking::TotalStaked::<Runtime>::get(), DEV_ALICE_STAKE);
			let staked = RuntimeHoldReason::Staking(pallet_vvv_staking::HoldReason::Staked);
			assert_eq!(diem_runtime::Balances::balance_on_hold(&staked, &alice), DEV_ALICE_STAKE);

			// The pool holds the position's DIEM but the 1 DIEM Alice keeps, at 300 USDC.
			assert!(pallet_asset_conversion::Pools::<Runtime>::contains_key((diem(), usdc())));
			assert_eq!(diem_pool(), (DEV_POOL_DIEM, DEV_POOL_DIEM_USDC));
			assert_eq!(DEV_POOL_DIEM_USDC / (DEV_POOL_DIEM / DIEM), 300 * USDC);
			assert_eq!(diem_of(&alice), DEV_GENESIS_POSITION_DIEM - DEV_POOL_DIEM);
			// The VVV/USDC pool is as it was, and Alice keeps the rest.
			assert_eq!(pool(), (POOL_USDC, POOL_VVV));
			assert_eq!(usdc_of(&alice), DEV_ACCOUNT_USDC - POOL_USDC - DEV_POOL_DIEM_USDC);
			// Free VVV: less the stake, the VVV/USDC pool and the pools' asset-account deposits.
			let free = DEV_ACCOUNT_VVV - DEV_ALICE_STAKE - POOL_VVV;
			assert!(vvv_of(&alice) <= free && vvv_of(&alice) > free - VVV);

			check_invariants();
		});
	}
}

#[test]
fn diem_trades_from_block_one_and_every_invariant_holds() {
	for preset in DEV_PRESETS {
		genesis(preset).execute_with(|| {
			check_invariants();
			let bob = account(Sr25519Keyring::Bob);
			let supply = Assets::total_issuance(DIEM_ASSET_ID);
			let usdc_before = usdc_of(&bob);
			assert_eq!(diem_of(&bob), 0);

			// Bob buys DIEM with 3,000 USDC: 10 DIEM at 300, less the 0.3% fee and the impact.
			swap_all(&bob, [usdc(), diem()], 3_000 * USDC).unwrap();
			let bought = diem_of(&bob);
			assert!(bought > 9_850 * DIEM / 1_000 && bought < 9_880 * DIEM / 1_000, "{bought}");
			assert_eq!(diem_pool(), (DEV_POOL_DIEM - bought, DEV_POOL_DIEM_USDC + 3_000 * USDC));
			check_invariants();
			advance(3);
			check_invariants();

			// And sells all of it back: a round trip costs him the two fees, about 0.6%.
			swap_all(&bob, [diem(), usdc()], bought).unwrap();
			assert_eq!(diem_of(&bob), 0);
			let lost = usdc_before - usdc_of(&bob);
			assert!(lost > 17 * USDC && lost < 19 * USDC, "the round trip cost {lost}");
			assert_eq!(diem_pool().0, DEV_POOL_DIEM, "the pool has its DIEM back");
			// Trading moves DIEM between accounts; only the DIEM pallet mints or burns it.
			assert_eq!(Assets::total_issuance(DIEM_ASSET_ID), supply);
			check_invariants();

			for _ in 0..5 {
				next_block();
				check_invariants();
			}
			// Alice's genesis stake earns as any other.
			assert!(Staking::staker(&account(Sr25519Keyring::Alice)).pending_rewards > 0);
		});
	}
}

/// The economy's parameters are the shared configuration's (`diem_config`), which the
/// explorer's runtime expands too: a value changed there changes both.
#[test]
fn the_economy_is_configured_by_the_shared_configuration() {
	use frame_support::traits::Get;
	let max_usage_batch: u32 = <Runtime as pallet_credits::Config>::MaxUsageBatch::get();
	assert_eq!(max_usage_batch, diem_config::MAX_USAGE_BATCH);
	let fee_reserve: u128 = <Runtime as pallet_vvv_staking::Config>::FeeReserve::get();
	assert_eq!(fee_reserve, diem_config::STAKING_FEE_RESERVE);
	assert_eq!(<Runtime as pallet_asset_conversion::Config>::LPFee::get(), diem_config::LP_FEE);
	let per_year: u32 = <Runtime as pallet_vvv_staking::Config>::BlocksPerYear::get();
	assert_eq!(per_year, diem_config::blocks_per_year(diem_runtime::MILLISECS_PER_BLOCK));
	let burn_share = preset_patch(PRODUCTION_RUNTIME_PRESET)["buyBurn"]["burnShare"].clone();
	assert_eq!(burn_share, serde_json::json!(diem_config::mainnet::BURN_SHARE.deconstruct()));
}

/// The economy's pallets sit at the indices the shared configuration declares, which the
/// explorer's runtime takes too: a live chain's holds (reasons encoded by pallet index) read
/// the same in both.
#[test]
fn the_economy_pallets_sit_at_the_shared_indices() {
	use frame_support::traits::PalletsInfoAccess;
	let infos = diem_runtime::AllPalletsWithSystem::infos();
	let pallets = || infos.iter().map(|p| (p.name, p.index as u8));
	diem_config::pallet_index::check(pallets(), &diem_config::pallet_index::ECONOMY).unwrap();
	diem_config::pallet_index::check(pallets(), &diem_config::pallet_index::GOVERNANCE).unwrap();
}
