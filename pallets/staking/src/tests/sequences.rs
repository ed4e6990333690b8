//! Random sequences of every call, the collateral's lock and unlock, and blocks, with design
//! §7.1, §7.2 and §7.4 checked after every step, and every failed call checked to change
//! nothing.

use super::*;
use frame_support::{dispatch::RawOrigin, traits::UnfilteredDispatchable};
use proptest::prelude::*;
use sp_runtime::StateVersion;

const STAKERS: u64 = 4;

#[derive(Clone, Debug)]
enum Op {
	Stake(AccountId, u128),
	/// Unstake this many permille of the free stake (above 1000: more than there is).
	Unstake(AccountId, u32),
	Withdraw(AccountId),
	Cancel(AccountId, u32),
	Claim(AccountId),
	Compound(AccountId),
	Lock(AccountId, u32),
	Unlock(AccountId, u32),
	Distribute(AccountId, u128),
	SetShare(u32),
	CutEmission(u32),
	SetCooldown(u64),
	Advance(u64),
}

fn amount() -> impl Strategy<Value = u128> {
	prop_oneof![
		8 => 1..100_000 * UNIT,
		1 => Just(0u128),
		1 => Just(u128::MAX),
		1 => ENDOWMENT - 2 * ED..ENDOWMENT + 1,
	]
}

fn op() -> impl Strategy<Value = Op> {
	let who = 1..=STAKERS;
	prop_oneof![
		4 => (who.clone(), amount()).prop_map(|(w, a)| Op::Stake(w, a)),
		3 => (who.clone(), 0..1200u32).prop_map(|(w, p)| Op::Unstake(w, p)),
		2 => who.clone().prop_map(Op::Withdraw),
		1 => (who.clone(), 0..4u32).prop_map(|(w, c)| Op::Cancel(w, c)),
		2 => who.clone().prop_map(Op::Claim),
		1 => who.clone().prop_map(Op::Compound),
		2 => (who.clone(), 0..1200u32).prop_map(|(w, p)| Op::Lock(w, p)),
		2 => (who.clone(), 0..1200u32).prop_map(|(w, p)| Op::Unlock(w, p)),
		1 => (who, amount()).prop_map(|(w, a)| Op::Distribute(w, a)),
		1 => (0..=Perbill::one().deconstruct()).prop_map(Op::SetShare),
		1 => (0..1100u32).prop_map(Op::CutEmission),
		1 => (0..20u64).prop_map(Op::SetCooldown),
		5 => (1..15u64).prop_map(Op::Advance),
	]
}

fn permille(amount: u128, permille: u32) -> u128 {
	amount / 1000 * u128::from(permille) + amount % 1000 * u128::from(permille) / 1000
}

/// What the test knows independently of the pallet.
#[derive(Default)]
struct Model {
	/// The annual emission summed over every block run: a year's blocks mint 1/year of it.
	emission_sum: u128,
	/// Ledgers that were removed, each may have dropped a fraction of a planck.
	removed: u128,
}

fn call(who: AccountId, call: Call<Test>) -> sp_runtime::DispatchResult {
	call.dispatch_bypass_filter(RuntimeOrigin::from(RawOrigin::Signed(who)))
		.map(|_| ())
		.map_err(|e| e.error)
}

fn apply(op: &Op, model: &mut Model) -> sp_runtime::DispatchResult {
	let free_stake = |who| Staking::available(who);
	match *op {
		Op::Stake(who, amount) => call(who, Call::stake { amount }),
		Op::Unstake(who, p) => call(who, Call::unstake { amount: permille(free_stake(&who), p) }),
		Op::Withdraw(who) => call(who, Call::withdraw_unstaked {}),
		Op::Cancel(who, chunk) => call(who, Call::cancel_unstake { chunk }),
		Op::Claim(who) => call(who, Call::claim_rewards {}),
		Op::Compound(who) => call(who, Call::compound {}),
		Op::Lock(who, p) => Staking::lock(&who, permille(free_stake(&who), p)),
		Op::Unlock(who, p) => {
			let locked = Ledgers::<Test>::get(who).map_or(0, |l| l.locked);
			Staking::unlock(&who, permille(locked, p))
		}
		Op::Distribute(who, amount) => call(who, Call::distribute_rewards { amount }),
		Op::SetShare(parts) => {
			call(ADMIN, Call::set_locked_yield_to_treasury { share: Perbill::from_parts(parts) })
		}
		Op::CutEmission(p) => call(
			ADMIN,
			Call::set_annual_emission { emission: permille(AnnualEmission::<Test>::get(), p) },
		),
		Op::SetCooldown(blocks) => call(ADMIN, Call::set_unbonding_period { blocks }),
		Op::Advance(blocks) => {
			for _ in 0..blocks {
				model.emission_sum += AnnualEmission::<Test>::get();
				run_to_block(System::block_number() + 1);
			}
			Ok(())
		}
	}
}

fn check_invariants(model: &Model, genesis_issuance: u128) -> Result<(), TestCaseError> {
	// §7.1: issuance is every account's free plus held VVV, and moves only by the emission.
	let accounts = (1..=10).chain([Staking::pot(), TREASURY, ADMIN]);
	let sum: u128 = accounts.map(|a| Balances::total_balance(&a)).sum();
	prop_assert_eq!(Balances::total_issuance(), sum);
	prop_assert_eq!(Balances::total_issuance(), genesis_issuance + TotalEmitted::<Test>::get());

	// §7.2: the ledgers add up to the totals, collateral never exceeds stake, and the hold is
	// the stake plus the cooldown chunks.
	let ledgers: Vec<_> = Ledgers::<Test>::iter().collect();
	let staked: u128 = ledgers.iter().map(|(_, l)| l.staked).sum();
	let locked: u128 = ledgers.iter().map(|(_, l)| l.locked).sum();
	prop_assert_eq!(staked, TotalStaked::<Test>::get());
	prop_assert_eq!(locked, TotalLocked::<Test>::get());
	for (who, ledger) in &ledgers {
		prop_assert!(ledger.locked <= ledger.staked);
		prop_assert_eq!(held(*who), ledger.staked + ledger.unlocking_total());
	}

	// §7.4: the emission follows the schedule exactly, and every minted planck not paid out
	// is in the pot, owed to a staker or the treasury, or is sub-planck dust.
	prop_assert_eq!(TotalEmitted::<Test>::get(), model.emission_sum / u128::from(YEAR));
	let owed: u128 = ledgers.iter().map(|(who, _)| pending(*who)).sum();
	let pot = Balances::balance(&Staking::pot()) - ED;
	let pool = Pool::<Test>::get();
	let streaming = Stream::<Test>::get().pending;
	prop_assert!(pot >= owed + pool.treasury_due + streaming, "the pot cannot pay what it owes");
	let dust = pot - owed - pool.treasury_due - streaming;
	prop_assert!(
		dust <= ledgers.len() as u128 + model.removed + 2,
		"{} planck unaccounted for",
		dust
	);
	prop_assert_eq!(Staking::do_try_state(), Ok(()));
	Ok(())
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(64))]

	#[test]
	fn random_sequences_keep_the_invariants(ops in prop::collection::vec(op(), 1..80)) {
		new_test_ext().execute_with(|| {
			let genesis_issuance = Balances::total_issuance();
			let mut model = Model::default();
			for op in &ops {
				let ledgers_before = Ledgers::<Test>::iter().count() as u128;
				let root = sp_io::storage::root(StateVersion::V1);
				let result = apply(op, &mut model);
				if let Err(error) = result {
					prop_assert_eq!(
						sp_io::storage::root(StateVersion::V1),
						root,
						"{:?} failed with {:?} but changed state",
						op,
						error
					);
				}
				let ledgers_after = Ledgers::<Test>::iter().count() as u128;
				model.removed += ledgers_before.saturating_sub(ledgers_after);
				check_invariants(&model, genesis_issuance)?;
			}
			Ok(())
		})?;
	}
}
