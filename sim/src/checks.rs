//! Design §7 after every block of a run: the chain's own cross-pallet invariants
//! (`diem_config::check_economy!`), and what only the simulation can check.

use crate::runtime::*;

/// Design §7.5 on the block that just ended: each buy-burn purchase bought VVV (burned, or
/// streamed to stakers: none here, the scenarios' stakers' share is 0) and paid on average at
/// most its reference price × (1 + MaxSlippage).
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
			if streamed != 0 {
				return Err("a purchase streamed VVV with no stakers' share".into());
			}
			if burned == 0 {
				return Err("a purchase burned nothing".into());
			}
			diem_config::check_purchase_price(spent, burned, reference_price, slippage)?;
		}
	}
	Ok(())
}

/// Design §7 on the simulation's state: the chain's own cross-pallet invariants
/// (`diem_config::check_economy!`, as the runtime's randomised tests run them: every pallet's
/// `try_state`, VVV issuance equal to the accounts' balances and to `genesis_issuance` +
/// emitted − burned, nothing else minting or burning VVV here (no fees, no pool created by a
/// call, no account reaped with dust), the emission on schedule, DIEM's supply equal to the
/// positions' and their collateral to staking's locked stake, no account without VVV); and,
/// as no agent sends it DIEM otherwise, the credits' custody holding exactly the DIEM staked
/// and cooling down.
pub fn check_invariants(genesis_issuance: Balance) -> Result<(), String> {
	let ledger = diem_config::IssuanceLedger { genesis_issuance, ..Default::default() };
	diem_config::check_economy!(Runtime, &ledger, &[])?;
	let custody = Assets::balance(DIEM_ASSET_ID, pallet_credits::Pallet::<Runtime>::custody());
	let cooling: Balance = pallet_credits::Unlocking::<Runtime>::iter()
		.flat_map(|(_, chunks)| chunks.into_iter().map(|c| c.amount))
		.sum();
	let staked = pallet_credits::TotalStaked::<Runtime>::get();
	if custody != staked + cooling {
		return Err(format!(
			"credits' custody holds {custody} ≠ staked {staked} + cooling {cooling}"
		));
	}
	Ok(())
}
