//! Native speed of the curve math: `rate`, `cost` and the inverse `max_mint`, on the launch
//! curve at the bottom, middle and top (just below the 10⁹ rate cap) of its domain.
//!
//! `cargo bench -p pallet-diem --bench curve`

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use pallet_diem::curve::{cost, max_mint, rate, CurveParams, LN_1E9, UNIT};

const CAP: sp_arithmetic::FixedU128 = LN_1E9;

fn curve(c: &mut Criterion) {
	let launch = CurveParams::launch();
	// Zero supply, the target supply, and 1 DIEM below where the rate reaches 10⁹ × B.
	let positions = [("bottom", 0), ("middle", 38_000 * UNIT), ("top", 82_000 * UNIT)];
	for (name, supply) in positions {
		c.bench_function(&format!("rate/{name}"), |b| {
			b.iter(|| rate(black_box(&launch), CAP, black_box(supply)))
		});
		c.bench_function(&format!("cost 1 DIEM/{name}"), |b| {
			b.iter(|| cost(black_box(&launch), CAP, black_box(supply), black_box(UNIT)))
		});
		let budget = cost(&launch, CAP, supply, UNIT).unwrap();
		c.bench_function(&format!("max_mint 1 DIEM's cost/{name}"), |b| {
			b.iter(|| max_mint(black_box(&launch), CAP, black_box(supply), black_box(budget)))
		});
	}
}

criterion_group!(benches, curve);
criterion_main!(benches);
