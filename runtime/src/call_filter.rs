//! The runtime's call filter: DIEM is created and destroyed only by the DIEM pallet (design §5),
//! no keyless account is impersonated (design §13), and no sequencer drops its session keys
//! (design §14: `session.purge_keys` is refused; `sequencers.purge_keys` checks the caller).
//!
//! DIEM lives in `pallet-assets`, whose calls could mint or burn it (`mint`, `burn`,
//! `refund` with `allow_burn`, `refund_other`), freeze it or its holders (`freeze`,
//! `freeze_asset`, `block`), take it over (`transfer_ownership`, `set_team`,
//! `force_asset_status`, `set_min_balance`), move it by force (`force_transfer`) or destroy it
//! (`start_destroy` and what follows). Any of these would break design §7.3 (the supply is the
//! positions' minted DIEM) or make a repay fail and lock its VVV for good. So on DIEM the runtime
//! allows only what a holder does with its own tokens: transfers, approvals, `touch`, and a
//! `refund` that burns nothing.
//!
//! The filter also looks inside every call that carries another (sudo, batches, proxies,
//! multisig, the scheduler's inline calls, the operator's motions), because some of them
//! dispatch their call without filtering it. And it refuses every dispatch *as* a keyless
//! account (`sudo.sudo_as`, `utility.dispatch_as`, `utility.dispatch_as_fallible`): every
//! account nobody holds a key of (the credits custody, the staking pot, the buy-burn pot, the
//! DIEM asset's owner, the treasury, the DEX and its pools) is derived from a `PalletId`, so it
//! begins with `b"modl"`, and acting as one could move what it holds, DIEM staked for credits
//! included. Nothing but `Root` dispatches unfiltered: a call a referendum on the `root` track
//! enacts may do anything (a runtime upgrade too) by design; every other track's call, and
//! everything signed, goes through this filter.

use crate::{configs::DIEM_ASSET_ID, AccountId, AssetId, OriginCaller, Runtime, RuntimeCall};
use frame_support::traits::Contains;
use sp_runtime::MultiAddress;

/// `frame_system`'s `BaseCallFilter` (with safe mode's): everything but the `pallet-assets`
/// calls on DIEM that only the DIEM pallet may make and a dispatch as a keyless account, at
/// any depth of wrapping.
pub struct DiemGuard;

impl Contains<RuntimeCall> for DiemGuard {
	fn contains(call: &RuntimeCall) -> bool {
		use pallet_utility::Call as Utility;
		match call {
			RuntimeCall::Assets(call) => asset_call_allowed(call),
			// Keys are removed through `sequencers.purge_keys`, which refuses a sequencer.
			RuntimeCall::Session(pallet_session::Call::purge_keys {}) => false,
			RuntimeCall::Sudo(pallet_sudo::Call::sudo_as { who, call }) => {
				!is_keyless_address(who) && Self::contains(call)
			}
			RuntimeCall::Sudo(
				pallet_sudo::Call::sudo { call }
				| pallet_sudo::Call::sudo_unchecked_weight { call, .. },
			) => Self::contains(call),
			RuntimeCall::Utility(
				Utility::dispatch_as { as_origin, call }
				| Utility::dispatch_as_fallible { as_origin, call },
			) => !is_keyless_origin(as_origin) && Self::contains(call),
			RuntimeCall::Utility(
				Utility::batch { calls }
				| Utility::batch_all { calls }
				| Utility::force_batch { calls },
			) => calls.iter().all(Self::contains),
			RuntimeCall::Utility(
				Utility::as_derivative { call, .. } | Utility::with_weight { call, .. },
			) => Self::contains(call),
			RuntimeCall::Utility(Utility::if_else { main, fallback }) => {
				Self::contains(main) && Self::contains(fallback)
			}
			RuntimeCall::Proxy(
				pallet_proxy::Call::proxy { call, .. }
				| pallet_proxy::Call::proxy_announced { call, .. },
			) => Self::contains(call),
			RuntimeCall::Multisig(
				pallet_multisig::Call::as_multi { call, .. }
				| pallet_multisig::Call::as_multi_threshold_1 { call, .. },
			) => Self::contains(call),
			RuntimeCall::Scheduler(
				pallet_scheduler::Call::schedule { call, .. }
				| pallet_scheduler::Call::schedule_named { call, .. }
				| pallet_scheduler::Call::schedule_after { call, .. }
				| pallet_scheduler::Call::schedule_named_after { call, .. },
			) => Self::contains(call),
			RuntimeCall::Operator(
				pallet_collective::Call::propose { proposal, .. }
				| pallet_collective::Call::execute { proposal, .. },
			) => Self::contains(proposal),
			_ => true,
		}
	}
}

/// Whether `who` is an account nobody holds a key of: one derived from a `PalletId`.
pub fn is_keyless(who: &AccountId) -> bool {
	let bytes: &[u8] = who.as_ref();
	bytes.starts_with(b"modl")
}

/// Whether an address names a keyless account. The runtime looks up only `Id` and
/// `Address32`; the other forms name no account and fail the lookup.
fn is_keyless_address(who: &MultiAddress<AccountId, ()>) -> bool {
	match who {
		MultiAddress::Id(id) => is_keyless(id),
		MultiAddress::Address32(bytes) => bytes.starts_with(b"modl"),
		_ => false,
	}
}

/// Whether an origin is a keyless account's signature.
fn is_keyless_origin(origin: &OriginCaller) -> bool {
	matches!(origin, OriginCaller::system(frame_system::RawOrigin::Signed(who)) if is_keyless(who))
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
