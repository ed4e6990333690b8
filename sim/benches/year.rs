//! One simulated year of the launch scenario with 1,000 agents (700 compute users, 300 VVV
//! holders, the arbitrageur, the operator): 8,760 hour-long blocks of the real pallets.
//! `cargo bench -p diem-sim`.

use criterion::{criterion_group, criterion_main, Criterion};
use diem_sim::{scenario::Scenario, sim::Sim};
use std::time::Duration;

fn one_year(c: &mut Criterion) {
	let mut scenario =
		Scenario::from_toml(include_str!("../scenarios/launch.toml")).expect("the launch scenario");
	scenario.days = 365;
	scenario.users.count = 700;
	scenario.holders.count = 300;
	let mut group = c.benchmark_group("simulated year");
	group
		.sample_size(10)
		.warm_up_time(Duration::from_secs(1))
		.measurement_time(Duration::from_secs(60));
	group.bench_function("launch, 1,000 agents, 365 days", |b| {
		b.iter(|| Sim::new(&scenario, 1, false).run(|_| ()).expect("a run"))
	});
	group.finish();
}

criterion_group!(benches, one_year);
criterion_main!(benches);
