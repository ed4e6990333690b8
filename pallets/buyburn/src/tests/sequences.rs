//! Random sequences of deposits, parameter changes (the stakers' shares among them), forced
//! epochs, pool changes, fees, stakers coming and going, and blocks, with design §7.1 and §7.5
//! checked after every step and every block: VVV bought = VVV burned + VVV streamed, the
//! stakers' stream receives exactly what was streamed, and the average price of every purchase
//! against the reference price.

use super::*;
use frame_support::traits::fungible::Mutate;
use proptest::prelude::*;
use std::cell::Cell;

thread_local! {
	/// VVV burned outside a purchase in this case: the burned share of fees, and the stakers'
	/// share of fees burned for want of stakers.
	static FEES_BURNED: Cell<u128> = const { Cell::new(0) };
	/// The stakers' share of fees streamed to them in this case.
	static FEES_STREAMED: Cell<u128> = const { Cell::new(0) };
}

#[derive(Clone, Debug)]
enum Op {
	Deposit(AccountId, u128),
	Advance(u64),
	ForceEpoch,
	SetImpact(u32),
	SetShare(u32),
	SetPeriod(u64),
	/// Half-life, slippage (parts per billion) and purchase interval of the reference price.
	SetReference(u64, u32, u64),
	/// The stakers' shares of purchases and of fees, and the fee burn share (parts per billion).
	SetStakerShares(u32, u32, u32),
	/// A fee of this many planck, charged to Alice.
	Fee(u128),
	TogglePool,
	ToggleSwaps,
	ToggleStakers,
	/// Move this many permille of the pool's USDC and VVV out to Bob (or back, if negative).
	Liquidity(i32),
}

fn op() -> impl Strategy<Value = Op> {
	prop_oneof![
		3 => (1..=3u64, prop_oneof![1..200_000 * USDC, Just(0u128), Just(u128::MAX)])
			.prop_map(|(who, amount)| Op::Deposit(who, amount)),
		5 => (1..12u64).prop_map(Op::Advance),
		1 => Just(Op::ForceEpoch),
		1 => (0..=Perbill::from_percent(50).deconstruct()).prop_map(Op::SetImpact),
		1 => (0..=Perbill::one().deconstruct()).prop_map(Op::SetShare),
		1 => (0..20u64).prop_map(Op::SetPeriod),
		1 => (0..8u64, 0..=Perbill::from_percent(10).deconstruct(), 0..4u64)
			.prop_map(|(h, s, i)| Op::SetReference(h, s, i)),
		1 => (0..=Perbill::one().deconstruct(), 0..=Perbill::one().deconstruct(),
			0..=Perbill::one().deconstruct())
			.prop_map(|(stake, fee, burn)| Op::SetStakerShares(stake, fee, burn)),
		2 => (1..100 * UNIT).prop_map(Op::Fee),
		1 => Just(Op::TogglePool),
		1 => Just(Op::ToggleSwaps),
		1 => Just(Op::ToggleStakers),
		1 => (-999..=999i32).prop_map(Op::Liquidity),
	]
}

fn vvv_accounts() -> impl Iterator<Item = AccountId> {
	(1..=10).chain([POOL, BuyBurn::pot(), TREASURY, ADMIN, STAKERS])
}

/// §7.1 for VVV: issuance is every account's balance, and only burns moved it (streaming is a
/// transfer).
fn check_issuance(genesis: u128) -> Result<(), TestCaseError> {
	let sum: u128 = vvv_accounts().map(|who| Balances::total_balance(&who)).sum();
	prop_assert_eq!(Balances::total_issuance(), sum);
	let burned = TotalBurned::<Test>::get() + FEES_BURNED.get();
	prop_assert_eq!(Balances::total_issuance(), genesis - burned);
	// The stakers received what was streamed to them, and what the pot set aside for them.
	prop_assert_eq!(
		Balances::balance(&STAKERS),
		ED + TotalStreamed::<Test>::get() + FEES_STREAMED.get()
	);
	prop_assert!(Balances::balance(&BuyBurn::pot()) >= ED + PendingFeeRewards::<Test>::get());
	// The pot's budget is revenue it holds: it never spends what it does not have.
	prop_assert!(Budget::<Test>::get() <= BuyBurn::pot_revenue());
	Ok(())
}

/// One block, checking §7.5: VVV bought = VVV burned + VVV streamed, the stakers' share exact,
/// the fees' share forwarded, and unspent budget carries.
fn block() -> Result<(), TestCaseError> {
	let closing = System::block_number() + 1 >= NextEpochAt::<Test>::get();
	let (budget, pool_vvv, burned_total, streamed_total, pot, pending) = (
		Budget::<Test>::get(),
		Balances::balance(&POOL),
		TotalBurned::<Test>::get(),
		TotalStreamed::<Test>::get(),
		BuyBurn::pot_revenue(),
		PendingFeeRewards::<Test>::get(),
	);
	let (share, stakers) = (StakerShare::<Test>::get(), HasStakers::get());
	next_block();
	let (mut spent, mut burned, mut streamed) = (0, 0, 0);
	for (s, b, st) in purchases() {
		let share = if stakers { share.mul_floor(b + st) } else { 0 };
		prop_assert_eq!(st, share, "the stakers' share of a purchase, rounded down");
		spent += s;
		burned += b;
		streamed += st;
	}
	prop_assert_eq!(pool_vvv - Balances::balance(&POOL), burned + streamed, "bought");
	prop_assert_eq!(TotalBurned::<Test>::get() - burned_total, burned);
	prop_assert_eq!(TotalStreamed::<Test>::get() - streamed_total, streamed);
	let forwarded: Vec<(u128, u128)> = events()
		.into_iter()
		.filter_map(|event| match event {
			Event::FeeRewardsForwarded { streamed, burned } => Some((streamed, burned)),
			_ => None,
		})
		.collect();
	if pending > 0 {
		let [(fee_streamed, fee_burned)] = forwarded[..] else {
			return Err(TestCaseError::fail(format!("pending fees not forwarded: {forwarded:?}")));
		};
		prop_assert_eq!(fee_streamed + fee_burned, pending);
		prop_assert_eq!(fee_streamed == 0, !stakers);
		FEES_STREAMED.set(FEES_STREAMED.get() + fee_streamed);
		FEES_BURNED.set(FEES_BURNED.get() + fee_burned);
		prop_assert_eq!(PendingFeeRewards::<Test>::get(), 0);
	} else {
		prop_assert!(forwarded.is_empty());
	}
	prop_assert_eq!(pot - BuyBurn::pot_revenue(), spent);
	if closing {
		prop_assert!(Budget::<Test>::get() + spent >= budget, "an epoch close only adds budget");
	} else {
		prop_assert_eq!(Budget::<Test>::get(), budget - spent, "the rest carries");
	}
	if spent > 0 {
		prop_assert!(skipped().is_empty());
	}
	// §7.5: no purchase pays more than the limit of the reference it was sized from, sampled
	// in this block's `on_initialize`.
	for (spent, burned, streamed) in purchases() {
		let reference = Reference::<Test>::get().expect("a purchase needs a reference");
		let limit = reference::limit_price(reference.price, MaxSlippage::<Test>::get());
		let bought = burned + streamed;
		prop_assert!(reference::min_out(spent, limit).unwrap() <= bought, "paid above the limit");
	}
	Ok(())
}

fn apply(op: &Op) -> Result<(), TestCaseError> {
	let admin = |period: Option<u64>, share: Option<u32>, impact: Option<u32>| {
		BuyBurn::set_parameters(
			signed(ADMIN),
			period,
			share.map(Perbill::from_parts),
			impact.map(Perbill::from_parts),
			None,
			None,
			None,
		)
	};
	let root = sp_io::storage::root(sp_runtime::StateVersion::V1);
	let result = match *op {
		Op::Deposit(who, amount) => BuyBurn::deposit_revenue(signed(who), amount),
		Op::Advance(blocks) => {
			for _ in 0..blocks {
				block()?;
			}
			Ok(())
		}
		Op::ForceEpoch => BuyBurn::force_epoch(signed(ADMIN)),
		Op::SetImpact(parts) => admin(None, None, Some(parts)),
		Op::SetShare(parts) => admin(None, Some(parts), None),
		Op::SetPeriod(blocks) => admin(Some(blocks), None, None),
		Op::SetReference(half_life, slippage, interval) => BuyBurn::set_reference_parameters(
			signed(ADMIN),
			Some(half_life),
			Some(Perbill::from_parts(slippage)),
			Some(interval),
		),
		Op::SetStakerShares(stake, fee, burn) => BuyBurn::set_parameters(
			signed(ADMIN),
			None,
			None,
			None,
			Some(Perbill::from_parts(burn)),
			Some(Perbill::from_parts(stake)),
			Some(Perbill::from_parts(fee)),
		),
		Op::Fee(amount) => {
			let (issuance, treasury) = (Balances::total_issuance(), Balances::balance(&TREASURY));
			let pending = PendingFeeRewards::<Test>::get();
			charge_fee(amount);
			let set_aside = PendingFeeRewards::<Test>::get() - pending;
			let paid = Balances::balance(&TREASURY) - treasury;
			let burned = issuance - Balances::total_issuance();
			prop_assert_eq!(burned + set_aside + paid, amount, "a fee is split three ways");
			prop_assert_eq!(set_aside, FeeShares::<Test>::get().stakers.mul_floor(amount));
			FEES_BURNED.set(FEES_BURNED.get() + burned);
			Ok(())
		}
		Op::ToggleStakers => {
			HasStakers::set(!HasStakers::get());
			Ok(())
		}
		Op::TogglePool => {
			PoolExists::set(!PoolExists::get());
			Ok(())
		}
		Op::ToggleSwaps => {
			SwapsFail::set(!SwapsFail::get());
			Ok(())
		}
		Op::Liquidity(permille) => {
			let (from, to) = if permille >= 0 { (POOL, BOB) } else { (BOB, POOL) };
			let share = |amount: u128| amount / 1000 * u128::from(permille.unsigned_abs());
			let usdc = share(Usdc::balance(&from).min(10_000_000 * USDC));
			let vvv = share(Balances::balance(&from).min(1_000_000 * UNIT));
			let _ = Usdc::transfer(&from, &to, usdc, Preservation::Preserve);
			let _ = Balances::transfer(&from, &to, vvv, Preservation::Preserve);
			Ok(())
		}
	};
	// Bad input is refused with an error and changes nothing; the sequence goes on.
	if let Err(error) = result {
		prop_assert_eq!(
			sp_io::storage::root(sp_runtime::StateVersion::V1),
			root,
			"{:?} failed with {:?} but changed state",
			op,
			error
		);
	}
	Ok(())
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(64))]

	#[test]
	fn random_sequences_keep_the_invariants(ops in prop::collection::vec(op(), 1..60)) {
		new_test_ext().execute_with(|| {
			FEES_BURNED.set(0);
			FEES_STREAMED.set(0);
			let genesis = Balances::total_issuance();
			for op in &ops {
				apply(op)?;
				check_issuance(genesis)?;
				prop_assert_eq!(BuyBurn::do_try_state(), Ok(()));
			}
			Ok::<(), TestCaseError>(())
		})?;
	}
}
