//! The runtime's call filter: DIEM is created and destroyed only by the DIEM pallet (SPEC §5).
//!
//! DIEM lives in `pallet-assets`, whose calls could mint or burn it (`mint`, `burn`,
//! `refund` with `allow_burn`, `refund_other`), freeze it or its holders (`freeze`,
//! `freeze_asset`, `block`), take it over (`transfer_ownership`, `set_team`,
//! `force_asset_status`, `set_min_balance`), move it by force (`force_transfer`) or destroy it
//! (`start_destroy` and what follows). Any of these would break SPEC §7.3 (the supply is the
//! positions' minted DIEM) or make a repay fail and lock its VVV for good. So on DIEM the runtime
//! allows only what a holder does with its own tokens: transfers, approvals, `touch`, and a
//! `refund` that burns nothing. The same holds for a call wrapped in `sudo`: sudo dispatches its
//! call without filtering it, so the filter looks inside.

use crate::{configs::DIEM_ASSET_ID, AssetId, Runtime, RuntimeCall};
use frame_support::traits::Contains;

/// `frame_system`'s `BaseCallFilter`: everything but the `pallet-assets` calls on DIEM that
/// only the DIEM pallet may make.
pub struct DiemGuard;

impl Contains<RuntimeCall> for DiemGuard {
	fn contains(call: &RuntimeCall) -> bool {
		match call {
			RuntimeCall::Assets(call) => asset_call_allowed(call),
			RuntimeCall::Sudo(
				pallet_sudo::Call::sudo { call }
				| pallet_sudo::Call::sudo_unchecked_weight { call, .. }
				| pallet_sudo::Call::sudo_as { call, .. },
			) => Self::contains(call),
			_ => true,
		}
	}
}

/// Whether a `pallet-assets` call may run: any call on another asset; on DIEM only a
/// holder's own transfers, approvals, `touch` and a burn-free `refund`.
fn asset_call_allowed(call: &pallet_assets::Call<Runtime, pallet_assets::Instance1>) -> bool {
	use pallet_assets::Call::*;
	let is_diem = |id: &codec::Compact<AssetId>| id.0 == DIEM_ASSET_ID;
	match call {
		transfer { .. }
		| transfer_keep_alive { .. }
		| transfer_all { .. }
		| approve_transfer { .. }
		| cancel_approval { .. }
		| transfer_approved { .. }
		| touch { .. } => true,
		refund { id, allow_burn } => !allow_burn || !is_diem(id),
		create { id, .. }
		| force_create { id, .. }
		| start_destroy { id }
		| destroy_accounts { id }
		| destroy_approvals { id }
		| finish_destroy { id }
		| mint { id, .. }
		| burn { id, .. }
		| force_transfer { id, .. }
		| freeze { id, .. }
		| thaw { id, .. }
		| freeze_asset { id }
		| thaw_asset { id }
		| transfer_ownership { id, .. }
		| set_team { id, .. }
		| set_metadata { id, .. }
		| clear_metadata { id }
		| force_set_metadata { id, .. }
		| force_clear_metadata { id }
		| force_asset_status { id, .. }
		| force_cancel_approval { id, .. }
		| set_min_balance { id, .. }
		| touch_other { id, .. }
		| refund_other { id, .. }
		| block { id, .. }
		| set_reserves { id, .. } => !is_diem(id),
		// Calls a later pallet-assets may add are refused until they are reviewed here.
		_ => false,
	}
}
