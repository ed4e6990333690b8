//! Design §7 after every block of a run: the chain's own cross-pallet invariants
//! (`diem_config::check_economy!`), and what only the simulation can check.

use crate::runtime::*;

/// Design §7.5 on the block that just ended: each buy-burn purchase bought VVV (burned, or
/// streamed to stakers where the chain's staker share is set) and paid on average at most its
/// reference price × (1 + MaxSlippage).
pub fn check_purchases() -> Result<(), String> {
	let slippage = pallet_buyburn::MaxSlippage::<Runtime>::get();
	for record in System::events() {
		if let RuntimeEvent::BuyBurn(pallet_buyburn::Event::Burned {
			spent,
			burned,
			streamed,
			reference_price,
			..
		}) = record.event
		{
			let bought = burned + streamed;
			if bought == 0 {
				return Err("a purchase bought nothing".into());
			}
			diem_config::check_purchase_price(spent, bought, reference_price, slippage)?;
		}
	}
	Ok(())
}

/// What the checks compare against, taken as a run starts (after its genesis, or its live
/// chain's snapshot, and its proposal): the issuance baseline and the emission's start, the
/// accounts that already live without VVV (a live chain's keyless pots), and DIEM the credits'
/// custody holds beyond its stakes (sent to it on a live chain).
pub struct Start {
	ledger: diem_config::IssuanceLedger,
	exempt: Vec<AccountId>,
	custody_surplus: Balance,
}

impl Start {
	/// The emission's schedule checked from now on: after a proposal changed it mid-run.
	pub fn rebase_emission(&mut self) {
		self.ledger.start_block = System::block_number();
		self.ledger.emitted_at_start = pallet_vvv_staking::TotalEmitted::<Runtime>::get();
		self.ledger.emission_remainder_at_start =
			pallet_vvv_staking::Pool::<Runtime>::get().emission_remainder;
	}

	/// The current state as the start.
	pub fn now() -> Self {
		let emitted = pallet_vvv_staking::TotalEmitted::<Runtime>::get();
		let burned = pallet_buyburn::TotalBurned::<Runtime>::get();
		let ledger = diem_config::IssuanceLedger {
			// What the issuance would be with nothing emitted or burned yet: fees, dust and
			// pool setups before the start are in it.
			genesis_issuance: Balances::total_issuance() + burned - emitted,
			start_block: System::block_number(),
			emitted_at_start: emitted,
			emission_remainder_at_start: pallet_vvv_staking::Pool::<Runtime>::get()
				.emission_remainder,
			..Default::default()
		};
		let exempt = frame_system::Account::<Runtime>::iter()
			.filter(|(_, info)| info.data.free + info.data.reserved < EXISTENTIAL_DEPOSIT)
			.map(|(who, _)| who)
			.collect();
		let custody_surplus = custody().saturating_sub(credits_owed());
		Self { ledger, exempt, custody_surplus }
	}
}

fn custody() -> Balance {
	Assets::balance(DIEM_ASSET_ID, pallet_credits::Pallet::<Runtime>::custody())
}

/// DIEM staked for credits and cooling down: what the custody owes.
fn credits_owed() -> Balance {
	let cooling: Balance = pallet_credits::Unlocking::<Runtime>::iter()
		.flat_map(|(_, chunks)| chunks.into_iter().map(|c| c.amount))
		.sum();
	pallet_credits::TotalStaked::<Runtime>::get() + cooling
}

/// Design §7 on the simulation's state: the chain's own cross-pallet invariants
/// (`diem_config::check_economy!`, as the runtime's randomised tests run them: every pallet's
/// `try_state`, VVV issuance equal to the accounts' balances and to the start's + emitted −
/// burned, nothing else minting or burning VVV here (no fees, no pool created by a call, no
/// account reaped with dust), the emission on schedule since the start, DIEM's supply equal to
/// the positions' and their collateral to staking's locked stake, no account without VVV but
/// those the start had); and, as no agent sends it DIEM otherwise, the credits' custody holding
/// exactly the DIEM staked and cooling down (and what it held beyond that at the start).
pub fn check_invariants(start: &Start) -> Result<(), String> {
	diem_config::check_economy!(Runtime, &start.ledger, &start.exempt)?;
	let (custody, owed) = (custody(), credits_owed());
	if custody != owed + start.custody_surplus {
		return Err(format!(
			"credits' custody holds {custody} ≠ staked and cooling {owed} + {} at the start",
			start.custody_surplus
		));
	}
	Ok(())
}
