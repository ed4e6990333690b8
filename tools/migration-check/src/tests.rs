//! The check on the `development` genesis, put back into the layout an older runtime left: the
//! upgrade it finds, and each problem it names.

use super::*;
use diem_runtime::{genesis_config_presets::preset_storage, Balances};
use frame_system::LastRuntimeUpgradeInfo;
use pallet_buyburn::{
	migrations::v3::{FeeBurnShare, FeeStakerShare},
	FeeShares,
};
use sp_runtime::Perbill;
use std::collections::BTreeSet;

/// The development chain's genesis state.
fn dev_state() -> sp_io::TestExternalities {
	sp_io::TestExternalities::new(preset_storage("development").expect("the dev preset builds"))
}

/// The chain as the previous runtime (one `spec_version` below) left it: the buy-burn pallet at
/// storage version 2, with its two fee shares in their own values.
fn as_previous_runtime_left_it() {
	let shares = FeeShares::<Runtime>::take();
	FeeBurnShare::<Runtime>::put(shares.burn);
	FeeStakerShare::<Runtime>::put(shares.stakers);
	StorageVersion::new(2).put::<BuyBurn>();
	frame_system::LastRuntimeUpgrade::<Runtime>::put(LastRuntimeUpgradeInfo {
		spec_version: (VERSION.spec_version - 1).into(),
		spec_name: VERSION.spec_name.clone(),
	});
}

fn items(report: &Report) -> BTreeSet<String> {
	report.changes.iter().map(|c| c.item.clone()).collect()
}

fn undeclared(pallet: &str, item: &str) -> String {
	format!("{pallet}::{} (not declared by this build)", hex(&twox_128(item.as_bytes())))
}

#[test]
fn upgrading_a_version_2_chain_moves_the_fee_shares_and_changes_nothing_else() {
	dev_state().execute_with(|| {
		as_previous_runtime_left_it();
		let (burn, stakers) = (FeeBurnShare::<Runtime>::get(), FeeStakerShare::<Runtime>::get());
		assert_ne!(burn, Perbill::zero(), "the dev chain burns a share of fees");

		let report = check();

		assert!(report.passed(), "{report}");
		assert_eq!(report.spec_before, Some(VERSION.spec_version - 1));
		assert_eq!(report.spec_in_code, VERSION.spec_version);
		let moved: Vec<_> = report.versions.iter().filter(|v| v.before != v.after).collect();
		assert_eq!(moved, [&PalletVersion { pallet: "BuyBurn", before: 2, after: 3, in_code: 3 }]);
		assert_eq!(
			items(&report),
			BTreeSet::from([
				"System::LastRuntimeUpgrade".to_string(),
				"BuyBurn :__STORAGE_VERSION__:".to_string(),
				"BuyBurn::FeeShares".to_string(),
				undeclared("BuyBurn", "FeeBurnShare"),
				undeclared("BuyBurn", "FeeStakerShare"),
			])
		);
		let change = |item: &str| report.changes.iter().find(|c| c.item == item).unwrap();
		assert_eq!(change("BuyBurn::FeeShares").before, None);
		assert_eq!(change("BuyBurn::FeeShares").after, Some((burn, stakers).encode()));
		assert_eq!(change(&undeclared("BuyBurn", "FeeBurnShare")).before, Some(burn.encode()));
		assert_eq!(change(&undeclared("BuyBurn", "FeeBurnShare")).after, None);
		assert_eq!(change(&undeclared("BuyBurn", "FeeStakerShare")).after, None);
		assert_eq!(
			change("BuyBurn :__STORAGE_VERSION__:").after,
			Some(StorageVersion::new(3).encode())
		);
		assert!(report.weight.any_gt(Weight::zero()) && report.weight.all_lte(report.max_block));
		// The state is left upgraded.
		assert_eq!(FeeShares::<Runtime>::get().burn, burn);
		assert!(!FeeBurnShare::<Runtime>::exists());
	});
}

#[test]
fn the_report_reads_as_json() {
	dev_state().execute_with(|| {
		as_previous_runtime_left_it();
		let json = check().to_json();
		assert_eq!(json["passed"], true);
		assert_eq!(json["specInCode"], VERSION.spec_version);
		let changes = json["changes"].as_array().unwrap();
		let fee_shares = changes.iter().find(|c| c["item"] == "BuyBurn::FeeShares").unwrap();
		assert_eq!(fee_shares["before"], serde_json::Value::Null);
		assert_eq!(fee_shares["after"], hex(&FeeShares::<Runtime>::get().encode()));
		assert_eq!(json["problems"].as_array().unwrap().len(), 0);
	});
}

#[test]
fn the_version_the_chain_runs_is_not_an_upgrade() {
	dev_state().execute_with(|| {
		// Genesis records the version the chain started with: this build's.
		let report = check();
		assert_eq!(
			report.problems,
			[Problem::NotAnUpgrade {
				on_chain: (VERSION.spec_name.to_string(), VERSION.spec_version),
				in_code: (VERSION.spec_name.to_string(), VERSION.spec_version),
			}]
		);
		assert!(report.changes.is_empty(), "{report}");
	});
}

#[test]
fn another_chains_runtime_is_not_an_upgrade() {
	dev_state().execute_with(|| {
		frame_system::LastRuntimeUpgrade::<Runtime>::put(LastRuntimeUpgradeInfo {
			spec_version: 1.into(),
			spec_name: "another-chain".into(),
		});
		let report = check();
		assert_eq!(
			report.problems,
			[Problem::NotAnUpgrade {
				on_chain: ("another-chain".to_string(), 1),
				in_code: (VERSION.spec_name.to_string(), VERSION.spec_version),
			}]
		);
	});
}

#[test]
fn a_pallet_behind_its_code_with_no_migration_is_named() {
	dev_state().execute_with(|| {
		as_previous_runtime_left_it();
		let in_code = <Balances as GetStorageVersion>::in_code_storage_version().number();
		assert!(in_code > 0, "the balances pallet declares a version");
		StorageVersion::new(0).put::<Balances>();

		let report = check();

		assert_eq!(
			report.problems,
			[Problem::VersionMismatch(PalletVersion {
				pallet: "Balances",
				before: 0,
				after: 0,
				in_code
			})]
		);
		assert!(report.to_string().contains("Balances is at storage version 0"), "{report}");
	});
}

#[test]
fn a_broken_invariant_is_named() {
	dev_state().execute_with(|| {
		as_previous_runtime_left_it();
		pallet_vvv_staking::TotalStaked::<Runtime>::mutate(|total| *total += 1);

		let report = check();

		assert_eq!(report.problems.len(), 1, "{report}");
		assert!(
			matches!(&report.problems[0], Problem::BrokenInvariant { pallet: "Staking", error }
				if error.contains("TotalStaked")),
			"{report}"
		);
		assert!(!report.passed());
	});
}

#[test]
fn every_pallet_of_the_runtime_has_its_version_checked() {
	dev_state().execute_with(|| {
		let checked: BTreeSet<&str> =
			storage_versions().into_iter().map(|(pallet, _, _)| pallet).collect();
		let runtime: BTreeSet<&str> = <AllPalletsWithSystem as PalletsInfoAccess>::infos()
			.into_iter()
			.map(|info| info.name)
			.collect();
		assert_eq!(checked, runtime);
	});
}

#[test]
fn the_diff_names_added_removed_and_modified_keys() {
	// Some storage bounds are read from storage: the names are taken in a chain's state.
	let names = dev_state().execute_with(Names::of_runtime);
	let number = [twox_128(b"System"), twox_128(b"Number")].concat();
	let gone = [twox_128(b"BuyBurn"), twox_128(b"Gone")].concat();
	let version = [twox_128(b"Diem"), twox_128(STORAGE_VERSION_POSTFIX)].concat();
	let unknown = vec![0xAB; 40];
	let before = BTreeMap::from([
		(number.clone(), 5u32.encode()),
		(gone.clone(), vec![1]),
		(b":code".to_vec(), vec![0]),
		(version.clone(), 1u16.encode()),
	]);
	let after = BTreeMap::from([
		(number.clone(), 6u32.encode()),
		(b":code".to_vec(), vec![0]),
		(version.clone(), 1u16.encode()),
		(unknown.clone(), vec![2]),
	]);

	let changes = diff(&before, &after, &names);

	let by_key: BTreeMap<_, _> = changes.iter().map(|c| (c.key.clone(), c)).collect();
	assert_eq!(changes.len(), 3, "unchanged keys are not listed: {changes:?}");
	assert_eq!(by_key[&number].item, "System::Number");
	assert_eq!(by_key[&number].before, Some(5u32.encode()));
	assert_eq!(by_key[&number].after, Some(6u32.encode()));
	assert_eq!(by_key[&gone].item, undeclared("BuyBurn", "Gone"));
	assert_eq!(by_key[&gone].after, None);
	assert_eq!(by_key[&unknown].item, hex(&unknown));
	assert_eq!(by_key[&unknown].before, None);
	assert_eq!(names.name(b":code"), ":code");
	assert_eq!(names.name(&version), "Diem :__STORAGE_VERSION__:");
}
