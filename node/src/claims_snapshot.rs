//! The claims of a launch allocation from a snapshot of VVV's holders on Base
//! (`diem-node claims-snapshot`, `docs/launch.md`, `docs/claims.md`).
//!
//! [`snapshot`] reads a token-holder export, as Basescan's (Etherscan's) "Export CSV" of a
//! token's holders writes it (`"HolderAddress","Balance","PendingBalanceUpdate"`, quoted, the
//! balances decimal token amounts) or a plain `address,balance` file, checks every row, leaves
//! out the addresses of an exclusion list ([`parse_exclusions`]: contracts such as DEX pools
//! and bridges, for which nobody can sign) and turns the rest into [`Claim`]s, VVV on Base
//! being VVV here one for one (both have 18 decimals). [`render`] writes them as the
//! allocation file's `claims`. Nothing here reads the network or a file: the command does the
//! reading and the printing, and the rules are unit-tested below.

use std::{
	collections::{BTreeMap, BTreeSet},
	fmt,
};

use diem_runtime::{EXISTENTIAL_DEPOSIT, TOKEN_DECIMALS, UNIT};

use crate::allocation::{
	eip55, format_vvv, parse_eth_address, parse_vvv, AmountError, Claim, ClaimVesting,
	EthAddressError, BURN_ADDRESS,
};

/// The header names of a holder export's address column, in any case: Basescan's and the
/// plain one.
const ADDRESS_COLUMNS: [&str; 2] = ["HolderAddress", "address"];

/// The header name of a holder export's balance column, in any case.
const BALANCE_COLUMN: &str = "balance";

/// Basescan's column saying a holder's balance was changing as the export was made.
const PENDING_COLUMN: &str = "PendingBalanceUpdate";

/// Why a snapshot is refused. Each names the line at fault (1 is the file's first line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SnapshotError {
	/// The CSV has no line but blank ones: no header.
	Empty,
	/// The header (the first line that is not blank) names no address or no balance column.
	BadHeader {
		/// Its line.
		line: usize,
		/// What it says.
		header: String,
	},
	/// A line is not CSV (a quote not closed, or in the middle of a field), or has another
	/// number of fields than the header.
	BadRow {
		/// The line.
		line: usize,
		/// What is wrong with it.
		reason: String,
	},
	/// A holder's address is not an Ethereum address, fails its EIP-55 checksum or is the zero
	/// address.
	BadAddress {
		/// The line.
		line: usize,
		/// What the CSV says.
		value: String,
		/// Why it is refused.
		reason: EthAddressError,
	},
	/// An address is listed twice.
	DuplicateAddress {
		/// The line of the second listing.
		line: usize,
		/// The line of the first.
		first_line: usize,
		/// The address, EIP-55.
		address: String,
	},
	/// Basescan marks the holder's balance as changing while the export was made
	/// (`PendingBalanceUpdate` is `Yes`): export again once the chain has settled.
	PendingBalance {
		/// The line.
		line: usize,
		/// The address, EIP-55.
		address: String,
	},
	/// A balance is not a decimal amount.
	BadBalance {
		/// The line.
		line: usize,
		/// What the CSV says.
		value: String,
		/// Why it does not parse.
		reason: AmountError,
	},
	/// A balance has more decimals than the token (`--decimals`).
	TooManyDecimals {
		/// The line.
		line: usize,
		/// What the CSV says.
		value: String,
		/// The token's decimals.
		decimals: u8,
	},
	/// An address of the exclusion list is not one.
	BadExclusion {
		/// Its line in the exclusion list.
		line: usize,
		/// What the list says.
		value: String,
		/// Why it is refused.
		reason: EthAddressError,
	},
	/// `--decimals` is more than VVV's 18: a balance could not be VVV one for one.
	BadDecimals {
		/// What was given.
		decimals: u8,
	},
	/// `--total` is not a decimal VVV amount.
	BadTotal {
		/// What was given.
		value: String,
		/// Why it does not parse.
		reason: AmountError,
	},
	/// The balances of the snapshot (kept, excluded and too small alike) do not add up to
	/// `--total`: the CSV is not the whole supply.
	TotalMismatch {
		/// `--total`, in planck.
		total: u128,
		/// The kept holders' balances.
		kept: u128,
		/// The excluded holders' balances.
		excluded: u128,
		/// The balances below the existential deposit.
		dust: u128,
	},
	/// `--vest-share` is not a decimal from 0 to 1 with at most 18 decimals.
	BadShare {
		/// What was given.
		value: String,
	},
	/// `--vest-share` is given without both `--cliff-block` and `--vesting-blocks`, or they
	/// without it.
	IncompleteVesting,
	/// `--vesting-blocks` is 0.
	ZeroVestingDuration,
	/// A holder's vested share would unlock less than a planck a block: pallet-vesting
	/// refuses such a schedule.
	VestingTooSmall {
		/// The line.
		line: usize,
		/// The address, EIP-55.
		address: String,
		/// The planck the share locks.
		locked: u128,
		/// The blocks it unlocks over.
		vesting_blocks: u32,
	},
	/// The balances add up to more planck than a `u128` holds.
	Overflow,
}

impl std::error::Error for SnapshotError {}

impl fmt::Display for SnapshotError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Self::PendingBalance { line, address } => write!(
				f,
				"line {line}: the balance of {address} was changing as the export was made \
				 (PendingBalanceUpdate: Yes); export the holders again at a settled block"
			),
			Self::Empty => write!(f, "the CSV is empty: no header line"),
			Self::BadHeader { line, header } => write!(
				f,
				"line {line}: the header `{header}` names no address column (`HolderAddress` \
				 or `address`) or no balance column (`Balance`)"
			),
			Self::BadRow { line, reason } => write!(f, "line {line}: {reason}"),
			Self::BadAddress { line, value, reason } => {
				write!(f, "line {line}: `{value}` is not a holder's address: {reason}")
			}
			Self::DuplicateAddress { line, first_line, address } => write!(
				f,
				"line {line}: {address} is already listed on line {first_line}; an export lists \
				 each holder once"
			),
			Self::BadBalance { line, value, reason } => write!(
				f,
				"line {line}: `{value}` is not a balance (a decimal such as \"1000.5\"): {reason}"
			),
			Self::TooManyDecimals { line, value, decimals } => write!(
				f,
				"line {line}: the balance `{value}` has more than the token's {decimals} decimals"
			),
			Self::BadExclusion { line, value, reason } => {
				write!(f, "line {line}: `{value}` is not an address to exclude: {reason}")
			}
			Self::BadDecimals { decimals } => write!(
				f,
				"--decimals {decimals}: VVV has {TOKEN_DECIMALS} decimals here, so a token of \
				 more cannot be VVV one for one"
			),
			Self::BadTotal { value, reason } => {
				write!(f, "--total `{value}` is not a VVV amount: {reason}")
			}
			Self::TotalMismatch { total, kept, excluded, dust } => {
				let sum = kept.saturating_add(*excluded).saturating_add(*dust);
				let difference = format_vvv(total.abs_diff(sum));
				let (total, sum) = (format_vvv(*total), format_vvv(sum));
				let (kept, excluded, dust) =
					(format_vvv(*kept), format_vvv(*excluded), format_vvv(*dust));
				write!(
					f,
					"the holders' balances add up to {sum} VVV ({kept} kept, {excluded} \
					 excluded, {dust} below the existential deposit), but --total is {total} VVV \
					 ({difference} VVV apart): the CSV is not the whole supply (a holder missing, \
					 an export cut short, or a snapshot of another block)"
				)
			}
			Self::BadShare { value } => write!(
				f,
				"--vest-share `{value}` is not a share from 0 to 1 (a decimal such as \"0.8\", \
				 at most {TOKEN_DECIMALS} decimals)"
			),
			Self::IncompleteVesting => write!(
				f,
				"--vest-share, --cliff-block and --vesting-blocks go together: give all three \
				 or none"
			),
			Self::ZeroVestingDuration => write!(
				f,
				"--vesting-blocks is 0; it is at least 1 (1: everything unlocks at the cliff)"
			),
			Self::VestingTooSmall { line, address, locked, vesting_blocks } => {
				let locked = format_vvv(*locked);
				write!(
					f,
					"line {line}: the vested share of {address} is {locked} VVV over \
					 {vesting_blocks} blocks, less than a planck a block, which pallet-vesting \
					 refuses; vest a larger share or over fewer blocks"
				)
			}
			Self::Overflow => {
				write!(f, "the balances add up to more planck than a 128-bit number holds")
			}
		}
	}
}

/// How a snapshot reads the export and makes its claims.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
	/// The token's decimals on Base: a balance has at most as many (VVV's 18 at most).
	pub decimals: u8,
	/// The token's whole supply, in planck, if the snapshot must add up to it.
	pub total: Option<u128>,
	/// The vesting each claim gets, if any.
	pub vesting: Option<VestShare>,
}

/// The share of each claim that vests, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VestShare {
	/// The share, in 10^-18 (`UNIT` is all of it): each claim locks its amount × share,
	/// rounded down.
	pub share: u128,
	/// The block the unlocking starts at.
	pub cliff_block: u32,
	/// The blocks the unlocking takes, at least 1.
	pub vesting_blocks: u32,
}

impl Options {
	/// The options of the command line, checked: `decimals` at most 18, `total` a decimal VVV
	/// amount, `vesting` (`--vest-share`, `--cliff-block`, `--vesting-blocks`) all three or
	/// none, the share from 0 to 1 (0: no vesting) and the vesting at least a block long.
	pub fn new(
		decimals: u8,
		total: Option<&str>,
		vest_share: Option<&str>,
		cliff_block: Option<u32>,
		vesting_blocks: Option<u32>,
	) -> Result<Self, SnapshotError> {
		if decimals > TOKEN_DECIMALS {
			return Err(SnapshotError::BadDecimals { decimals });
		}
		let total = total
			.map(|value| {
				parse_vvv(value)
					.map_err(|reason| SnapshotError::BadTotal { value: value.to_owned(), reason })
			})
			.transpose()?;
		let vesting = match (vest_share, cliff_block, vesting_blocks) {
			(None, None, None) => None,
			(Some(value), Some(cliff_block), Some(vesting_blocks)) => {
				// A share is read as an amount: at most 18 decimals, in 10^-18.
				let share = parse_vvv(value)
					.ok()
					.filter(|share| *share <= UNIT)
					.ok_or_else(|| SnapshotError::BadShare { value: value.to_owned() })?;
				if vesting_blocks == 0 {
					return Err(SnapshotError::ZeroVestingDuration);
				}
				(share > 0).then_some(VestShare { share, cliff_block, vesting_blocks })
			}
			_ => return Err(SnapshotError::IncompleteVesting),
		};
		Ok(Self { decimals, total, vesting })
	}
}

/// A holder of the export left out of the claims.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
	/// Its line in the CSV.
	pub line: usize,
	/// Its address.
	pub address: [u8; 20],
	/// Its balance, in planck.
	pub balance: u128,
}

/// The claims of an export, and what was left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
	/// The claims, in the CSV's order.
	pub claims: Vec<Claim>,
	/// Their VVV, in planck.
	pub claimed: u128,
	/// The holders the exclusion list names, in the CSV's order.
	pub excluded: Vec<Holder>,
	/// Their VVV, in planck.
	pub excluded_total: u128,
	/// The holders whose balance is below the existential deposit (0.001 VVV), but not 0: a
	/// claim of less would pay an account that cannot exist.
	pub dust: Vec<Holder>,
	/// Their VVV, in planck.
	pub dust_total: u128,
	/// How many rows have a zero balance (skipped).
	pub zero: usize,
	/// The addresses of the exclusion list the CSV does not list.
	pub unmatched_exclusions: Vec<[u8; 20]>,
}

/// The addresses of an exclusion list: one a line, `#` to the end of a line a comment, blank
/// lines ignored.
pub fn parse_exclusions(text: &str) -> Result<BTreeSet<[u8; 20]>, SnapshotError> {
	let mut exclusions = BTreeSet::new();
	for (i, line) in text.lines().enumerate() {
		let value = line.split_once('#').map_or(line, |(value, _comment)| value).trim();
		if value.is_empty() {
			continue;
		}
		let address = parse_eth_address(value).map_err(|reason| SnapshotError::BadExclusion {
			line: i + 1,
			value: value.to_owned(),
			reason,
		})?;
		exclusions.insert(address);
	}
	Ok(exclusions)
}

/// The claims of a holder export `csv` (see the module's documentation), the `exclusions`
/// left out; every row checked, the first broken rule the error, naming its line.
pub fn snapshot(
	csv: &str,
	exclusions: &BTreeSet<[u8; 20]>,
	options: &Options,
) -> Result<Snapshot, SnapshotError> {
	let mut lines = csv
		.lines()
		.enumerate()
		.map(|(i, line)| (i + 1, line.trim_start_matches('\u{feff}')))
		.filter(|(_, line)| !line.trim().is_empty());
	let (header_line, header) = lines.next().ok_or(SnapshotError::Empty)?;
	let columns = csv_fields(header)
		.map_err(|reason| SnapshotError::BadRow { line: header_line, reason: reason.to_owned() })?;
	let column = |names: &[&str]| {
		columns.iter().position(|column| names.iter().any(|name| column.eq_ignore_ascii_case(name)))
	};
	let (Some(address_column), Some(balance_column)) =
		(column(&ADDRESS_COLUMNS[..]), column(&[BALANCE_COLUMN][..]))
	else {
		return Err(SnapshotError::BadHeader { line: header_line, header: header.to_owned() });
	};
	let pending_column = column(&[PENDING_COLUMN][..]);

	let mut snapshot = Snapshot {
		claims: Vec::new(),
		claimed: 0,
		excluded: Vec::new(),
		excluded_total: 0,
		dust: Vec::new(),
		dust_total: 0,
		zero: 0,
		unmatched_exclusions: Vec::new(),
	};
	// Each address listed, and its line.
	let mut listed = BTreeMap::new();
	for (line, text) in lines {
		let fields = csv_fields(text)
			.map_err(|reason| SnapshotError::BadRow { line, reason: reason.to_owned() })?;
		if fields.len() != columns.len() {
			return Err(SnapshotError::BadRow {
				line,
				reason: format!(
					"{} fields, but the header has {} columns",
					fields.len(),
					columns.len()
				),
			});
		}
		let (Some(address), Some(balance)) =
			(fields.get(address_column), fields.get(balance_column))
		else {
			return Err(SnapshotError::BadRow { line, reason: "a column is missing".into() });
		};
		let address = parse_eth_address(address).map_err(|reason| SnapshotError::BadAddress {
			line,
			value: address.clone(),
			reason,
		})?;
		if let Some(first_line) = listed.insert(address, line) {
			return Err(SnapshotError::DuplicateAddress {
				line,
				first_line,
				address: eip55(&address),
			});
		}
		if pending_column
			.and_then(|column| fields.get(column))
			.is_some_and(|pending| pending.trim().eq_ignore_ascii_case("yes"))
		{
			return Err(SnapshotError::PendingBalance { line, address: eip55(&address) });
		}
		let balance = parse_balance(line, balance, options.decimals)?;
		let holder = Holder { line, address, balance };
		// The burn address's tokens were destroyed: left out like a contract's, and counted.
		if exclusions.contains(&address) || address == BURN_ADDRESS {
			snapshot.excluded_total =
				snapshot.excluded_total.checked_add(balance).ok_or(SnapshotError::Overflow)?;
			snapshot.excluded.push(holder);
		} else if balance == 0 {
			snapshot.zero += 1;
		} else if balance < EXISTENTIAL_DEPOSIT {
			snapshot.dust_total =
				snapshot.dust_total.checked_add(balance).ok_or(SnapshotError::Overflow)?;
			snapshot.dust.push(holder);
		} else {
			let vesting = match &options.vesting {
				Some(vest) => Some(vesting_of(&holder, vest)?),
				None => None,
			};
			snapshot.claimed =
				snapshot.claimed.checked_add(balance).ok_or(SnapshotError::Overflow)?;
			snapshot.claims.push(Claim { address, amount: balance, vesting });
		}
	}

	if let Some(total) = options.total {
		let sum = snapshot
			.claimed
			.checked_add(snapshot.excluded_total)
			.and_then(|sum| sum.checked_add(snapshot.dust_total))
			.ok_or(SnapshotError::Overflow)?;
		if sum != total {
			return Err(SnapshotError::TotalMismatch {
				total,
				kept: snapshot.claimed,
				excluded: snapshot.excluded_total,
				dust: snapshot.dust_total,
			});
		}
	}
	snapshot.unmatched_exclusions =
		exclusions.iter().filter(|address| !listed.contains_key(*address)).copied().collect();
	Ok(snapshot)
}

/// The balance on `line`, a decimal token amount of at most `decimals` decimals, in planck of
/// VVV (one token one VVV).
fn parse_balance(line: usize, value: &str, decimals: u8) -> Result<u128, SnapshotError> {
	let planck = parse_vvv(value).map_err(|reason| SnapshotError::BadBalance {
		line,
		value: value.to_owned(),
		reason,
	})?;
	let fraction = value.split_once('.').map_or(0, |(_whole, fraction)| fraction.len());
	if fraction > usize::from(decimals) {
		return Err(SnapshotError::TooManyDecimals { line, value: value.to_owned(), decimals });
	}
	Ok(planck)
}

/// The schedule `vest` gives `holder`'s claim: its balance × the share, rounded down, locked.
fn vesting_of(holder: &Holder, vest: &VestShare) -> Result<ClaimVesting, SnapshotError> {
	// balance × share / UNIT without overflow (share ≤ UNIT, so each term fits): the whole
	// VVV times the share, plus the planck below a VVV times the share, rounded down.
	let (whole, planck) = (holder.balance / UNIT, holder.balance % UNIT);
	let locked = whole * vest.share + planck * vest.share / UNIT;
	// pallet-vesting unlocks `locked / vesting_blocks` planck a block, rounded down, and
	// refuses a schedule that unlocks nothing a block.
	if locked < u128::from(vest.vesting_blocks) {
		return Err(SnapshotError::VestingTooSmall {
			line: holder.line,
			address: eip55(&holder.address),
			locked,
			vesting_blocks: vest.vesting_blocks,
		});
	}
	Ok(ClaimVesting { locked, cliff_block: vest.cliff_block, vesting_blocks: vest.vesting_blocks })
}

/// The fields of a CSV line: separated by commas, each bare or in double quotes (a quote in a
/// quoted field doubled), spaces around a field dropped; why not, if the line is not CSV.
fn csv_fields(line: &str) -> Result<Vec<String>, &'static str> {
	let mut fields = Vec::new();
	let mut chars = line.chars().peekable();
	loop {
		while chars.next_if(|c| *c == ' ' || *c == '\t').is_some() {}
		let mut field = String::new();
		if chars.next_if_eq(&'"').is_some() {
			loop {
				match chars.next() {
					None => return Err("a quoted field is not closed"),
					Some('"') if chars.next_if_eq(&'"').is_some() => field.push('"'),
					Some('"') => break,
					Some(c) => field.push(c),
				}
			}
			while chars.next_if(|c| *c == ' ' || *c == '\t').is_some() {}
			fields.push(field);
			match chars.next() {
				None => return Ok(fields),
				Some(',') => {}
				Some(_) => return Err("a quoted field is followed by more than a comma"),
			}
		} else {
			loop {
				match chars.next() {
					None => {
						fields.push(field.trim_end().to_owned());
						return Ok(fields);
					}
					Some(',') => break,
					Some('"') => return Err("a quote in the middle of a field"),
					Some(c) => field.push(c),
				}
			}
			fields.push(field.trim_end().to_owned());
		}
	}
}

/// The allocation file's `claims` of `claims`, as a JSON object of that one field: one claim a
/// line, each address EIP-55, each amount decimal VVV.
pub fn render(claims: &[Claim]) -> String {
	let entries: Vec<String> = claims
		.iter()
		.map(|claim| {
			let vesting = match &claim.vesting {
				Some(schedule) => format!(
					", \"vesting\": {{ \"locked\": \"{}\", \"cliff_block\": {}, \
					 \"vesting_blocks\": {} }}",
					format_vvv(schedule.locked),
					schedule.cliff_block,
					schedule.vesting_blocks
				),
				None => String::new(),
			};
			format!(
				"\t\t{{ \"address\": \"{}\", \"amount\": \"{}\"{vesting} }}",
				eip55(&claim.address),
				format_vvv(claim.amount)
			)
		})
		.collect();
	if entries.is_empty() {
		return "{\n\t\"claims\": []\n}\n".to_owned();
	}
	format!("{{\n\t\"claims\": [\n{}\n\t]\n}}\n", entries.join(",\n"))
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::allocation::{self, AllocationError};
	use serde_json::{json, Value};

	// EIP-55 test vectors and the first Hardhat/Anvil test accounts.
	const A: &str = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
	const B: &str = "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359";
	const C: &str = "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB";
	const D: &str = "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb";
	const POOL: &str = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
	const BRIDGE: &str = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
	const ALICE: &str = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
	const ALICE_ED: &str = "5FA9nQDVg267DEd8m1ZypXLBnvN7SFxYwV7ndqSYGiN9TTpu";

	/// A Basescan export (CRLF, quoted, a byte-order mark): four holders, a pool and a bridge,
	/// a holder of nothing and one of dust; 10,000 VVV in all.
	fn basescan() -> String {
		[
			"\u{feff}\"HolderAddress\",\"Balance\",\"PendingBalanceUpdate\"",
			&format!("\"{POOL}\",\"4000\",\"No\""),
			&format!("\"{A}\",\"2500.5\",\"No\""),
			&format!("\"{}\",\"1999.499\",\"No\"", B.to_lowercase()),
			&format!("\"{BRIDGE}\",\"1000\",\"No\""),
			&format!("\"{C}\",\"500.000000000000000001\",\"No\""),
			&format!("\"{D}\",\"0\",\"No\""),
			"\"0x90F79bf6EB2c4f870365E785982E1f101E93b906\",\"0.000999999999999999\",\"No\"",
			"",
		]
		.join("\r\n")
	}

	fn exclusions() -> BTreeSet<[u8; 20]> {
		parse_exclusions(&format!("# DEX pools\n{POOL}  # VVV/WETH\n\n{BRIDGE}\n")).unwrap()
	}

	fn options() -> Options {
		Options::new(18, None, None, None, None).unwrap()
	}

	fn address(hex: &str) -> [u8; 20] {
		parse_eth_address(hex).unwrap()
	}

	fn vvv(amount: &str) -> u128 {
		parse_vvv(amount).unwrap()
	}

	/// The error of the snapshot of `csv`, nothing excluded.
	fn error_of(csv: &str) -> SnapshotError {
		snapshot(csv, &BTreeSet::new(), &options()).unwrap_err()
	}

	#[test]
	fn a_basescan_export_becomes_claims() {
		let snapshot = snapshot(&basescan(), &exclusions(), &options()).unwrap();
		assert_eq!(
			snapshot.claims,
			[
				Claim { address: address(A), amount: vvv("2500.5"), vesting: None },
				Claim { address: address(B), amount: vvv("1999.499"), vesting: None },
				Claim { address: address(C), amount: 500 * UNIT + 1, vesting: None },
			]
		);
		assert_eq!(snapshot.claimed, vvv("4999.999") + 1);
		let excluded: Vec<_> = snapshot.excluded.iter().map(|h| (h.line, h.balance)).collect();
		assert_eq!(excluded, [(2, 4000 * UNIT), (5, 1000 * UNIT)]);
		assert_eq!(snapshot.excluded_total, 5000 * UNIT);
		assert_eq!(snapshot.zero, 1);
		assert_eq!(snapshot.dust.len(), 1);
		assert_eq!(snapshot.dust[0].line, 8);
		assert_eq!(snapshot.dust_total, EXISTENTIAL_DEPOSIT - 1);
		assert!(snapshot.unmatched_exclusions.is_empty());
	}

	#[test]
	fn a_balance_still_changing_is_refused_and_the_burn_address_left_out() {
		let pending = format!(
			"\"HolderAddress\",\"Balance\",\"PendingBalanceUpdate\"\n\"{A}\",\"1\",\"No\"\n\"{B}\",\"2\",\"Yes\"\n"
		);
		assert_eq!(
			snapshot(&pending, &BTreeSet::new(), &options()),
			Err(SnapshotError::PendingBalance { line: 3, address: eip55(&address(B)) })
		);
		let burned =
			format!("address,balance\n{A},1\n0x000000000000000000000000000000000000dEaD,9\n");
		let snapshot = snapshot(&burned, &BTreeSet::new(), &options()).unwrap();
		assert_eq!(snapshot.claims.len(), 1);
		assert_eq!((snapshot.excluded.len(), snapshot.excluded_total), (1, 9 * UNIT));
	}

	#[test]
	fn a_plain_export_reads_alike() {
		let csv = format!("address,balance\n{A},2500.5\n \"{B}\" , 7\n");
		let snapshot = snapshot(&csv, &BTreeSet::new(), &options()).unwrap();
		assert_eq!(
			snapshot.claims,
			[
				Claim { address: address(A), amount: vvv("2500.5"), vesting: None },
				Claim { address: address(B), amount: 7 * UNIT, vesting: None },
			]
		);
		// Columns in another order, a header in another case.
		let csv = format!("Balance,Address\n\"1\",\"{A}\"\n");
		let reordered = super::snapshot(&csv, &BTreeSet::new(), &options()).unwrap();
		assert_eq!(reordered.claims[0].amount, UNIT);
	}

	#[test]
	fn quoted_fields_may_hold_commas_and_quotes() {
		assert_eq!(
			csv_fields(r#""a,b","c""d",e"#),
			Ok(vec!["a,b".into(), "c\"d".into(), "e".into()])
		);
		assert_eq!(csv_fields("a,,"), Ok(vec!["a".into(), String::new(), String::new()]));
		assert!(csv_fields(r#""a,b"#).is_err());
		assert!(csv_fields(r#""a"b,c"#).is_err());
		assert!(csv_fields(r#"a"b,c"#).is_err());
	}

	#[test]
	fn a_bad_checksum_is_refused_by_line() {
		// D with its last letter's case changed.
		let typo = "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDB";
		let error = error_of(&format!("address,balance\n{A},1\n{typo},1\n"));
		assert_eq!(
			error,
			SnapshotError::BadAddress {
				line: 3,
				value: typo.into(),
				reason: EthAddressError::BadChecksum { expected: D.into() },
			}
		);
		assert!(error.to_string().starts_with("line 3: "), "{error}");
		// All lower case or all upper case carries no checksum.
		let upper = format!("0x{}", D[2..].to_uppercase());
		let csv = format!("address,balance\n{},1\n{upper},1\n", A.to_lowercase());
		assert_eq!(snapshot(&csv, &BTreeSet::new(), &options()).unwrap().claims.len(), 2);
	}

	#[test]
	fn the_zero_address_and_junk_addresses_are_refused() {
		let zero = "0x0000000000000000000000000000000000000000";
		let error = error_of(&format!("address,balance\n{zero},1\n"));
		assert_eq!(
			error,
			SnapshotError::BadAddress {
				line: 2,
				value: zero.into(),
				reason: EthAddressError::Zero
			}
		);
		let error = error_of("address,balance\n0x1234,1\n");
		assert!(
			matches!(
				error,
				SnapshotError::BadAddress { line: 2, reason: EthAddressError::Malformed, .. }
			),
			"{error}"
		);
	}

	#[test]
	fn an_address_listed_twice_is_refused() {
		// Zero balances count: an export lists each holder once.
		let csv = format!(
			"address,balance\n{A},1\n{B},0\n\n{},2\n",
			B.to_uppercase().replace("0X", "0x")
		);
		assert_eq!(
			error_of(&csv),
			SnapshotError::DuplicateAddress { line: 5, first_line: 3, address: B.into() }
		);
	}

	#[test]
	fn balances_are_decimals_of_the_token() {
		let error = error_of(&format!("address,balance\n{A},\"1,000\"\n"));
		assert_eq!(
			error,
			SnapshotError::BadBalance {
				line: 2,
				value: "1,000".into(),
				reason: AmountError::Malformed
			}
		);
		let error = error_of(&format!("address,balance\n{A},1e18\n"));
		assert!(matches!(error, SnapshotError::BadBalance { line: 2, .. }), "{error}");
		let error = error_of(&format!("address,balance\n{A},0.0000000000000000001\n"));
		assert!(matches!(error, SnapshotError::BadBalance { line: 2, .. }), "{error}");
		// A token of 6 decimals has no seventh.
		let six = Options::new(6, None, None, None, None).unwrap();
		let csv = format!("address,balance\n{A},1.000001\n{B},1.0000001\n");
		assert_eq!(
			snapshot(&csv, &BTreeSet::new(), &six).unwrap_err(),
			SnapshotError::TooManyDecimals { line: 3, value: "1.0000001".into(), decimals: 6 }
		);
		assert_eq!(
			Options::new(19, None, None, None, None),
			Err(SnapshotError::BadDecimals { decimals: 19 })
		);
	}

	#[test]
	fn a_file_without_the_columns_is_refused() {
		assert_eq!(error_of(""), SnapshotError::Empty);
		assert_eq!(error_of("\n \n"), SnapshotError::Empty);
		assert_eq!(
			error_of("\nholder,amount\n"),
			SnapshotError::BadHeader { line: 2, header: "holder,amount".into() }
		);
		assert_eq!(
			error_of(&format!("address,balance\n{A},1,No\n")),
			SnapshotError::BadRow {
				line: 2,
				reason: "3 fields, but the header has 2 columns".into()
			}
		);
	}

	#[test]
	fn the_exclusion_list_is_checked() {
		assert_eq!(exclusions(), BTreeSet::from([address(POOL), address(BRIDGE)]));
		let typo = "0xf39fd6e51aad88F6F4ce6aB8827279cffFb92266";
		let error = parse_exclusions(&format!("# pools\n\n{typo}\n")).unwrap_err();
		assert!(
			matches!(&error, SnapshotError::BadExclusion { line: 3, value, reason: EthAddressError::BadChecksum { .. } }
				if value == typo),
			"{error}"
		);
		// An excluded address the CSV does not list is reported.
		let csv = format!("address,balance\n{A},1\n");
		let snapshot = snapshot(&csv, &exclusions(), &options()).unwrap();
		// In the bytes' order.
		assert_eq!(snapshot.unmatched_exclusions, [address(BRIDGE), address(POOL)]);
	}

	#[test]
	fn the_snapshot_adds_up_to_the_total() {
		// Kept, excluded and dust: 10,000 VVV.
		let total = |total: &str| Options::new(18, Some(total), None, None, None).unwrap();
		assert!(snapshot(&basescan(), &exclusions(), &total("10000")).is_ok());
		let error = snapshot(&basescan(), &exclusions(), &total("10000.5")).unwrap_err();
		assert_eq!(
			error,
			SnapshotError::TotalMismatch {
				total: vvv("10000.5"),
				kept: vvv("4999.999") + 1,
				excluded: 5000 * UNIT,
				dust: EXISTENTIAL_DEPOSIT - 1,
			}
		);
		let message = error.to_string();
		assert!(message.contains("add up to 10000 VVV"), "{message}");
		assert!(message.contains("--total is 10000.5 VVV (0.5 VVV apart)"), "{message}");
		assert!(matches!(
			Options::new(18, Some("10 000"), None, None, None),
			Err(SnapshotError::BadTotal { .. })
		));
	}

	#[test]
	fn a_vest_share_locks_part_of_each_claim() {
		let vest = Options::new(18, None, Some("0.8"), Some(100), Some(1000)).unwrap();
		let snapshot = snapshot(&basescan(), &exclusions(), &vest).unwrap();
		let locked: Vec<_> =
			snapshot.claims.iter().map(|c| c.vesting.as_ref().map(|v| v.locked)).collect();
		// 500.000000000000000001 × 0.8 rounds down to 400.
		assert_eq!(locked, [Some(vvv("2000.4")), Some(vvv("1599.5992")), Some(400 * UNIT)]);
		let schedule = snapshot.claims[0].vesting.clone().unwrap();
		assert_eq!((schedule.cliff_block, schedule.vesting_blocks), (100, 1000));
		// All of it, and none.
		let all = Options::new(18, None, Some("1"), Some(0), Some(1)).unwrap();
		let snapshot_all = super::snapshot(&basescan(), &exclusions(), &all).unwrap();
		assert!(snapshot_all
			.claims
			.iter()
			.all(|c| c.vesting.as_ref().map(|v| v.locked) == Some(c.amount)));
		let none = Options::new(18, None, Some("0"), Some(0), Some(1)).unwrap();
		assert_eq!(none.vesting, None);
	}

	#[test]
	fn a_vest_share_is_checked() {
		for bad in ["1.01", "-0.5", "80%", "", "0.0000000000000000001"] {
			assert_eq!(
				Options::new(18, None, Some(bad), Some(0), Some(10)),
				Err(SnapshotError::BadShare { value: bad.into() }),
				"{bad}"
			);
		}
		assert_eq!(
			Options::new(18, None, Some("0.5"), Some(0), Some(0)),
			Err(SnapshotError::ZeroVestingDuration)
		);
		assert_eq!(
			Options::new(18, None, Some("0.5"), None, Some(10)),
			Err(SnapshotError::IncompleteVesting)
		);
		assert_eq!(
			Options::new(18, None, None, Some(0), None),
			Err(SnapshotError::IncompleteVesting)
		);
		// A share of 10^-18 locks 1 planck of 1 VVV: less than a planck a block over 1,000.
		let tiny =
			Options::new(18, None, Some("0.000000000000000001"), Some(0), Some(1000)).unwrap();
		let csv = format!("address,balance\n{A},1\n");
		assert_eq!(
			snapshot(&csv, &BTreeSet::new(), &tiny).unwrap_err(),
			SnapshotError::VestingTooSmall {
				line: 2,
				address: A.into(),
				locked: 1,
				vesting_blocks: 1000,
			}
		);
	}

	/// The example of docs/launch.md, output for output.
	#[test]
	fn the_launch_guides_example() {
		let csv = "\"HolderAddress\",\"Balance\",\"PendingBalanceUpdate\"
\"0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc\",\"600000\",\"No\"
\"0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266\",\"250000.5\",\"No\"
\"0x70997970c51812dc3a010c7d01b50e0d17dc79c8\",\"149999.4995\",\"No\"
\"0x90f79bf6eb2c4f870365e785982e1f101e93b906\",\"0.0005\",\"No\"
";
		let exclusions =
			parse_exclusions("# the VVV/WETH pool\n0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC\n")
				.unwrap();
		let options =
			Options::new(18, Some("1000000"), Some("0.5"), Some(0), Some(1_296_000)).unwrap();
		let snapshot = snapshot(csv, &exclusions, &options).unwrap();
		assert_eq!(
			(snapshot.claims.len(), format_vvv(snapshot.claimed)),
			(2, "399999.9995".to_owned())
		);
		assert_eq!(snapshot.excluded[0].line, 2);
		assert_eq!(format_vvv(snapshot.excluded_total), "600000");
		assert_eq!((snapshot.dust[0].line, format_vvv(snapshot.dust_total)), (5, "0.0005".into()));
		assert_eq!(
			render(&snapshot.claims),
			"{
	\"claims\": [
		{ \"address\": \"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\", \"amount\": \"250000.5\", \"vesting\": { \"locked\": \"125000.25\", \"cliff_block\": 0, \"vesting_blocks\": 1296000 } },
		{ \"address\": \"0x70997970C51812dc3A010C7d01b50e0d17dc79C8\", \"amount\": \"149999.4995\", \"vesting\": { \"locked\": \"74999.74975\", \"cliff_block\": 0, \"vesting_blocks\": 1296000 } }
	]
}
"
		);
	}

	#[test]
	fn the_rendered_claims_are_the_allocations_claims() {
		let vest = Options::new(18, None, Some("0.8"), Some(100), Some(1000)).unwrap();
		let snapshot = snapshot(&basescan(), &exclusions(), &vest).unwrap();
		let rendered = render(&snapshot.claims);
		assert!(rendered.contains(&format!(
			"\t\t{{ \"address\": \"{B}\", \"amount\": \"1999.499\", \"vesting\": {{ \"locked\": \
			 \"1599.5992\", \"cliff_block\": 100, \"vesting_blocks\": 1000 }} }},\n"
		)));
		let fragment: Value = serde_json::from_str(&rendered).unwrap();
		assert_eq!(fragment["claims"][0]["address"], json!(A));
		assert_eq!(fragment["claims"][2]["amount"], json!("500.000000000000000001"));
		// An allocation file with the rendered claims: the same claims.
		let allocation = json!({
			"name": "Test",
			"id": "test",
			"total_issuance": format_vvv(snapshot.claimed + UNIT),
			"accounts": [{"account": ALICE, "balance": "1"}],
			"sequencers": [{"account": ALICE, "aura": ALICE, "grandpa": ALICE_ED}],
			"claims": fragment["claims"],
		});
		let validated = allocation::parse(&allocation.to_string()).unwrap().validate().unwrap();
		assert_eq!(validated.claims, snapshot.claims);
		// Without vesting, no `vesting` field; without claims, an empty list.
		let plain = super::snapshot(&basescan(), &exclusions(), &options()).unwrap();
		assert!(!render(&plain.claims).contains("vesting"));
		let empty: Value = serde_json::from_str(&render(&[])).unwrap();
		assert_eq!(empty, json!({"claims": []}));
		// The total the allocation checks counts the claims.
		let mut short = allocation.clone();
		short["total_issuance"] = json!("1");
		let error = allocation::parse(&short.to_string()).unwrap().validate().unwrap_err();
		assert!(matches!(error, AllocationError::TotalMismatch { .. }), "{error}");
	}
}
