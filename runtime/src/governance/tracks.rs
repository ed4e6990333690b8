//! The referendum tracks: who may enact what, after how long, with how much agreement.
//!
//! | track        | enacts as          | decides at once | decision deposit | prepare | decide | confirm | enact after |
//! |--------------|--------------------|-----------------|------------------|---------|--------|---------|-------------|
//! | `root`       | `Root`             | 1               | 20,000 VVV       | 1 day   | 14 days| 1 day   | 1 day       |
//! | `economics`  | `Economics`        | 5               | 10,000 VVV       | 4 hours | 14 days| 1 day   | 1 day       |
//! | `operations` | `Operations`       | 10              | 2,000 VVV        | 1 hour  | 7 days | 3 hours | 1 hour      |
//! | `treasury`   | `Treasurer`        | 10              | 5,000 VVV        | 4 hours | 14 days| 1 day   | 1 day       |
//!
//! Days and hours are governance days ([`super::origins::DayLength`]): 43,200 blocks on a
//! mainnet, a few blocks on the development presets.
//!
//! Approval (conviction-weighted ayes over all conviction-weighted votes) and support (ayes
//! before conviction over the active VVV issuance) must both stay above the track's curves,
//! which fall over the decision period, for the whole confirm period. A change that can be
//! undone quickly (`operations`) needs less support than one that moves value (`economics`,
//! `treasury`) or can change anything (`root`). Support never falls to zero: a proposal no
//! staker looked at does not pass at the end of its period.

use super::origins::{days, hours, Origin};
use crate::{Balance, BlockNumber, OriginCaller, UNIT};
use alloc::borrow::Cow;
use pallet_referenda::{Curve, Track, TrackInfo};
use sp_runtime::{str_array as name, FixedI64};

use diem_config::governance::{timing, TrackTiming};
pub use diem_config::governance::{TrackId, ECONOMICS, OPERATIONS, ROOT, TREASURY};

const fn percent(x: i32) -> FixedI64 {
	FixedI64::from_rational(x as u128, 100)
}

const fn permille(x: i32) -> FixedI64 {
	FixedI64::from_rational(x as u128, 1000)
}

/// What does not depend on the day's length.
struct Spec {
	id: TrackId,
	name: [u8; 25],
	max_deciding: u32,
	decision_deposit: Balance,
	/// The track's periods: `diem_config::governance::TRACK_TIMINGS`, shared with the
	/// explorer's forecast of a referendum's enactment.
	timing: TrackTiming,
	min_approval: Curve,
	min_support: Curve,
}

/// A track's timing from the shared table; a track missing there fails to compile.
const fn track_timing(id: TrackId) -> TrackTiming {
	match timing(id) {
		Some(timing) => timing,
		None => panic!("a track without timing"),
	}
}

const SPECS: [Spec; 4] = [
	Spec {
		id: ROOT,
		name: name("root"),
		max_deciding: 1,
		decision_deposit: 20_000 * UNIT,
		timing: track_timing(ROOT),
		min_approval: Curve::make_reciprocal(4, 14, percent(80), percent(50), percent(100)),
		min_support: Curve::make_linear(14, 14, percent(1), percent(50)),
	},
	Spec {
		id: ECONOMICS,
		name: name("economics"),
		max_deciding: 5,
		decision_deposit: 10_000 * UNIT,
		timing: track_timing(ECONOMICS),
		min_approval: Curve::make_reciprocal(4, 14, percent(80), percent(50), percent(100)),
		min_support: Curve::make_linear(14, 14, percent(1), percent(50)),
	},
	Spec {
		id: OPERATIONS,
		name: name("operations"),
		max_deciding: 10,
		decision_deposit: 2_000 * UNIT,
		timing: track_timing(OPERATIONS),
		min_approval: Curve::make_linear(7, 7, percent(50), percent(100)),
		min_support: Curve::make_reciprocal(1, 7, percent(5), permille(5), percent(20)),
	},
	Spec {
		id: TREASURY,
		name: name("treasury"),
		max_deciding: 10,
		decision_deposit: 5_000 * UNIT,
		timing: track_timing(TREASURY),
		min_approval: Curve::make_linear(14, 14, percent(50), percent(100)),
		min_support: Curve::make_reciprocal(7, 14, percent(2), permille(5), percent(20)),
	},
];

/// The most the `treasury` track spends in one referendum: 1,000,000 VVV. More needs `root`.
pub const TREASURY_TRACK_MAX_SPEND: Balance = 1_000_000 * UNIT;

/// The tracks, for `pallet-referenda`.
pub struct TracksInfo;

impl pallet_referenda::TracksInfo<Balance, BlockNumber> for TracksInfo {
	type Id = TrackId;
	type RuntimeOrigin =
		<crate::RuntimeOrigin as frame_support::traits::OriginTrait>::PalletsOrigin;

	fn tracks() -> impl Iterator<Item = Cow<'static, Track<Self::Id, Balance, BlockNumber>>> {
		SPECS.iter().map(|spec| {
			Cow::Owned(Track {
				id: spec.id,
				info: TrackInfo {
					name: spec.name,
					max_deciding: spec.max_deciding,
					decision_deposit: spec.decision_deposit,
					prepare_period: hours(spec.timing.prepare),
					decision_period: hours(spec.timing.decision),
					confirm_period: hours(spec.timing.confirm),
					min_enactment_period: hours(spec.timing.min_enactment),
					min_approval: spec.min_approval.clone(),
					min_support: spec.min_support.clone(),
				},
			})
		})
	}

	fn track_for(origin: &Self::RuntimeOrigin) -> Result<Self::Id, ()> {
		match origin {
			OriginCaller::system(frame_system::RawOrigin::Root) => Ok(ROOT),
			OriginCaller::Origins(Origin::Economics) => Ok(ECONOMICS),
			OriginCaller::Origins(Origin::Operations) => Ok(OPERATIONS),
			OriginCaller::Origins(Origin::Treasurer) => Ok(TREASURY),
			_ => Err(()),
		}
	}
}

/// Vote locking: a vote with conviction 1× locks for this long after its referendum ends
/// (2× for twice as long, up to 32× for 6×). At least the longest enactment delay, so who
/// voted for a change cannot sell before it takes effect.
pub fn vote_locking_period() -> BlockNumber {
	days(7)
}
