//! Runs of the simulation runtime: design §7 holds after every block, the same seed gives the same
//! output, the agents' calls reach the pallets, and the command line writes its outputs.

use diem_sim::{
	explore::{self, Sweep},
	scenario::Scenario,
	sim::Sim,
};

/// The small scenario's file. Found through the `CARGO_MANIFEST_DIR` cargo sets when it runs
/// the test, not the one compiled in: the target directory is shared between clones, and a test
/// binary built in another clone (whose sources were newer) would read that clone's file.
fn small_toml() -> String {
	let dir =
		std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").into());
	format!("{dir}/scenarios/small.toml")
}

fn small(days: u32) -> Scenario {
	let text = std::fs::read_to_string(small_toml()).unwrap();
	let mut scenario = Scenario::from_toml(&text).unwrap();
	scenario.days = days;
	scenario
}

#[test]
fn invariants_hold_after_every_block_of_a_run() {
	let scenario = small(30);
	let output = Sim::new(&scenario, 11, true).run(|_| ()).expect("design §7 after every block");
	assert_eq!(output.days.len(), 30);
	// The agents did act through the pallets: DIEM was bought and staked for credits, minted,
	// and the buy-burn was paid.
	let last = output.days.last().unwrap();
	assert!(output.calls.ok > 100, "{:?}", output.calls);
	let accepted = |action: &str| output.calls.by_action.get(action).map_or(0, |c| c.0);
	assert!(accepted("holder mints and sells") > 0, "{:?}", output.calls);
	assert!(accepted("user buys DIEM") > 0 && accepted("arbitrage") > 0, "{:?}", output.calls);
	assert!(last.diem_supply > 101.0, "holders minted beyond the genesis position: {last:?}");
	assert!(last.diem_staked_for_credits > 0.0, "{last:?}");
	assert!(last.emitted > 0.0 && last.vvv_supply > 0.0);
	assert!(output.days.iter().map(|d| d.revenue).sum::<f64>() > 0.0, "users paid for compute");
}

#[test]
fn the_same_seed_gives_the_same_output() {
	let scenario = small(12);
	let a = Sim::new(&scenario, 5, false).run(|_| ()).unwrap();
	let b = Sim::new(&scenario, 5, false).run(|_| ()).unwrap();
	assert_eq!(a.days, b.days);
	assert_eq!(a.calls, b.calls);
	let c = Sim::new(&scenario, 6, false).run(|_| ()).unwrap();
	assert_ne!(a.days, c.days, "another seed, another run");
}

#[test]
fn runs_in_parallel_give_what_they_give_alone() {
	let scenario = small(8);
	let sweep = Sweep::parse("operator.compute_budget=100,400").unwrap();
	let jobs = explore::jobs(&scenario, Some(&sweep), false).unwrap();
	assert_eq!(jobs.len(), 4, "two values × two runs");
	let together = explore::run_all(&jobs, &Default::default(), false, true).unwrap();
	for (job, output) in jobs.iter().zip(&together) {
		let alone = Sim::new(&job.scenario, job.seed, false).run(|_| ()).unwrap();
		assert_eq!(output.days, alone.days);
	}
}

#[test]
fn a_scenario_refuses_unknown_or_impossible_parameters() {
	assert!(Scenario::from_toml("days = 0").is_err());
	assert!(Scenario::from_toml("nonsense = 1").is_err());
	assert!(Scenario::from_toml("[users]\nneed_per_day = { min = 5.0, max = 1.0 }").is_err());
	let scenario = Scenario::from_toml("").unwrap();
	assert_eq!(scenario.with("operator.compute_budget", 5.0).unwrap().operator.compute_budget, 5.0);
	assert_eq!(scenario.with("users.count", 7.0).unwrap().users.count, 7);
	assert!(scenario.with("users.count", 7.5).is_err());
	let both = scenario.with("users.discount_rate.min+users.discount_rate.max", 0.8).unwrap();
	assert_eq!((both.users.discount_rate.min, both.users.discount_rate.max), (0.8, 0.8));
	// Above the old maximum: `min` passes `max` before `max` follows.
	let above = scenario.with("users.discount_rate.min+users.discount_rate.max", 9.0).unwrap();
	assert_eq!((above.users.discount_rate.min, above.users.discount_rate.max), (9.0, 9.0));
	assert!(!scenario.set("operator.enabled", "false").unwrap().operator.enabled);
	assert!(scenario.set("operator.enabled", "maybe").is_err());
	assert!(scenario.with("operator.nothing", 1.0).is_err());
	assert!(Sweep::parse("users.count").is_err());
}

#[test]
fn the_command_line_writes_the_csv_plots_and_summary() {
	let out = std::env::temp_dir().join(format!("diem-sim-test-{}", std::process::id()));
	let run = std::process::Command::new(env!("CARGO_BIN_EXE_diem-sim"))
		.arg(small_toml())
		.args(["--days", "10", "--quiet", "--out"])
		.arg(&out)
		.output()
		.unwrap();
	assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
	assert!(String::from_utf8_lossy(&run.stdout).contains("Outputs in"));
	let csv = std::fs::read_to_string(out.join("daily-seed7.csv")).unwrap();
	assert_eq!(csv.lines().count(), 11, "a header and a row a day");
	for plot in ["series.png", "series.svg"] {
		assert!(std::fs::metadata(out.join(plot)).unwrap().len() > 10_000, "{plot} drawn");
	}
	let summary = std::fs::read_to_string(out.join("summary.txt")).unwrap();
	assert!(summary.contains("Scenario small: 10 days, 2 run(s)"), "{summary}");
	std::fs::remove_dir_all(out).ok();
}

/// Gradual adoption: users who have not heard of DIEM pay in USD, so early on fewer hold
/// DIEM and more revenue reaches the buy-burn than when all hear at once.
#[test]
fn users_who_have_not_heard_of_diem_pay_in_usd() {
	let at_once = small(20);
	let mut gradual = at_once.clone();
	gradual.users.adoption.innovation = 0.02;
	gradual.users.adoption.imitation = 0.2;
	let (a, g) = (
		Sim::new(&at_once, 3, false).run(|_| ()).unwrap(),
		Sim::new(&gradual, 3, true).run(|_| ()).unwrap(),
	);
	let day = |o: &diem_sim::sim::RunOutput, d: usize| o.days[d - 1].clone();
	assert!(
		day(&g, 12).diem_staked_for_credits < day(&a, 12).diem_staked_for_credits * 0.75,
		"{} vs {}",
		day(&g, 12).diem_staked_for_credits,
		day(&a, 12).diem_staked_for_credits
	);
	let revenue =
		|o: &diem_sim::sim::RunOutput| o.days[..12].iter().map(|d| d.revenue).sum::<f64>();
	assert!(revenue(&g) > revenue(&a), "{} vs {}", revenue(&g), revenue(&a));
	assert!(day(&g, 20).diem_staked_for_credits > 0.0, "word of mouth reached some");
}

/// Keepers mint and keep: more VVV locked and DIEM staked for credits than the same holders
/// selling, and no keeper sells.
#[test]
fn keepers_mint_and_keep() {
	let sellers = small(20);
	let mut keepers = sellers.clone();
	keepers.holders.keepers = 0.4;
	keepers.holders.keeper_value = diem_sim::scenario::Range { min: 500.0, max: 800.0 };
	let (s, k) = (
		Sim::new(&sellers, 5, false).run(|_| ()).unwrap(),
		Sim::new(&keepers, 5, true).run(|_| ()).unwrap(),
	);
	let accepted = |o: &diem_sim::sim::RunOutput, action: &str| {
		o.calls.by_action.get(action).map_or(0, |c| c.0)
	};
	assert!(accepted(&k, "keeper mints and keeps") > 0, "{:?}", k.calls);
	let (s_end, k_end) = (s.days.last().unwrap(), k.days.last().unwrap());
	assert!(k_end.vvv_locked > s_end.vvv_locked, "{} vs {}", k_end.vvv_locked, s_end.vvv_locked);
	assert!(k_end.diem_staked_for_credits > s_end.diem_staked_for_credits);
}

/// Investors buy DIEM for its yield and use no compute: more DIEM bought, the same credits
/// used.
#[test]
fn investors_buy_diem_and_use_no_compute() {
	let users = small(15);
	let mut investors = users.clone();
	investors.investors.count = 10;
	investors.investors.diem = diem_sim::scenario::Range { min: 20.0, max: 40.0 };
	investors.investors.required_return = diem_sim::scenario::Range { min: 0.5, max: 0.5 };
	let (u, i) = (
		Sim::new(&users, 2, false).run(|_| ()).unwrap(),
		Sim::new(&investors, 2, true).run(|_| ()).unwrap(),
	);
	let (u_end, i_end) = (u.days.last().unwrap(), i.days.last().unwrap());
	assert!(
		i_end.diem_staked_for_credits > u_end.diem_staked_for_credits + 50.0,
		"{} vs {}",
		i_end.diem_staked_for_credits,
		u_end.diem_staked_for_credits
	);
	let metered = |o: &diem_sim::sim::RunOutput| o.calls.by_action["provider meters usage"];
	assert_eq!(metered(&i), metered(&u), "one batch a day either way");
}

/// `--enact-hour` sets the hour a proposal is applied at, and is refused without one.
#[test]
fn the_command_line_applies_a_proposal_at_the_hour_given() {
	let out = std::env::temp_dir().join(format!("diem-sim-enact-{}", std::process::id()));
	let sim = |args: &[&str]| {
		std::process::Command::new(env!("CARGO_BIN_EXE_diem-sim"))
			.arg(small_toml())
			.args(["--days", "2", "--runs", "1", "--quiet", "--out"])
			.arg(&out)
			.args(args)
			.output()
			.unwrap()
	};
	let alone = sim(&["--enact-hour", "3"]);
	assert!(!alone.status.success());
	assert!(
		String::from_utf8_lossy(&alone.stderr).contains("--enact-hour is the hour a --proposal")
	);
	// Staking.set_annual_emission (call 7) of one planck, as root.
	let call = format!(
		"0x{:02x}07{}",
		diem_config::pallet_index::STAKING,
		"01".to_string() + &"00".repeat(15)
	);
	let run = sim(&["--proposal", &call, "--enact-hour", "3"]);
	assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
	let summary = std::fs::read_to_string(out.join("summary.txt")).unwrap();
	assert!(summary.contains("applied at hour 3 (day 0.1)."), "{summary}");
	let forecast: serde_json::Value =
		serde_json::from_str(&std::fs::read_to_string(out.join("forecast.json")).unwrap()).unwrap();
	assert_eq!(
		(&forecast["enact_hour"], &forecast["enactment"]),
		(&serde_json::json!(3), &serde_json::Value::Null)
	);
	std::fs::remove_dir_all(out).ok();
}
