//! What a run produces: a row of figures a day, declared once (`day_columns!`: each column's
//! name, type and meaning give the struct, the CSV header and the CSV row), and the agents'
//! calls counted.

/// Declares [`DayRow`] from one list of columns: each a field with its doc, which is also its
/// CSV column (named as the field, floats written with 6 decimals), in order.
macro_rules! day_columns {
	($( $(#[doc = $doc:literal])* $field:ident : $ty:ty ),+ $(,)?) => {
		/// A day's figures: one row of `daily.csv`.
		#[derive(Clone, Debug, Default, PartialEq)]
		pub struct DayRow {
			$( $(#[doc = $doc])* pub $field: $ty, )+
		}

		impl DayRow {
			/// The CSV columns, in order: the fields' names.
			pub const COLUMNS: &'static [&'static str] = &[$(stringify!($field)),+];

			/// The CSV header.
			pub fn header() -> String {
				Self::COLUMNS.join(",")
			}

			/// The row as CSV, in [`DayRow::COLUMNS`]' order.
			pub fn csv(&self) -> String {
				let cells: Vec<String> = vec![$( Cell::cell(&self.$field) ),+];
				cells.join(",")
			}
		}
	};
}

/// A CSV cell: integers as they are, floats with 6 decimals.
trait Cell {
	fn cell(&self) -> String;
}

impl Cell for u32 {
	fn cell(&self) -> String {
		self.to_string()
	}
}

impl Cell for f64 {
	fn cell(&self) -> String {
		format!("{self:.6}")
	}
}

day_columns! {
	/// Day of the run, from 1.
	day: u32,
	/// DIEM's price on its pool at the day's end, USDC.
	diem_price: f64,
	/// DIEM minted by positions.
	diem_supply: f64,
	/// VVV locked by the positions.
	vvv_locked: f64,
	/// VVV's total issuance.
	vvv_supply: f64,
	/// VVV emitted since genesis.
	emitted: f64,
	/// VVV burned since genesis.
	burned: f64,
	/// The APR of free stake.
	staking_apr: f64,
	/// Credits used in the day, dollars.
	credits_used: f64,
	/// USD deposited as the buy-burn's revenue in the day: the platform's share of what users paid.
	revenue: f64,
	/// The curve's target supply, as the operator left it.
	target_supply: f64,
	/// VVV's price on its pool, USDC.
	vvv_price: f64,
	/// The external VVV price the arbitrageur follows.
	external_vvv_price: f64,
	/// VVV per DIEM a mint locks at the margin.
	mint_rate: f64,
	/// DIEM staked for credits.
	diem_staked_for_credits: f64,
}

/// What a run produced.
#[derive(Clone, Debug)]
pub struct RunOutput {
	/// The seed it ran with.
	pub seed: u64,
	/// Day 0: the state it started from (after the proposal, if any), before any block.
	pub start: DayRow,
	/// One row a day.
	pub days: Vec<DayRow>,
	/// Agents' calls the pallets accepted and refused.
	pub calls: Calls,
	/// The proposal's failure when it was enacted after day 0, if it failed: the run went on
	/// without it, as the chain's scheduler leaves a failed enactment.
	pub enactment_failure: Option<String>,
}

/// Counts of the agents' calls, in all and by action.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Calls {
	/// Dispatched and accepted.
	pub ok: u64,
	/// Refused by a pallet (nothing changed).
	pub refused: u64,
	/// `(accepted, refused)` by action.
	pub by_action: std::collections::BTreeMap<&'static str, (u64, u64)>,
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn the_csv_has_a_cell_for_every_column_in_the_headers_order() {
		let row = DayRow { day: 3, diem_price: 1.5, mint_rate: 90.25, ..Default::default() };
		let header = DayRow::header();
		assert_eq!(
			header,
			"day,diem_price,diem_supply,vvv_locked,vvv_supply,emitted,burned,staking_apr,\
			 credits_used,revenue,target_supply,vvv_price,external_vvv_price,mint_rate,\
			 diem_staked_for_credits"
		);
		let cells: Vec<String> = row.csv().split(',').map(String::from).collect();
		assert_eq!(cells.len(), DayRow::COLUMNS.len());
		let at =
			|name: &str| cells[DayRow::COLUMNS.iter().position(|c| *c == name).unwrap()].clone();
		assert_eq!(
			(at("day"), at("diem_price"), at("mint_rate")),
			("3".into(), "1.500000".into(), "90.250000".into())
		);
		assert_eq!(at("vvv_supply"), "0.000000");
	}
}
