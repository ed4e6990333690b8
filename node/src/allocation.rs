//! A network's launch allocation: the one JSON file a launch team writes (`docs/launch.md`,
//! `docs/allocation.example.json`), checked entry by entry, and the genesis it becomes over the
//! runtime's `production` preset.
//!
//! [`parse`] reads the file; [`Allocation::validate`] checks every rule, with an error that
//! names the entry at fault, and types every value; [`Validated::genesis_patch`] writes the
//! pallets' genesis fields. Nothing here starts a service, so the rules are unit-tested below.
//!
//! Every account the genesis names besides `accounts` (a vesting schedule's, a staker, a
//! sequencer, an operator member) must be one of `accounts`, funded at genesis: a sequencer
//! signs `session.setKeys` to rotate its keys and an operator member signs motions, both
//! paying fees; a staker and a vesting account need the VVV they stake or lock; and the session
//! pallet takes a consumer reference on each sequencer's account at genesis, which only an
//! existing (funded) account can give.
//!
//! `claims` are VVV owed to Ethereum addresses (holders of VVV on Base), paid by the claims
//! pallet to whoever signs for the address (`docs/claims.md`): the pallet's genesis mints their
//! total into its pot, so `total_issuance` counts them with the balances. [`parse_eth_address`]
//! and [`eip55`] read and write those addresses, here and in the snapshot command
//! (`crate::claims_snapshot`).

use std::{
	collections::{BTreeMap, BTreeSet},
	fmt,
};

use diem_runtime::{
	configs::{MAX_CLAIM_STATEMENT, STAKING_FEE_RESERVE},
	consensus::{MAX_SEQUENCERS, MIN_SESSION_LENGTH},
	governance::OPERATOR_MAX_MEMBERS,
	EXISTENTIAL_DEPOSIT, TOKEN_DECIMALS, UNIT,
};

use sc_network::config::MultiaddrWithPeerId;
use serde_json::{Map, Value};
use sp_core::{
	crypto::{AccountId32, Ss58AddressFormat, Ss58Codec},
	ed25519, sr25519,
};
// The node does not depend on `serde` itself: sp-runtime re-exports it, derive macros included.
use sp_runtime::Deserialize;

/// The network protocol id of a file that names none.
pub const DEFAULT_PROTOCOL_ID: &str = "diem";

/// The SS58 prefix of every account and key the genesis patch writes: 42, generic Substrate,
/// the chain spec's `ss58Format`.
const SS58_PREFIX: u16 = 42;

/// The genesis pallets whose every field the allocation sets: `parameters` may not name them.
/// `assets` and `assetConversion` are the preset's: DIEM's supply must be the positions' minted
/// DIEM, and a pool is seeded from balances the allocation does not name. `claims` is the
/// allocation's `claims` and `claims_statement`: its VVV is counted in `total_issuance`.
const ALLOCATION_PALLETS: [&str; 10] = [
	"balances",
	"vesting",
	"session",
	"aura",
	"grandpa",
	"operator",
	"sudo",
	"assets",
	"assetConversion",
	"claims",
];

/// The fields the allocation sets in pallets whose other fields `parameters` may set.
const ALLOCATION_FIELDS: [(&str, &str); 3] =
	[("staking", "stakers"), ("sequencers", "sequencers"), ("diem", "positions")];

/// The allocation file, as written: every value still a string, checked by
/// [`Allocation::validate`].
#[derive(Debug, Deserialize)]
#[serde(crate = "sp_runtime::serde", deny_unknown_fields)]
pub struct Allocation {
	/// The chain spec's name, e.g. "DIEM".
	pub name: String,
	/// The chain spec's id, e.g. "diem": names the chain's directory under a node's base path.
	pub id: String,
	/// Boot nodes, as multiaddresses ending in `/p2p/<peer id>`: none by default.
	#[serde(default)]
	pub boot_nodes: Vec<String>,
	/// The network protocol id: [`DEFAULT_PROTOCOL_ID`] by default.
	#[serde(default)]
	pub protocol_id: Option<String>,
	/// The VVV the file allocates in all, a decimal VVV amount: the balances and the claims must
	/// add up to it.
	pub total_issuance: String,
	/// Every funded account and its balance.
	pub accounts: Vec<AccountEntry>,
	/// Vesting schedules: none by default.
	#[serde(default)]
	pub vesting: Vec<VestingEntry>,
	/// Genesis stakes: none by default.
	#[serde(default)]
	pub stakes: Vec<StakeEntry>,
	/// The block producers and their session keys: at least one.
	#[serde(default)]
	pub sequencers: Vec<SequencerEntry>,
	/// The members of the operator collective: none by default.
	#[serde(default)]
	pub operator: Vec<String>,
	/// VVV owed to Ethereum addresses, claimed by signature (`docs/claims.md`): none by
	/// default.
	#[serde(default)]
	pub claims: Vec<ClaimEntry>,
	/// The statement a claim's signed message must end with: none by default.
	#[serde(default)]
	pub claims_statement: Option<String>,
	/// A patch over the production preset, in the chain spec's genesis field names (e.g.
	/// `{"staking": {"unbondingPeriod": 20}}`): `{}` by default. The runtime checks its fields
	/// when it builds the genesis; it may not name what the allocation sets.
	#[serde(default = "empty_object")]
	pub parameters: Value,
}

/// An account funded at genesis.
#[derive(Debug, Deserialize)]
#[serde(crate = "sp_runtime::serde", deny_unknown_fields)]
pub struct AccountEntry {
	/// SS58 (any network prefix) or 0x and 64 hex digits.
	pub account: String,
	/// Its balance, a decimal VVV amount.
	pub balance: String,
}

/// A vesting schedule: `locked` VVV of the account's balance stay locked until block
/// `cliff_block`, then unlock linearly over `vesting_blocks` blocks.
#[derive(Debug, Deserialize)]
#[serde(crate = "sp_runtime::serde", deny_unknown_fields)]
pub struct VestingEntry {
	/// One of `accounts`.
	pub account: String,
	/// The VVV locked, a decimal VVV amount, at most the account's balance.
	pub locked: String,
	/// The block the unlocking starts at (0: at genesis).
	pub cliff_block: u32,
	/// The blocks the unlocking takes, at least 1.
	pub vesting_blocks: u32,
}

/// A stake made at genesis, as a `staking.stake` call would make it.
#[derive(Debug, Deserialize)]
#[serde(crate = "sp_runtime::serde", deny_unknown_fields)]
pub struct StakeEntry {
	/// One of `accounts`.
	pub account: String,
	/// The VVV staked, a decimal VVV amount.
	pub amount: String,
}

/// A sequencer: its account and its session keys.
#[derive(Debug, Deserialize)]
#[serde(crate = "sp_runtime::serde", deny_unknown_fields)]
pub struct SequencerEntry {
	/// One of `accounts`.
	pub account: String,
	/// Its Aura key, an sr25519 public key: SS58 or 0x and 64 hex digits.
	pub aura: String,
	/// Its GRANDPA key, an ed25519 public key: SS58 or 0x and 64 hex digits.
	pub grandpa: String,
}

/// A claim: VVV the claims pallet pays to whoever signs for an Ethereum address.
#[derive(Debug, Deserialize)]
#[serde(crate = "sp_runtime::serde", deny_unknown_fields)]
pub struct ClaimEntry {
	/// 0x and 40 hex digits: all lower case, all upper case, or EIP-55 checksummed.
	pub address: String,
	/// The VVV claimed, a decimal VVV amount, at least the existential deposit.
	pub amount: String,
	/// A vesting schedule the claim puts on the account it pays: none by default.
	#[serde(default)]
	pub vesting: Option<ClaimVestingEntry>,
}

/// A claim's vesting schedule: of the VVV claimed, `locked` stay locked until block
/// `cliff_block`, then unlock linearly over `vesting_blocks` blocks.
#[derive(Debug, Deserialize)]
#[serde(crate = "sp_runtime::serde", deny_unknown_fields)]
pub struct ClaimVestingEntry {
	/// The VVV locked, a decimal VVV amount, at most the claim.
	pub locked: String,
	/// The block the unlocking starts at (0: at genesis).
	pub cliff_block: u32,
	/// The blocks the unlocking takes, at least 1.
	pub vesting_blocks: u32,
}

/// What `parameters` is when the file leaves it out: no change to the preset.
fn empty_object() -> Value {
	Value::Object(Map::new())
}

/// Why an allocation file is refused. Each names the entry at fault, as a path into the file
/// (`stakes[2].amount`); amounts are in planck.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AllocationError {
	/// The file is not JSON, or not of the allocation's shape (a missing or unknown field, a
	/// number where a string is expected); serde's message, with its line and column.
	Json(String),
	/// A name that may not be empty is.
	EmptyField {
		/// Where in the file.
		field: String,
	},
	/// A boot node is not a multiaddress with a peer id.
	BadBootNode {
		/// Where in the file.
		field: String,
		/// What the file says.
		value: String,
		/// Why it does not parse.
		reason: String,
	},
	/// An account is neither SS58 nor 32 bytes of hex.
	BadAccount {
		/// Where in the file.
		field: String,
		/// What the file says.
		value: String,
		/// Why it does not parse.
		reason: String,
	},
	/// An amount is not a decimal VVV amount.
	BadAmount {
		/// Where in the file.
		field: String,
		/// What the file says.
		value: String,
		/// Why it does not parse.
		reason: AmountError,
	},
	/// A sequencer's session key is neither SS58 nor 32 bytes of hex.
	BadKey {
		/// Where in the file.
		field: String,
		/// The sequencer's account, as the file writes it.
		account: String,
		/// `aura` or `grandpa`.
		key: &'static str,
		/// What the file says.
		value: String,
		/// Why it does not parse.
		reason: String,
	},
	/// An account is listed twice in `accounts`.
	DuplicateAccount {
		/// Where in the file (the second entry).
		field: String,
		/// The account, as the file writes it.
		account: String,
	},
	/// An account is listed twice in `sequencers`.
	DuplicateSequencer {
		/// Where in the file (the second entry).
		field: String,
		/// The account, as the file writes it.
		account: String,
	},
	/// Two sequencers have the same Aura or the same GRANDPA key.
	DuplicateSessionKey {
		/// Where in the file (the second sequencer).
		field: String,
		/// `aura` or `grandpa`.
		key: &'static str,
		/// The key, as the file writes it.
		value: String,
	},
	/// An account stakes twice in `stakes`.
	DuplicateStake {
		/// Where in the file (the second entry).
		field: String,
		/// The account, as the file writes it.
		account: String,
	},
	/// An account has two vesting schedules.
	DuplicateVesting {
		/// Where in the file (the second entry).
		field: String,
		/// The account, as the file writes it.
		account: String,
	},
	/// An account is listed twice in `operator`.
	DuplicateOperatorMember {
		/// Where in the file (the second entry).
		field: String,
		/// The account, as the file writes it.
		account: String,
	},
	/// `sequencers` is empty: nobody would produce blocks.
	NoSequencer,
	/// More sequencers than the runtime's bound (Aura's and GRANDPA's authorities).
	TooManySequencers {
		/// How many the file names.
		named: usize,
		/// The bound.
		max: u32,
	},
	/// More operator members than the collective's bound.
	TooManyOperatorMembers {
		/// How many the file names.
		named: usize,
		/// The bound.
		max: u32,
	},
	/// `parameters` makes sessions shorter than the runtime allows.
	SessionTooShort {
		/// The length the file asks for.
		length: u64,
		/// The shortest session.
		min: u32,
	},
	/// A vesting, stake, sequencer or operator account is not one of `accounts`.
	UnknownAccount {
		/// Where in the file.
		field: String,
		/// The account, as the file writes it.
		account: String,
	},
	/// The balances and the claims do not add up to `total_issuance`.
	TotalMismatch {
		/// `total_issuance`.
		declared: u128,
		/// The sum of the balances.
		allocated: u128,
		/// The sum of the claims (minted into the claims pot at genesis).
		claimed: u128,
	},
	/// A schedule locks more than the account's balance.
	VestingExceedsBalance {
		/// Where in the file.
		field: String,
		/// The account, as the file writes it.
		account: String,
		/// The VVV locked.
		locked: u128,
		/// The account's balance.
		balance: u128,
	},
	/// A schedule (of `vesting`, or of a claim) unlocks over zero blocks.
	ZeroVestingDuration {
		/// Where in the file.
		field: String,
		/// The account (or the claim's address), as the file writes it.
		account: String,
	},
	/// A schedule (of `vesting`, or of a claim) would unlock less than a planck a block (it
	/// locks less planck than it has blocks, or nothing): pallet-vesting refuses it.
	VestingTooSmall {
		/// Where in the file.
		field: String,
		/// The account (or the claim's address), as the file writes it.
		account: String,
		/// The VVV locked.
		locked: u128,
		/// The blocks it unlocks over.
		vesting_blocks: u32,
	},
	/// A stake of nothing: the staking pallet refuses it.
	ZeroStake {
		/// Where in the file.
		field: String,
		/// The account, as the file writes it.
		account: String,
	},
	/// A stake would not leave the existential deposit and the staking pallet's fee reserve
	/// free.
	StakeExceedsBalance {
		/// Where in the file.
		field: String,
		/// The account, as the file writes it.
		account: String,
		/// The stake.
		stake: u128,
		/// The most the account may stake.
		spendable: u128,
	},
	/// A balance below the existential deposit (0.001 VVV): pallet-balances refuses it.
	BalanceBelowExistentialDeposit {
		/// Where in the file.
		field: String,
		/// The account, as the file writes it.
		account: String,
		/// Its balance.
		balance: u128,
	},
	/// A claim's address is not 0x and 40 hex digits (20 bytes).
	BadClaimAddress {
		/// Where in the file.
		field: String,
		/// What the file says.
		value: String,
	},
	/// A claim's address mixes upper and lower case but is not EIP-55 checksummed: a digit or
	/// a letter's case was changed on the way.
	BadChecksum {
		/// Where in the file.
		field: String,
		/// What the file says.
		value: String,
		/// The address checksummed, as its digits read.
		expected: String,
	},
	/// A claim for the zero address, whose key nobody holds.
	ZeroClaimAddress {
		/// Where in the file.
		field: String,
	},
	/// A claim for the burn address ([`BURN_ADDRESS`]): tokens sent there were destroyed.
	BurnClaimAddress {
		/// Where in the file.
		field: String,
	},
	/// An address has two claims.
	DuplicateClaim {
		/// Where in the file (the second claim).
		field: String,
		/// The address, as the file writes it.
		address: String,
	},
	/// A claim below the existential deposit (0.001 VVV): the account it pays would not exist.
	ClaimBelowMinimum {
		/// Where in the file.
		field: String,
		/// The address, as the file writes it.
		address: String,
		/// The claim.
		amount: u128,
	},
	/// A claim's schedule locks more than the claim.
	ClaimVestingExceedsAmount {
		/// Where in the file.
		field: String,
		/// The address, as the file writes it.
		address: String,
		/// The VVV locked.
		locked: u128,
		/// The claim.
		amount: u128,
	},
	/// `claims_statement` is longer than the claims pallet takes (`MAX_CLAIM_STATEMENT` bytes).
	StatementTooLong {
		/// Its length in bytes.
		length: usize,
		/// The most.
		max: u32,
	},
	/// Amounts add up to more than a `u128` of planck.
	Overflow {
		/// The list whose amounts overflow.
		field: String,
	},
	/// `parameters` is not a JSON object.
	ParametersNotObject,
	/// `parameters` names a pallet or a field the allocation sets (`balances`,
	/// `staking.stakers`, …).
	ParametersOverrideAllocation(String),
	/// An account of the file is one the production preset funds already (a pallet's own
	/// account): pallet-balances refuses a genesis that funds an account twice.
	PresetConflict {
		/// The account, SS58 with prefix 42.
		account: String,
	},
}

impl std::error::Error for AllocationError {}

impl fmt::Display for AllocationError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Self::Json(error) => write!(f, "not an allocation file: {error}"),
			Self::EmptyField { field } => write!(f, "{field} is empty"),
			Self::BadBootNode { field, value, reason } => write!(
				f,
				"{field}: `{value}` is not a boot node (a multiaddress ending in /p2p/<peer id>, \
				 e.g. /ip4/198.51.100.1/tcp/30333/p2p/12D3KooW…): {reason}"
			),
			Self::BadAccount { field, value, reason } => write!(
				f,
				"{field}: `{value}` is not an account (SS58 of any network, or 0x and 64 hex \
				 digits): {reason}"
			),
			Self::BadAmount { field, value, reason } => write!(
				f,
				"{field}: `{value}` is not a VVV amount (a decimal string such as \"1000000\" or \
				 \"0.25\"): {reason}"
			),
			Self::BadKey { field, account, key, value, reason } => {
				let scheme = if *key == "aura" { "sr25519" } else { "ed25519" };
				write!(
					f,
					"{field}.{key}: `{value}`, the {key} key of sequencer {account}, is not an \
					 {scheme} public key (SS58, or 0x and 64 hex digits): {reason}"
				)
			}
			Self::DuplicateAccount { field, account } => write!(
				f,
				"{field}: {account} is already in `accounts`; give each account one entry with \
				 its whole balance"
			),
			Self::DuplicateSequencer { field, account } => {
				write!(f, "{field}: {account} is already a sequencer")
			}
			Self::DuplicateSessionKey { field, key, value } => write!(
				f,
				"{field}.{key}: {value} is already another sequencer's {key} key; each sequencer \
				 needs keys of its own"
			),
			Self::DuplicateStake { field, account } => write!(
				f,
				"{field}: {account} already stakes; give each staker one entry with its whole \
				 stake"
			),
			Self::DuplicateVesting { field, account } => write!(
				f,
				"{field}: {account} already has a vesting schedule; an account has one at most"
			),
			Self::DuplicateOperatorMember { field, account } => {
				write!(f, "{field}: {account} is already an operator member")
			}
			Self::NoSequencer => write!(
				f,
				"`sequencers` is empty: the chain needs at least one sequencer to produce blocks"
			),
			Self::TooManySequencers { named, max } => write!(
				f,
				"`sequencers` names {named} sequencers: at most {max} can author and vote"
			),
			Self::TooManyOperatorMembers { named, max } => {
				write!(f, "`operator` names {named} members: the collective has at most {max}")
			}
			Self::SessionTooShort { length, min } => write!(
				f,
				"`parameters.sequencers.sessionLength` is {length}: a session lasts {min} blocks at \
				 least (its first block is spent on the rotation)"
			),
			Self::UnknownAccount { field, account } => write!(
				f,
				"{field}: {account} is not in `accounts`: every account the genesis names (a \
				 vesting schedule's, a staker, a sequencer, an operator member) must be funded \
				 there, so that it exists and can pay fees"
			),
			Self::TotalMismatch { declared, allocated, claimed } => {
				let sum = allocated.saturating_add(*claimed);
				let difference = format_vvv(declared.abs_diff(sum));
				let (declared, sum) = (format_vvv(*declared), format_vvv(sum));
				if *claimed == 0 {
					return write!(
						f,
						"the balances of `accounts` add up to {sum} VVV, but `total_issuance` is \
						 {declared} VVV ({difference} VVV apart)"
					);
				}
				let (allocated, claimed) = (format_vvv(*allocated), format_vvv(*claimed));
				write!(
					f,
					"the balances of `accounts` ({allocated} VVV) and the amounts of `claims` \
					 ({claimed} VVV, minted into the claims pot at genesis) add up to {sum} VVV, \
					 but `total_issuance` is {declared} VVV ({difference} VVV apart)"
				)
			}
			Self::VestingExceedsBalance { field, account, locked, balance } => {
				let (locked, balance) = (format_vvv(*locked), format_vvv(*balance));
				write!(
					f,
					"{field}: {account} locks {locked} VVV but holds {balance} VVV; a schedule \
					 locks at most the account's balance"
				)
			}
			Self::ZeroVestingDuration { field, account } => write!(
				f,
				"{field}: the schedule of {account} unlocks over 0 blocks; `vesting_blocks` is \
				 at least 1 (1: everything unlocks at the cliff)"
			),
			Self::VestingTooSmall { field, account, locked, vesting_blocks } => {
				let locked = format_vvv(*locked);
				write!(
					f,
					"{field}: {account} locks {locked} VVV over {vesting_blocks} blocks, less \
					 than a planck a block, which pallet-vesting refuses; lock at least \
					 {vesting_blocks} planck, or drop the schedule"
				)
			}
			Self::ZeroStake { field, account } => {
				write!(f, "{field}: {account} stakes nothing; drop the entry")
			}
			Self::StakeExceedsBalance { field, account, stake, spendable } => {
				let (stake, spendable) = (format_vvv(*stake), format_vvv(*spendable));
				let reserve = format_vvv(EXISTENTIAL_DEPOSIT + STAKING_FEE_RESERVE);
				write!(
					f,
					"{field}: {account} stakes {stake} VVV but may stake {spendable} VVV at most: \
					 a stake leaves {reserve} VVV free (the existential deposit and the staking \
					 pallet's fee reserve)"
				)
			}
			Self::BalanceBelowExistentialDeposit { field, account, balance } => {
				let (balance, minimum) = (format_vvv(*balance), format_vvv(EXISTENTIAL_DEPOSIT));
				write!(
					f,
					"{field}: {account} holds {balance} VVV, below the existential deposit of \
					 {minimum} VVV"
				)
			}
			Self::BadClaimAddress { field, value } => {
				write!(f, "{field}: `{value}` is not an Ethereum address (0x and 40 hex digits)")
			}
			Self::BadChecksum { field, value, expected } => write!(
				f,
				"{field}: `{value}` mixes upper and lower case but is not an EIP-55 checksummed \
				 address (its digits checksum to {expected}): a digit or a letter's case is \
				 wrong; copy the address again from where it came from"
			),
			Self::ZeroClaimAddress { field } => write!(
				f,
				"{field}: the zero address cannot claim: nobody holds its key; drop the claim"
			),
			Self::BurnClaimAddress { field } => write!(
				f,
				"{field}: the burn address 0x000000000000000000000000000000000000dEaD cannot \
				 claim: what it holds was burned on Base; drop the claim"
			),
			Self::DuplicateClaim { field, address } => write!(
				f,
				"{field}: {address} already has a claim; give each address one claim with its \
				 whole amount"
			),
			Self::ClaimBelowMinimum { field, address, amount } => {
				let (amount, minimum) = (format_vvv(*amount), format_vvv(EXISTENTIAL_DEPOSIT));
				write!(
					f,
					"{field}: {address} claims {amount} VVV, below the existential deposit of \
					 {minimum} VVV (the account it pays would not exist)"
				)
			}
			Self::ClaimVestingExceedsAmount { field, address, locked, amount } => {
				let (locked, amount) = (format_vvv(*locked), format_vvv(*amount));
				write!(
					f,
					"{field}: the claim of {address} locks {locked} VVV but is {amount} VVV; a \
					 claim's schedule locks at most the claim"
				)
			}
			Self::StatementTooLong { length, max } => {
				write!(f, "`claims_statement` is {length} bytes long: at most {max} (UTF-8)")
			}
			Self::Overflow { field } => write!(
				f,
				"the amounts of `{field}` add up to more planck than a 128-bit number holds"
			),
			Self::ParametersNotObject => write!(
				f,
				"`parameters` is not a JSON object of pallets' genesis fields, such as \
				 {{\"staking\": {{\"unbondingPeriod\": 20}}}}"
			),
			Self::ParametersOverrideAllocation(key) => write!(
				f,
				"`parameters` sets `{key}`, which the allocation sets itself (from `accounts`, \
				 `vesting`, `stakes`, `sequencers`, `operator` and `claims`; a production chain \
				 has no sudo key)"
			),
			Self::PresetConflict { account } => write!(
				f,
				"{account} is funded by the runtime's production preset already (a pallet's own \
				 account); it cannot be in `accounts`"
			),
		}
	}
}

/// Why a string is not a VVV amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountError {
	/// The string is empty.
	Empty,
	/// Not digits with at most one `.` between digits (no sign, space, exponent or separator).
	Malformed,
	/// More decimals than VVV has.
	TooManyDecimals,
	/// More planck than a `u128` holds.
	Overflow,
}

impl fmt::Display for AmountError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Self::Empty => write!(f, "it is empty"),
			Self::Malformed => {
				write!(f, "only digits, and at most one `.` between digits, may be used")
			}
			Self::TooManyDecimals => write!(f, "VVV has {TOKEN_DECIMALS} decimals, no more"),
			Self::Overflow => write!(f, "it is more planck than a 128-bit number holds"),
		}
	}
}

/// A decimal VVV amount ("1000000", "0.25", at most 18 decimals) in planck: VVV × 10^18.
pub fn parse_vvv(value: &str) -> Result<u128, AmountError> {
	if value.is_empty() {
		return Err(AmountError::Empty);
	}
	let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
	let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
	// "1." and ".5" are refused with the rest: an amount is written one way only.
	if !digits(whole) || (value.contains('.') && !digits(fraction)) {
		return Err(AmountError::Malformed);
	}
	let decimals = usize::from(TOKEN_DECIMALS);
	if fraction.len() > decimals {
		return Err(AmountError::TooManyDecimals);
	}
	// The digits of the whole part, then of the fraction padded to 18 decimals: the planck.
	let padding = std::iter::repeat_n(b'0', decimals - fraction.len());
	whole.bytes().chain(fraction.bytes()).chain(padding).try_fold(0u128, |planck, digit| {
		planck
			.checked_mul(10)
			.and_then(|planck| planck.checked_add(u128::from(digit - b'0')))
			.ok_or(AmountError::Overflow)
	})
}

/// Planck as a decimal VVV amount, as [`parse_vvv`] reads it: "1000000", "0.25".
pub fn format_vvv(planck: u128) -> String {
	let (whole, fraction) = (planck / UNIT, planck % UNIT);
	if fraction == 0 {
		return whole.to_string();
	}
	let fraction = format!("{fraction:0width$}", width = usize::from(TOKEN_DECIMALS));
	format!("{whole}.{}", fraction.trim_end_matches('0'))
}

/// Why a string is not an Ethereum address a claim may name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EthAddressError {
	/// Not 0x and 40 hex digits.
	Malformed,
	/// Upper and lower case mixed, but not as the EIP-55 checksum has them.
	BadChecksum {
		/// The address checksummed, as its digits read.
		expected: String,
	},
	/// The zero address: nobody holds its key.
	Zero,
}

impl fmt::Display for EthAddressError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Self::Malformed => write!(f, "not an Ethereum address (0x and 40 hex digits)"),
			Self::BadChecksum { expected } => write!(
				f,
				"it mixes upper and lower case but is not EIP-55 checksummed (its digits checksum \
				 to {expected}): a digit or a letter's case is wrong"
			),
			Self::Zero => write!(f, "the zero address: nobody holds its key"),
		}
	}
}

/// An Ethereum address from 0x and 40 hex digits: all lower case, all upper case, or mixed as
/// its EIP-55 checksum ([`eip55`]) has it. The zero address is refused.
pub fn parse_eth_address(value: &str) -> Result<[u8; 20], EthAddressError> {
	let digits = value.strip_prefix("0x").ok_or(EthAddressError::Malformed)?;
	let address = decode_hex::<20>(digits).ok_or(EthAddressError::Malformed)?;
	let lower = digits.bytes().any(|b| b.is_ascii_lowercase());
	let upper = digits.bytes().any(|b| b.is_ascii_uppercase());
	if lower && upper {
		let expected = eip55(&address);
		if expected.get(2..) != Some(digits) {
			return Err(EthAddressError::BadChecksum { expected });
		}
	}
	if address == [0u8; 20] {
		return Err(EthAddressError::Zero);
	}
	Ok(address)
}

/// An Ethereum address in EIP-55 form: 0x and its 40 hex digits, a letter upper case where the
/// same nibble of the keccak-256 of the lower-case digits (as ASCII) is 8 or more.
pub fn eip55(address: &[u8; 20]) -> String {
	let lower = lower_hex(address);
	let hash = sp_io::hashing::keccak_256(lower.as_bytes());
	let mut checksummed = String::with_capacity(2 + lower.len());
	checksummed.push_str("0x");
	for (i, digit) in lower.chars().enumerate() {
		let byte = hash[i / 2];
		let nibble = if i % 2 == 0 { byte >> 4 } else { byte & 0x0f };
		checksummed.push(if nibble >= 8 { digit.to_ascii_uppercase() } else { digit });
	}
	checksummed
}

/// Bytes as lower-case hex digits, two a byte, without 0x.
fn lower_hex(bytes: &[u8]) -> String {
	bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// Reads an allocation file; [`Allocation::validate`] then checks it.
pub fn parse(json: &str) -> Result<Allocation, AllocationError> {
	serde_json::from_str(json).map_err(|error| AllocationError::Json(error.to_string()))
}

/// A vesting schedule, typed, in pallet-vesting's genesis terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VestingSchedule {
	/// The vesting account.
	pub account: AccountId32,
	/// The block the unlocking starts at.
	pub cliff_block: u32,
	/// The blocks the unlocking takes.
	pub vesting_blocks: u32,
	/// The account's balance minus the VVV locked: what pallet-vesting's genesis takes (it
	/// locks the rest of the account's free balance).
	pub liquid: u128,
}

/// A claim, typed: VVV (planck) owed to an Ethereum address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
	/// The claiming address.
	pub address: [u8; 20],
	/// The VVV claimed, in planck.
	pub amount: u128,
	/// The schedule the claim puts on the account it pays, if any.
	pub vesting: Option<ClaimVesting>,
}

/// A claim's vesting schedule, typed: of the claim, `locked` planck unlock linearly over
/// `vesting_blocks` blocks from block `cliff_block` (the claims pallet's `start` and `length`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimVesting {
	/// The VVV locked, in planck.
	pub locked: u128,
	/// The block the unlocking starts at.
	pub cliff_block: u32,
	/// The blocks the unlocking takes.
	pub vesting_blocks: u32,
}

/// A sequencer, typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sequencer {
	/// Its account (also its validator id in the session pallet).
	pub account: AccountId32,
	/// Its Aura key.
	pub aura: sr25519::Public,
	/// Its GRANDPA key.
	pub grandpa: ed25519::Public,
}

/// An allocation that passed every check of [`Allocation::validate`], its values typed;
/// amounts in planck, lists in the file's order.
#[derive(Debug)]
pub struct Validated {
	/// The chain spec's name.
	pub name: String,
	/// The chain spec's id.
	pub id: String,
	/// The network protocol id.
	pub protocol_id: String,
	/// The boot nodes.
	pub boot_nodes: Vec<MultiaddrWithPeerId>,
	/// Each funded account and its balance.
	pub balances: Vec<(AccountId32, u128)>,
	/// The vesting schedules.
	pub vesting: Vec<VestingSchedule>,
	/// Each genesis staker and its stake.
	pub stakes: Vec<(AccountId32, u128)>,
	/// The sequencers.
	pub sequencers: Vec<Sequencer>,
	/// The operator's members.
	pub operator: Vec<AccountId32>,
	/// The claims.
	pub claims: Vec<Claim>,
	/// The statement a claim's signed message must end with, if any.
	pub claims_statement: Option<String>,
	/// The patch over the preset, merged last.
	pub parameters: Map<String, Value>,
}

impl Allocation {
	/// Checks every rule of `docs/launch.md` and types every value; the first broken rule is
	/// the error, naming its entry.
	pub fn validate(&self) -> Result<Validated, AllocationError> {
		use AllocationError::*;

		let name = non_empty("name", &self.name)?;
		let id = non_empty("id", &self.id)?;
		let protocol_id = match &self.protocol_id {
			Some(protocol_id) => non_empty("protocol_id", protocol_id)?,
			None => DEFAULT_PROTOCOL_ID.to_owned(),
		};
		let boot_nodes = self
			.boot_nodes
			.iter()
			.enumerate()
			.map(|(i, node)| {
				node.parse::<MultiaddrWithPeerId>().map_err(|error| BadBootNode {
					field: format!("boot_nodes[{i}]"),
					value: node.clone(),
					reason: error.to_string(),
				})
			})
			.collect::<Result<Vec<_>, _>>()?;
		let declared = amount("total_issuance", &self.total_issuance)?;

		let mut funded = BTreeMap::new();
		let mut balances = Vec::with_capacity(self.accounts.len());
		let mut allocated: u128 = 0;
		for (i, entry) in self.accounts.iter().enumerate() {
			let field = format!("accounts[{i}]");
			let who = account(&format!("{field}.account"), &entry.account)?;
			let balance = amount(&format!("{field}.balance"), &entry.balance)?;
			if funded.insert(who.clone(), balance).is_some() {
				return Err(DuplicateAccount { field, account: entry.account.clone() });
			}
			if balance < EXISTENTIAL_DEPOSIT {
				return Err(BalanceBelowExistentialDeposit {
					field,
					account: entry.account.clone(),
					balance,
				});
			}
			allocated = allocated
				.checked_add(balance)
				.ok_or_else(|| Overflow { field: "accounts".into() })?;
			balances.push((who, balance));
		}

		let mut claims = Vec::with_capacity(self.claims.len());
		let mut claimants = BTreeSet::new();
		let mut claimed: u128 = 0;
		for (i, entry) in self.claims.iter().enumerate() {
			let field = format!("claims[{i}]");
			let address_field = format!("{field}.address");
			let address = claim_address(&address_field, &entry.address)?;
			if !claimants.insert(address) {
				return Err(DuplicateClaim {
					field: address_field,
					address: entry.address.clone(),
				});
			}
			let amount_field = format!("{field}.amount");
			let owed = amount(&amount_field, &entry.amount)?;
			if owed < EXISTENTIAL_DEPOSIT {
				return Err(ClaimBelowMinimum {
					field: amount_field,
					address: entry.address.clone(),
					amount: owed,
				});
			}
			let vesting = match &entry.vesting {
				Some(schedule) => Some(claim_vesting(&field, &entry.address, owed, schedule)?),
				None => None,
			};
			claimed =
				claimed.checked_add(owed).ok_or_else(|| Overflow { field: "claims".into() })?;
			claims.push(Claim { address, amount: owed, vesting });
		}
		let claims_statement = match &self.claims_statement {
			Some(statement) => {
				let statement = non_empty("claims_statement", statement)?;
				if statement.len() > MAX_CLAIM_STATEMENT as usize {
					return Err(StatementTooLong {
						length: statement.len(),
						max: MAX_CLAIM_STATEMENT,
					});
				}
				Some(statement)
			}
			None => None,
		};

		// The claims pallet's genesis mints the claims' VVV into its pot: issued like the
		// balances.
		let issued =
			allocated.checked_add(claimed).ok_or_else(|| Overflow { field: "claims".into() })?;
		if issued != declared {
			return Err(TotalMismatch { declared, allocated, claimed });
		}
		// A named account and its balance, if `accounts` funds it.
		let funded_account = |field: &str, value: &str| -> Result<_, AllocationError> {
			let who = account(field, value)?;
			match funded.get(&who) {
				Some(balance) => Ok((who, *balance)),
				None => Err(UnknownAccount { field: field.to_owned(), account: value.to_owned() }),
			}
		};

		let mut vesting = Vec::with_capacity(self.vesting.len());
		let mut vested = BTreeSet::new();
		for (i, entry) in self.vesting.iter().enumerate() {
			let field = format!("vesting[{i}]");
			let named = entry.account.clone();
			let (who, balance) = funded_account(&format!("{field}.account"), &entry.account)?;
			if !vested.insert(who.clone()) {
				return Err(DuplicateVesting { field, account: named });
			}
			let locked = amount(&format!("{field}.locked"), &entry.locked)?;
			if entry.vesting_blocks == 0 {
				return Err(ZeroVestingDuration { field, account: named });
			}
			if locked > balance {
				return Err(VestingExceedsBalance { field, account: named, locked, balance });
			}
			unlocks_a_planck_a_block(&field, &named, locked, entry.vesting_blocks)?;
			vesting.push(VestingSchedule {
				account: who,
				cliff_block: entry.cliff_block,
				vesting_blocks: entry.vesting_blocks,
				liquid: balance - locked,
			});
		}

		let mut stakes = Vec::with_capacity(self.stakes.len());
		let mut staking = BTreeSet::new();
		for (i, entry) in self.stakes.iter().enumerate() {
			let field = format!("stakes[{i}]");
			let named = entry.account.clone();
			let (who, balance) = funded_account(&format!("{field}.account"), &entry.account)?;
			if !staking.insert(who.clone()) {
				return Err(DuplicateStake { field, account: named });
			}
			let stake = amount(&format!("{field}.amount"), &entry.amount)?;
			if stake == 0 {
				return Err(ZeroStake { field, account: named });
			}
			// What the staking pallet's `stake` lets an account hold (vesting locks aside: a
			// hold may cover locked VVV): its balance less the existential deposit and the fee
			// reserve.
			let spendable =
				balance.saturating_sub(EXISTENTIAL_DEPOSIT).saturating_sub(STAKING_FEE_RESERVE);
			if stake > spendable {
				return Err(StakeExceedsBalance { field, account: named, stake, spendable });
			}
			stakes.push((who, stake));
		}

		if self.sequencers.is_empty() {
			return Err(NoSequencer);
		}
		if self.sequencers.len() > MAX_SEQUENCERS as usize {
			return Err(TooManySequencers { named: self.sequencers.len(), max: MAX_SEQUENCERS });
		}
		if self.operator.len() > OPERATOR_MAX_MEMBERS as usize {
			return Err(TooManyOperatorMembers {
				named: self.operator.len(),
				max: OPERATOR_MAX_MEMBERS,
			});
		}
		let mut sequencers = Vec::with_capacity(self.sequencers.len());
		let (mut sequencing, mut aura_keys, mut grandpa_keys) =
			(BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
		for (i, entry) in self.sequencers.iter().enumerate() {
			let field = format!("sequencers[{i}]");
			let (who, _) = funded_account(&format!("{field}.account"), &entry.account)?;
			if !sequencing.insert(who.clone()) {
				return Err(DuplicateSequencer { field, account: entry.account.clone() });
			}
			let aura: sr25519::Public = session_key(&field, &entry.account, "aura", &entry.aura)?;
			let grandpa: ed25519::Public =
				session_key(&field, &entry.account, "grandpa", &entry.grandpa)?;
			// The session pallet refuses a key two validators share.
			if !aura_keys.insert(aura.0) {
				return Err(DuplicateSessionKey { field, key: "aura", value: entry.aura.clone() });
			}
			if !grandpa_keys.insert(grandpa.0) {
				return Err(DuplicateSessionKey {
					field,
					key: "grandpa",
					value: entry.grandpa.clone(),
				});
			}
			sequencers.push(Sequencer { account: who, aura, grandpa });
		}

		let mut operator = Vec::with_capacity(self.operator.len());
		let mut members = BTreeSet::new();
		for (i, member) in self.operator.iter().enumerate() {
			let field = format!("operator[{i}]");
			let (who, _) = funded_account(&field, member)?;
			if !members.insert(who.clone()) {
				return Err(DuplicateOperatorMember { field, account: member.clone() });
			}
			operator.push(who);
		}

		let parameters = check_parameters(&self.parameters)?;

		Ok(Validated {
			name,
			id,
			protocol_id,
			boot_nodes,
			balances,
			vesting,
			stakes,
			sequencers,
			operator,
			claims,
			claims_statement,
			parameters,
		})
	}
}

impl Validated {
	/// Refuses an account of the file that the production preset funds already (the preset's
	/// `balances.balances`, e.g. the credits custody account): pallet-balances refuses a
	/// genesis that funds an account twice, and only the raw build would tell.
	pub fn check_preset(&self, production_preset: &Value) -> Result<(), AllocationError> {
		let preset_accounts = production_preset
			.get("balances")
			.and_then(|pallet| pallet.get("balances"))
			.and_then(Value::as_array)
			.into_iter()
			.flatten()
			.filter_map(|entry| entry.get(0)?.as_str())
			.filter_map(|address| AccountId32::from_ss58check_with_version(address).ok());
		for (who, _) in preset_accounts {
			if self.balances.iter().any(|(funded, _)| *funded == who) {
				return Err(AllocationError::PresetConflict { account: ss58(&who) });
			}
		}
		Ok(())
	}

	/// The runtime genesis patch of this allocation: the production preset's patch with the
	/// allocation merged in (`sc_chain_spec::json_merge`), then `parameters` merged last.
	///
	/// A merge replaces arrays, so each list the allocation writes keeps the preset's entries
	/// first (the preset funds the credits custody account with the existential deposit).
	/// The session pallet sets the Aura and GRANDPA authorities from the sequencers' session
	/// keys at genesis, so `aura.authorities` and `grandpa.authorities` are empty.
	pub fn genesis_patch(&self, production_preset: Value) -> Value {
		let mut genesis = production_preset;
		let balances = self
			.balances
			.iter()
			.map(|(who, balance)| Value::Array(vec![account_json(who), planck_json(*balance)]));
		// pallet-vesting's genesis: `(who, begin, length, liquid)`.
		let vesting = self.vesting.iter().map(|schedule| {
			Value::Array(vec![
				account_json(&schedule.account),
				Value::from(schedule.cliff_block),
				Value::from(schedule.vesting_blocks),
				planck_json(schedule.liquid),
			])
		});
		let stakers = self
			.stakes
			.iter()
			.map(|(who, stake)| Value::Array(vec![account_json(who), planck_json(*stake)]));
		// pallet-session's genesis: `(account, validator id, keys)`, the validator id being
		// the account.
		let keys = self.sequencers.iter().map(|sequencer| {
			let keys = object([
				("aura", Value::String(ss58(&sequencer.aura))),
				("grandpa", Value::String(ss58(&sequencer.grandpa))),
			]);
			Value::Array(vec![
				account_json(&sequencer.account),
				account_json(&sequencer.account),
				keys,
			])
		});
		let sequencers = self.sequencers.iter().map(|sequencer| account_json(&sequencer.account));
		let members = self.operator.iter().map(account_json);

		let patch = object([
			(
				"balances",
				object([("balances", appended(&genesis, "balances", "balances", balances))]),
			),
			("vesting", object([("vesting", appended(&genesis, "vesting", "vesting", vesting))])),
			("staking", object([("stakers", appended(&genesis, "staking", "stakers", stakers))])),
			("session", object([("keys", appended(&genesis, "session", "keys", keys))])),
			("aura", object([("authorities", Value::Array(Vec::new()))])),
			("grandpa", object([("authorities", Value::Array(Vec::new()))])),
			(
				"sequencers",
				object([(
					"sequencers",
					appended(&genesis, "sequencers", "sequencers", sequencers),
				)]),
			),
			("operator", object([("members", appended(&genesis, "operator", "members", members))])),
		]);
		sc_chain_spec::json_merge(&mut genesis, patch);
		if let Some(claims) = self.claims_patch(&genesis) {
			sc_chain_spec::json_merge(&mut genesis, claims);
		}
		sc_chain_spec::json_merge(&mut genesis, Value::Object(self.parameters.clone()));
		genesis
	}

	/// The claims pallet's genesis: `{"claims": {"claims": [[address, amount, vesting]],
	/// "statement": …}}`, each address lower-case hex, each amount planck, each vesting `null`
	/// or `{"locked", "start", "length"}`, the statement `null` or its UTF-8 bytes (the
	/// pallet's `Option<Vec<u8>>`, an array of numbers in JSON); `None` if the file has no
	/// claims and no statement, so that a file without claims also launches a runtime without
	/// the claims pallet (an upgrade rehearsal's earlier runtime).
	fn claims_patch(&self, genesis: &Value) -> Option<Value> {
		if self.claims.is_empty() && self.claims_statement.is_none() {
			return None;
		}
		let claims = self.claims.iter().map(|claim| {
			let vesting = match &claim.vesting {
				Some(schedule) => object([
					("locked", planck_json(schedule.locked)),
					("start", Value::from(schedule.cliff_block)),
					("length", Value::from(schedule.vesting_blocks)),
				]),
				None => Value::Null,
			};
			Value::Array(vec![
				Value::String(format!("0x{}", lower_hex(&claim.address))),
				planck_json(claim.amount),
				vesting,
			])
		});
		let statement = self.claims_statement.as_ref().map_or(Value::Null, |statement| {
			Value::Array(statement.bytes().map(Value::from).collect())
		});
		Some(object([(
			"claims",
			object([
				("claims", appended(genesis, "claims", "claims", claims)),
				("statement", statement),
			]),
		)]))
	}
}

/// `value`, unless it is empty.
fn non_empty(field: &str, value: &str) -> Result<String, AllocationError> {
	if value.is_empty() {
		return Err(AllocationError::EmptyField { field: field.to_owned() });
	}
	Ok(value.to_owned())
}

/// The amount at `field`, in planck.
fn amount(field: &str, value: &str) -> Result<u128, AllocationError> {
	parse_vvv(value).map_err(|reason| AllocationError::BadAmount {
		field: field.to_owned(),
		value: value.to_owned(),
		reason,
	})
}

/// The account at `field`.
fn account(field: &str, value: &str) -> Result<AccountId32, AllocationError> {
	decode_32(value).map_err(|reason| AllocationError::BadAccount {
		field: field.to_owned(),
		value: value.to_owned(),
		reason,
	})
}

/// The address ERC-20 holders burn tokens to (`0x…dEaD`): nobody holds its key.
pub const BURN_ADDRESS: [u8; 20] =
	[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xde, 0xad];

/// The claim address at `field`.
fn claim_address(field: &str, value: &str) -> Result<[u8; 20], AllocationError> {
	let address = parse_eth_address(value).map_err(|error| match error {
		EthAddressError::Malformed => {
			AllocationError::BadClaimAddress { field: field.to_owned(), value: value.to_owned() }
		}
		EthAddressError::BadChecksum { expected } => AllocationError::BadChecksum {
			field: field.to_owned(),
			value: value.to_owned(),
			expected,
		},
		EthAddressError::Zero => AllocationError::ZeroClaimAddress { field: field.to_owned() },
	})?;
	if address == BURN_ADDRESS {
		return Err(AllocationError::BurnClaimAddress { field: field.to_owned() });
	}
	Ok(address)
}

/// The rule every schedule of the file follows, the allocation's and the claims': it unlocks at
/// least a planck a block. pallet-vesting unlocks `locked / vesting_blocks` planck a block,
/// rounded down, and refuses a schedule that unlocks nothing a block.
fn unlocks_a_planck_a_block(
	field: &str,
	account: &str,
	locked: u128,
	vesting_blocks: u32,
) -> Result<(), AllocationError> {
	if locked < u128::from(vesting_blocks) {
		return Err(AllocationError::VestingTooSmall {
			field: field.to_owned(),
			account: account.to_owned(),
			locked,
			vesting_blocks,
		});
	}
	Ok(())
}

/// The vesting schedule of the claim at `field` (of `owed` planck, to `address` as the file
/// writes it), checked as `vesting`'s schedules are.
fn claim_vesting(
	field: &str,
	address: &str,
	owed: u128,
	schedule: &ClaimVestingEntry,
) -> Result<ClaimVesting, AllocationError> {
	let field = format!("{field}.vesting");
	let locked = amount(&format!("{field}.locked"), &schedule.locked)?;
	if schedule.vesting_blocks == 0 {
		return Err(AllocationError::ZeroVestingDuration { field, account: address.to_owned() });
	}
	if locked > owed {
		return Err(AllocationError::ClaimVestingExceedsAmount {
			field,
			address: address.to_owned(),
			locked,
			amount: owed,
		});
	}
	unlocks_a_planck_a_block(&field, address, locked, schedule.vesting_blocks)?;
	Ok(ClaimVesting {
		locked,
		cliff_block: schedule.cliff_block,
		vesting_blocks: schedule.vesting_blocks,
	})
}

/// The `key` session key (`aura` or `grandpa`) of the sequencer at `field`.
fn session_key<K: Ss58Codec>(
	field: &str,
	account: &str,
	key: &'static str,
	value: &str,
) -> Result<K, AllocationError> {
	decode_32(value).map_err(|reason| AllocationError::BadKey {
		field: field.to_owned(),
		account: account.to_owned(),
		key,
		value: value.to_owned(),
		reason,
	})
}

/// A 32-byte account or public key from SS58 of any network prefix, or from 0x and 64 hex
/// digits; why not, if neither.
fn decode_32<T: Ss58Codec>(value: &str) -> Result<T, String> {
	if let Some(hex) = value.strip_prefix("0x") {
		let bytes =
			decode_hex::<32>(hex).ok_or("0x is not followed by 64 hex digits (32 bytes)")?;
		return <T as sp_core::crypto::ByteArray>::from_slice(&bytes)
			.map_err(|()| "not 32 bytes".to_owned());
	}
	T::from_ss58check_with_version(value)
		.map(|(decoded, _format)| decoded)
		.map_err(|error| format!("not SS58: {error}"))
}

/// 2 × `N` hex digits (either case) as `N` bytes.
fn decode_hex<const N: usize>(hex: &str) -> Option<[u8; N]> {
	// `from_str_radix` would take a `+` sign: every character must be a hex digit.
	if hex.len() != 2 * N || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
		return None;
	}
	let mut bytes = [0u8; N];
	for (i, byte) in bytes.iter_mut().enumerate() {
		*byte = u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()?;
	}
	Some(bytes)
}

/// `parameters` as an object, unless it is something else or names what the allocation sets.
fn check_parameters(parameters: &Value) -> Result<Map<String, Value>, AllocationError> {
	let Value::Object(parameters) = parameters else {
		return Err(AllocationError::ParametersNotObject);
	};
	if let Some(pallet) = ALLOCATION_PALLETS.iter().find(|pallet| parameters.contains_key(**pallet))
	{
		return Err(AllocationError::ParametersOverrideAllocation((*pallet).to_owned()));
	}
	for (pallet, field) in ALLOCATION_FIELDS {
		match parameters.get(pallet) {
			// An object merges field by field: only the allocation's own field would clash.
			Some(Value::Object(fields)) if fields.contains_key(field) => {
				return Err(AllocationError::ParametersOverrideAllocation(format!(
					"{pallet}.{field}"
				)));
			}
			Some(Value::Object(_)) | None => {}
			// Anything else replaces the pallet's whole object, the allocation's field with it.
			Some(_) => {
				return Err(AllocationError::ParametersOverrideAllocation(pallet.to_owned()))
			}
		}
	}
	if let Some(length) = parameters.get("sequencers").and_then(|s| s.get("sessionLength")) {
		// Not a number is the runtime's to refuse, by name, when it builds the genesis.
		if let Some(length) = length.as_u64().filter(|l| *l < u64::from(MIN_SESSION_LENGTH)) {
			return Err(AllocationError::SessionTooShort { length, min: MIN_SESSION_LENGTH });
		}
	}
	Ok(parameters.clone())
}

/// SS58 with prefix 42 of an account or a public key.
fn ss58<T: Ss58Codec>(key: &T) -> String {
	key.to_ss58check_with_version(Ss58AddressFormat::custom(SS58_PREFIX))
}

/// An account as the genesis JSON writes it.
fn account_json(who: &AccountId32) -> Value {
	Value::String(ss58(who))
}

/// Planck as a JSON number. `Number: From<u128>` exists only with serde_json's
/// `arbitrary_precision` feature (sp-genesis-builder enables it), so this does not compile
/// without the feature rather than losing amounts beyond `u64` at run time.
fn planck_json(planck: u128) -> Value {
	Value::Number(planck.into())
}

/// A JSON object of `entries`.
fn object<const N: usize>(entries: [(&str, Value); N]) -> Value {
	Value::Object(entries.into_iter().map(|(key, value)| (key.to_owned(), value)).collect())
}

/// The array at `genesis.pallet.field`, if there is one, followed by `entries`.
fn appended(
	genesis: &Value,
	pallet: &str,
	field: &str,
	entries: impl Iterator<Item = Value>,
) -> Value {
	let mut array = genesis
		.get(pallet)
		.and_then(|fields| fields.get(field))
		.and_then(Value::as_array)
		.cloned()
		.unwrap_or_default();
	array.extend(entries);
	Value::Array(array)
}

#[cfg(test)]
mod tests {
	use super::*;
	use serde_json::json;

	const ALICE: &str = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
	const ALICE_HEX: &str = "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d";
	const BOB: &str = "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty";
	const CHARLIE: &str = "5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y";
	const DAVE: &str = "5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy";
	const EVE: &str = "5HGjWAeFDfFCWPsjFQdVV2Msvz2XtMktvgocEZcCj68kUMaw";
	const FERDIE: &str = "5CiPPseXPECbkjWCa6MnjNokrgYjMqmKndv2rSnekmSK2DjL";
	// The ed25519 public keys of //Alice and //Bob.
	const ALICE_ED: &str = "5FA9nQDVg267DEd8m1ZypXLBnvN7SFxYwV7ndqSYGiN9TTpu";
	const BOB_ED: &str = "5GoNkf6WdbxCFnPdAnYYQyCjAKPJgLNxXwPjwTh6DGg6gN3E";
	// The peer id of node key 0x00…01 (`--node-key` of a local sequencer in docs/launch.md).
	const BOOT_NODE: &str =
		"/ip4/127.0.0.1/tcp/30333/p2p/12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp";

	/// 1,000 VVV over Alice, Bob, Charlie (vesting) and Dave; Alice stakes; Alice and Bob
	/// sequence; Charlie and Dave are the operator.
	fn small() -> Value {
		json!({
			"name": "Test",
			"id": "test",
			"boot_nodes": [BOOT_NODE],
			"total_issuance": "1000",
			"accounts": [
				{"account": ALICE, "balance": "400"},
				{"account": BOB, "balance": "300"},
				{"account": CHARLIE, "balance": "199.5"},
				{"account": DAVE, "balance": "100.5"},
			],
			"vesting": [{"account": CHARLIE, "locked": "100", "cliff_block": 10, "vesting_blocks": 20}],
			"stakes": [{"account": ALICE, "amount": "100"}],
			"sequencers": [
				{"account": ALICE, "aura": ALICE, "grandpa": ALICE_ED},
				{"account": BOB, "aura": BOB, "grandpa": BOB_ED},
			],
			"operator": [CHARLIE, DAVE],
			"parameters": {"staking": {"unbondingPeriod": 20}},
		})
	}

	fn validate(allocation: &Value) -> Result<Validated, AllocationError> {
		parse(&allocation.to_string())?.validate()
	}

	/// The error of `small()` changed by `change`.
	fn error_of(change: impl FnOnce(&mut Value)) -> AllocationError {
		let mut allocation = small();
		change(&mut allocation);
		validate(&allocation).unwrap_err()
	}

	fn push(list: &mut Value, entry: Value) {
		list.as_array_mut().unwrap().push(entry);
	}

	fn vvv(amount: &str) -> u128 {
		parse_vvv(amount).unwrap()
	}

	#[test]
	fn the_small_allocation_validates_with_its_values_typed() {
		let validated = validate(&small()).unwrap();
		assert_eq!(validated.name, "Test");
		assert_eq!(validated.id, "test");
		assert_eq!(validated.protocol_id, DEFAULT_PROTOCOL_ID);
		assert_eq!(validated.boot_nodes.len(), 1);
		assert_eq!(validated.boot_nodes[0].to_string(), BOOT_NODE);
		let alice = AccountId32::from_ss58check_with_version(ALICE).unwrap().0;
		assert_eq!(validated.balances[0], (alice.clone(), 400 * UNIT));
		assert_eq!(validated.balances[2].1, 1995 * UNIT / 10);
		assert_eq!(validated.vesting[0].liquid, 995 * UNIT / 10);
		assert_eq!(
			(validated.vesting[0].cliff_block, validated.vesting[0].vesting_blocks),
			(10, 20)
		);
		assert_eq!(validated.stakes, [(alice.clone(), 100 * UNIT)]);
		assert_eq!(validated.sequencers[0].account, alice);
		assert_eq!(ss58(&validated.sequencers[0].aura), ALICE);
		assert_eq!(ss58(&validated.sequencers[1].grandpa), BOB_ED);
		assert_eq!(validated.operator.len(), 2);
		assert_eq!(validated.parameters.get("staking"), Some(&json!({"unbondingPeriod": 20})));
	}

	#[test]
	fn optional_fields_have_their_defaults() {
		let minimal = json!({
			"name": "Test",
			"id": "test",
			"total_issuance": "1",
			"accounts": [{"account": ALICE, "balance": "1"}],
			"sequencers": [{"account": ALICE, "aura": ALICE, "grandpa": ALICE_ED}],
		});
		let allocation = parse(&minimal.to_string()).unwrap();
		assert!(allocation.boot_nodes.is_empty() && allocation.vesting.is_empty());
		assert!(allocation.stakes.is_empty() && allocation.operator.is_empty());
		assert_eq!(allocation.protocol_id, None);
		assert_eq!(allocation.parameters, json!({}));
		let validated = allocation.validate().unwrap();
		assert_eq!(validated.protocol_id, "diem");
		assert!(validated.parameters.is_empty());
	}

	#[test]
	fn accounts_and_keys_may_be_ss58_of_any_network_or_hex() {
		let alice = AccountId32::from_ss58check_with_version(ALICE).unwrap().0;
		let polkadot = alice.to_ss58check_with_version(Ss58AddressFormat::custom(0));
		assert_ne!(polkadot, ALICE);
		let alice_ed = ed25519::Public::from_ss58check_with_version(ALICE_ED).unwrap().0;
		let alice_ed_hex = format!("0x{}", hex_of(&alice_ed.0));
		let validated = validate(&json!({
			"name": "Test",
			"id": "test",
			"total_issuance": "2",
			"accounts": [
				{"account": polkadot, "balance": "1"},
				{"account": BOB, "balance": "1"},
			],
			"sequencers": [{"account": ALICE_HEX, "aura": ALICE_HEX, "grandpa": alice_ed_hex}],
			"operator": [ALICE_HEX],
		}))
		.unwrap();
		assert_eq!(validated.balances[0].0, alice);
		assert_eq!(validated.sequencers[0].account, alice);
		// The output is SS58 with prefix 42, whatever the input.
		assert_eq!(ss58(&validated.sequencers[0].aura), ALICE);
		assert_eq!(ss58(&validated.sequencers[0].grandpa), ALICE_ED);
	}

	fn hex_of(bytes: &[u8]) -> String {
		bytes.iter().map(|b| format!("{b:02x}")).collect()
	}

	#[test]
	fn amounts_parse_to_planck() {
		assert_eq!(parse_vvv("1000000"), Ok(1_000_000 * UNIT));
		assert_eq!(parse_vvv("0.25"), Ok(UNIT / 4));
		assert_eq!(parse_vvv("0.000000000000000001"), Ok(1));
		assert_eq!(parse_vvv("1.000000000000000001"), Ok(UNIT + 1));
		assert_eq!(parse_vvv("0"), Ok(0));
		assert_eq!(parse_vvv("007.50"), Ok(75 * UNIT / 10));
		assert_eq!(parse_vvv("340282366920938463463.374607431768211455"), Ok(u128::MAX));
	}

	#[test]
	fn amounts_refuse_junk() {
		assert_eq!(parse_vvv(""), Err(AmountError::Empty));
		assert_eq!(parse_vvv("0.0000000000000000001"), Err(AmountError::TooManyDecimals));
		assert_eq!(parse_vvv("1.0000000000000000000"), Err(AmountError::TooManyDecimals));
		for junk in [
			" 1", "1 ", "+1", "-1", "1.", ".5", ".", "1.2.3", "1e18", "1_000", "1,000", "0x10",
			"1VVV", "VVV", "١", "1 000",
		] {
			assert_eq!(parse_vvv(junk), Err(AmountError::Malformed), "{junk:?}");
		}
		assert_eq!(
			parse_vvv("340282366920938463463.374607431768211456"),
			Err(AmountError::Overflow)
		);
		assert_eq!(parse_vvv("1000000000000000000000"), Err(AmountError::Overflow));
	}

	#[test]
	fn amounts_format_back() {
		for amount in ["0", "1", "0.25", "0.000000000000000001", "1000000", "199.5"] {
			assert_eq!(format_vvv(vvv(amount)), amount);
		}
		assert_eq!(format_vvv(u128::MAX), "340282366920938463463.374607431768211455");
	}

	#[test]
	fn json_errors_name_the_problem() {
		assert!(matches!(parse("{"), Err(AllocationError::Json(_))));
		let unknown = error_of(|a| a["nmae"] = json!("Test"));
		assert!(unknown.to_string().contains("unknown field `nmae`"), "{unknown}");
		let nested = error_of(|a| a["accounts"][0]["balanse"] = json!("1"));
		assert!(nested.to_string().contains("unknown field `balanse`"), "{nested}");
		// Amounts are strings: a JSON number cannot hold every u128.
		let number = error_of(|a| a["accounts"][0]["balance"] = json!(400));
		assert!(matches!(number, AllocationError::Json(_)), "{number}");
		let missing = error_of(|a| {
			a.as_object_mut().unwrap().remove("total_issuance");
		});
		assert!(missing.to_string().contains("missing field `total_issuance`"), "{missing}");
	}

	#[test]
	fn empty_names_are_refused() {
		assert_eq!(
			error_of(|a| a["name"] = json!("")),
			AllocationError::EmptyField { field: "name".into() }
		);
		assert_eq!(
			error_of(|a| a["id"] = json!("")),
			AllocationError::EmptyField { field: "id".into() }
		);
		assert_eq!(
			error_of(|a| a["protocol_id"] = json!("")),
			AllocationError::EmptyField { field: "protocol_id".into() }
		);
	}

	#[test]
	fn bad_boot_nodes_are_refused() {
		for bad in ["not-an-address", "/ip4/127.0.0.1/tcp/30333"] {
			let error = error_of(|a| push(&mut a["boot_nodes"], json!(bad)));
			assert!(
				matches!(&error, AllocationError::BadBootNode { field, value, .. }
					if field == "boot_nodes[1]" && value == bad),
				"{error}"
			);
		}
	}

	#[test]
	fn bad_accounts_are_refused() {
		let typo = format!("{}x", &ALICE[..ALICE.len() - 1]);
		let error = error_of(|a| a["accounts"][0]["account"] = json!(typo));
		assert!(
			matches!(&error, AllocationError::BadAccount { field, .. } if field == "accounts[0].account"),
			"{error}"
		);
		for bad in ["0x1234", "0xzz", "", "Alice", &ALICE_HEX[..64]] {
			let error = error_of(|a| a["operator"][1] = json!(bad));
			assert!(
				matches!(&error, AllocationError::BadAccount { field, .. } if field == "operator[1]"),
				"{bad}: {error}"
			);
		}
		// A `+` would pass `u8::from_str_radix`.
		let plus = format!("0x+{}", &ALICE_HEX[3..]);
		let error = error_of(|a| a["stakes"][0]["account"] = json!(plus));
		assert!(matches!(error, AllocationError::BadAccount { .. }), "{error}");
	}

	#[test]
	fn bad_amounts_are_refused() {
		let error = error_of(|a| a["accounts"][1]["balance"] = json!("300 VVV"));
		assert_eq!(
			error,
			AllocationError::BadAmount {
				field: "accounts[1].balance".into(),
				value: "300 VVV".into(),
				reason: AmountError::Malformed,
			}
		);
		let error = error_of(|a| a["total_issuance"] = json!("1000.0000000000000000001"));
		assert!(
			matches!(&error, AllocationError::BadAmount { field, reason: AmountError::TooManyDecimals, .. }
				if field == "total_issuance"),
			"{error}"
		);
		let error = error_of(|a| a["vesting"][0]["locked"] = json!(""));
		assert!(
			matches!(&error, AllocationError::BadAmount { field, reason: AmountError::Empty, .. }
				if field == "vesting[0].locked"),
			"{error}"
		);
	}

	#[test]
	fn bad_session_keys_are_refused() {
		let error = error_of(|a| a["sequencers"][1]["aura"] = json!("0x1234"));
		assert!(
			matches!(&error, AllocationError::BadKey { field, key: "aura", account, .. }
				if field == "sequencers[1]" && account == BOB),
			"{error}"
		);
		let error = error_of(|a| a["sequencers"][0]["grandpa"] = json!("nope"));
		assert!(matches!(error, AllocationError::BadKey { key: "grandpa", .. }), "{error}");
		assert!(error.to_string().contains("ed25519"), "{error}");
	}

	#[test]
	fn an_account_listed_twice_is_refused() {
		// The same account in another notation is the same account.
		let error = error_of(|a| {
			push(&mut a["accounts"], json!({"account": ALICE_HEX, "balance": "1"}));
			a["total_issuance"] = json!("1001");
		});
		assert_eq!(
			error,
			AllocationError::DuplicateAccount {
				field: "accounts[4]".into(),
				account: ALICE_HEX.into()
			}
		);
	}

	#[test]
	fn a_sequencer_listed_twice_is_refused() {
		let error = error_of(|a| a["sequencers"][1]["account"] = json!(ALICE));
		assert_eq!(
			error,
			AllocationError::DuplicateSequencer {
				field: "sequencers[1]".into(),
				account: ALICE.into()
			}
		);
	}

	#[test]
	fn a_session_key_two_sequencers_share_is_refused() {
		let error = error_of(|a| a["sequencers"][1]["aura"] = json!(ALICE));
		assert_eq!(
			error,
			AllocationError::DuplicateSessionKey {
				field: "sequencers[1]".into(),
				key: "aura",
				value: ALICE.into()
			}
		);
		let error = error_of(|a| a["sequencers"][1]["grandpa"] = json!(ALICE_ED));
		assert!(matches!(error, AllocationError::DuplicateSessionKey { key: "grandpa", .. }));
	}

	#[test]
	fn two_stakes_of_one_account_are_refused() {
		let error = error_of(|a| push(&mut a["stakes"], json!({"account": ALICE, "amount": "1"})));
		assert_eq!(
			error,
			AllocationError::DuplicateStake { field: "stakes[1]".into(), account: ALICE.into() }
		);
	}

	#[test]
	fn two_schedules_of_one_account_are_refused() {
		let error = error_of(|a| {
			let schedule =
				json!({"account": CHARLIE, "locked": "1", "cliff_block": 0, "vesting_blocks": 1});
			push(&mut a["vesting"], schedule);
		});
		assert_eq!(
			error,
			AllocationError::DuplicateVesting {
				field: "vesting[1]".into(),
				account: CHARLIE.into()
			}
		);
	}

	#[test]
	fn an_operator_member_listed_twice_is_refused() {
		let error = error_of(|a| a["operator"][1] = json!(CHARLIE));
		assert_eq!(
			error,
			AllocationError::DuplicateOperatorMember {
				field: "operator[1]".into(),
				account: CHARLIE.into()
			}
		);
	}

	#[test]
	fn a_chain_without_sequencers_is_refused() {
		assert_eq!(error_of(|a| a["sequencers"] = json!([])), AllocationError::NoSequencer);
		let missing = error_of(|a| {
			a.as_object_mut().unwrap().remove("sequencers");
		});
		assert_eq!(missing, AllocationError::NoSequencer);
	}

	#[test]
	fn every_account_the_genesis_names_must_be_funded() {
		let unknown = |field: &str| AllocationError::UnknownAccount {
			field: field.into(),
			account: EVE.into(),
		};
		assert_eq!(
			error_of(|a| a["vesting"][0]["account"] = json!(EVE)),
			unknown("vesting[0].account")
		);
		assert_eq!(
			error_of(|a| a["stakes"][0]["account"] = json!(EVE)),
			unknown("stakes[0].account")
		);
		assert_eq!(
			error_of(|a| a["sequencers"][1]["account"] = json!(EVE)),
			unknown("sequencers[1].account")
		);
		assert_eq!(error_of(|a| a["operator"][0] = json!(EVE)), unknown("operator[0]"));
	}

	#[test]
	fn balances_must_add_up_to_the_total() {
		let error = error_of(|a| a["total_issuance"] = json!("1000.000000000000000001"));
		assert_eq!(
			error,
			AllocationError::TotalMismatch {
				declared: 1000 * UNIT + 1,
				allocated: 1000 * UNIT,
				claimed: 0
			}
		);
		assert!(error.to_string().contains("0.000000000000000001 VVV apart"), "{error}");
	}

	// The first Hardhat/Anvil test accounts (public keys of well-known secrets), EIP-55.
	const HARDHAT_0: &str = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
	const HARDHAT_1: &str = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
	const HARDHAT_2: &str = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";

	/// `small()` with two claims (6,000 VVV, one vesting) and a statement: 7,000 VVV in all.
	fn with_claims() -> Value {
		let mut allocation = small();
		allocation["total_issuance"] = json!("7000");
		allocation["claims"] = json!([
			{"address": HARDHAT_0, "amount": "1000"},
			{
				"address": HARDHAT_1.to_lowercase(),
				"amount": "5000",
				"vesting": {"locked": "4000", "cliff_block": 100, "vesting_blocks": 1000},
			},
		]);
		allocation["claims_statement"] = json!(STATEMENT);
		allocation
	}

	const STATEMENT: &str = "I accept the DIEM terms.";

	/// The error of `with_claims()` changed by `change`.
	fn claims_error_of(change: impl FnOnce(&mut Value)) -> AllocationError {
		let mut allocation = with_claims();
		change(&mut allocation);
		validate(&allocation).unwrap_err()
	}

	fn address(hex: &str) -> [u8; 20] {
		parse_eth_address(hex).unwrap()
	}

	#[test]
	fn eip55_checksums_the_known_vectors() {
		for vector in [
			"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
			"0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
			"0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
			"0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
			HARDHAT_0,
			HARDHAT_1,
			HARDHAT_2,
		] {
			let parsed = parse_eth_address(vector).unwrap();
			assert_eq!(eip55(&parsed), vector);
			// All lower case and all upper case carry no checksum: both read the same.
			assert_eq!(parse_eth_address(&vector.to_lowercase()), Ok(parsed));
			let upper = format!("0x{}", vector[2..].to_uppercase());
			assert_eq!(parse_eth_address(&upper), Ok(parsed));
		}
		assert_eq!(
			address("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")[..3],
			[0x5a_u8, 0xae, 0xb6]
		);
	}

	#[test]
	fn eth_addresses_refuse_junk_a_bad_checksum_and_zero() {
		// One letter's case changed.
		assert_eq!(
			parse_eth_address("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"),
			Err(EthAddressError::BadChecksum {
				expected: "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed".into()
			})
		);
		for junk in [
			"",
			"0x",
			"5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
			"0X5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
			"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe",
			"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed00",
			"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg",
			"0x+aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
			" 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
		] {
			assert_eq!(parse_eth_address(junk), Err(EthAddressError::Malformed), "{junk:?}");
		}
		assert_eq!(
			parse_eth_address("0x0000000000000000000000000000000000000000"),
			Err(EthAddressError::Zero)
		);
	}

	#[test]
	fn claims_validate_with_their_values_typed() {
		let validated = validate(&with_claims()).unwrap();
		assert_eq!(
			validated.claims,
			[
				Claim { address: address(HARDHAT_0), amount: 1000 * UNIT, vesting: None },
				Claim {
					address: address(HARDHAT_1),
					amount: 5000 * UNIT,
					vesting: Some(ClaimVesting {
						locked: 4000 * UNIT,
						cliff_block: 100,
						vesting_blocks: 1000
					}),
				},
			]
		);
		assert_eq!(validated.claims_statement.as_deref(), Some(STATEMENT));
		// The balances are the accounts' alone.
		let allocated: u128 = validated.balances.iter().map(|(_, balance)| balance).sum();
		assert_eq!(allocated, 1000 * UNIT);
		assert!(validate(&small()).unwrap().claims.is_empty());
	}

	#[test]
	fn the_patch_writes_the_claims_pallet_genesis() {
		let patch = validate(&with_claims()).unwrap().genesis_patch(json!({}));
		let expected = json!({
			"claims": [
				["0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", 1000 * UNIT, null],
				[
					"0x70997970c51812dc3a010c7d01b50e0d17dc79c8",
					5000 * UNIT,
					{"locked": 4000 * UNIT, "start": 100, "length": 1000},
				],
			],
			"statement": STATEMENT.as_bytes(),
		});
		assert_eq!(patch["claims"], expected);
		assert_eq!(patch["claims"]["statement"][0], json!(b'I'));
		// Amounts beyond u64 are JSON numbers, digit for digit, as the balances'.
		assert!(patch.to_string().contains(
			"[\"0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266\",1000000000000000000000,null]"
		));
		// Without a statement, `null`; without claims or statement, no claims pallet at all
		// (a runtime without it still launches the file).
		let mut no_statement = with_claims();
		no_statement.as_object_mut().unwrap().remove("claims_statement");
		let patch = validate(&no_statement).unwrap().genesis_patch(json!({}));
		assert_eq!(patch["claims"]["statement"], Value::Null);
		assert_eq!(patch["claims"]["claims"].as_array().unwrap().len(), 2);
		let patch = validate(&small()).unwrap().genesis_patch(json!({}));
		assert!(patch.get("claims").is_none(), "{patch}");
	}

	#[test]
	fn the_total_counts_the_claims() {
		// 1,000 VVV of balances and 6,000 of claims.
		let error = claims_error_of(|a| a["total_issuance"] = json!("1000"));
		assert_eq!(
			error,
			AllocationError::TotalMismatch {
				declared: 1000 * UNIT,
				allocated: 1000 * UNIT,
				claimed: 6000 * UNIT
			}
		);
		let message = error.to_string();
		assert!(message.contains("`claims` (6000 VVV"), "{message}");
		assert!(message.contains("add up to 7000 VVV"), "{message}");
		assert!(message.contains("(6000 VVV apart)"), "{message}");
		let error = claims_error_of(|a| a["total_issuance"] = json!("7000.000000000000000001"));
		assert!(matches!(error, AllocationError::TotalMismatch { .. }), "{error}");
		let error = claims_error_of(|a| {
			a["claims"][0]["amount"] = json!("340282366920938463463");
			a["claims"][1]["amount"] = json!("340282366920938463463");
		});
		assert_eq!(error, AllocationError::Overflow { field: "claims".into() });
	}

	#[test]
	fn bad_claim_addresses_are_refused() {
		for bad in ["0x1234", "f39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "", "5Grw"] {
			let error = claims_error_of(|a| a["claims"][1]["address"] = json!(bad));
			assert_eq!(
				error,
				AllocationError::BadClaimAddress {
					field: "claims[1].address".into(),
					value: bad.into()
				}
			);
		}
		// HARDHAT_0 with its first letter's case changed.
		let typo = "0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
		assert_eq!(
			claims_error_of(|a| a["claims"][0]["address"] = json!(typo)),
			AllocationError::BadChecksum {
				field: "claims[0].address".into(),
				value: typo.into(),
				expected: HARDHAT_0.into(),
			}
		);
		let zero = "0x0000000000000000000000000000000000000000";
		let error = claims_error_of(|a| a["claims"][0]["address"] = json!(zero));
		assert_eq!(error, AllocationError::ZeroClaimAddress { field: "claims[0].address".into() });
		assert!(error.to_string().starts_with("claims[0].address: "), "{error}");
		// The burn address: its tokens were destroyed on Base.
		let burn = "0x000000000000000000000000000000000000dEaD";
		let error = claims_error_of(|a| a["claims"][0]["address"] = json!(burn));
		assert_eq!(error, AllocationError::BurnClaimAddress { field: "claims[0].address".into() });
	}

	#[test]
	fn an_address_claims_once() {
		// The same address in another case is the same address.
		let upper = format!("0x{}", HARDHAT_0[2..].to_uppercase());
		let error = claims_error_of(|a| {
			push(&mut a["claims"], json!({"address": upper, "amount": "1"}));
		});
		assert_eq!(
			error,
			AllocationError::DuplicateClaim { field: "claims[2].address".into(), address: upper }
		);
	}

	#[test]
	fn a_claim_is_the_existential_deposit_at_least() {
		let error = claims_error_of(|a| a["claims"][0]["amount"] = json!("0.000999999999999999"));
		assert_eq!(
			error,
			AllocationError::ClaimBelowMinimum {
				field: "claims[0].amount".into(),
				address: HARDHAT_0.into(),
				amount: EXISTENTIAL_DEPOSIT - 1,
			}
		);
		let error = claims_error_of(|a| a["claims"][0]["amount"] = json!("1,000"));
		assert!(
			matches!(&error, AllocationError::BadAmount { field, reason: AmountError::Malformed, .. }
				if field == "claims[0].amount"),
			"{error}"
		);
		// Exactly the existential deposit is a claim.
		let mut at_the_minimum = with_claims();
		at_the_minimum["claims"][0]["amount"] = json!("0.001");
		at_the_minimum["total_issuance"] = json!("6000.001");
		assert_eq!(validate(&at_the_minimum).unwrap().claims[0].amount, EXISTENTIAL_DEPOSIT);
	}

	#[test]
	fn a_claims_schedule_follows_the_vesting_rules() {
		let hardhat_1 = HARDHAT_1.to_lowercase();
		let error = claims_error_of(|a| a["claims"][1]["vesting"]["locked"] = json!("5000.1"));
		assert_eq!(
			error,
			AllocationError::ClaimVestingExceedsAmount {
				field: "claims[1].vesting".into(),
				address: hardhat_1.clone(),
				locked: 50001 * UNIT / 10,
				amount: 5000 * UNIT,
			}
		);
		let error = claims_error_of(|a| a["claims"][1]["vesting"]["vesting_blocks"] = json!(0));
		assert_eq!(
			error,
			AllocationError::ZeroVestingDuration {
				field: "claims[1].vesting".into(),
				account: hardhat_1.clone()
			}
		);
		// 999 planck over 1,000 blocks, and nothing.
		let error = claims_error_of(|a| {
			a["claims"][1]["vesting"]["locked"] = json!("0.000000000000000999")
		});
		assert_eq!(
			error,
			AllocationError::VestingTooSmall {
				field: "claims[1].vesting".into(),
				account: hardhat_1,
				locked: 999,
				vesting_blocks: 1000,
			}
		);
		let error = claims_error_of(|a| a["claims"][1]["vesting"]["locked"] = json!("0"));
		assert!(matches!(error, AllocationError::VestingTooSmall { locked: 0, .. }), "{error}");
		let error = claims_error_of(|a| a["claims"][1]["vesting"]["locked"] = json!("4e3"));
		assert!(
			matches!(&error, AllocationError::BadAmount { field, .. }
				if field == "claims[1].vesting.locked"),
			"{error}"
		);
		// The whole claim may vest, and `vesting` may be null.
		let mut whole = with_claims();
		whole["claims"][1]["vesting"]["locked"] = json!("5000");
		whole["claims"][0]["vesting"] = Value::Null;
		let validated = validate(&whole).unwrap();
		assert_eq!(validated.claims[1].vesting.as_ref().map(|v| v.locked), Some(5000 * UNIT));
		assert_eq!(validated.claims[0].vesting, None);
		let unknown = claims_error_of(|a| a["claims"][1]["vesting"]["start"] = json!(100));
		assert!(unknown.to_string().contains("unknown field `start`"), "{unknown}");
	}

	#[test]
	fn the_statement_is_not_empty_and_not_too_long() {
		assert_eq!(
			claims_error_of(|a| a["claims_statement"] = json!("")),
			AllocationError::EmptyField { field: "claims_statement".into() }
		);
		// 512 bytes, of 2-byte characters: bytes count, not characters.
		let longest = "é".repeat(MAX_CLAIM_STATEMENT as usize / 2);
		let mut at_the_limit = with_claims();
		at_the_limit["claims_statement"] = json!(longest);
		assert_eq!(validate(&at_the_limit).unwrap().claims_statement, Some(longest.clone()));
		assert_eq!(
			claims_error_of(|a| a["claims_statement"] = json!(format!("{longest}."))),
			AllocationError::StatementTooLong { length: 513, max: MAX_CLAIM_STATEMENT }
		);
		// A statement without claims is the pallet's genesis too.
		let mut statement_only = small();
		statement_only["claims_statement"] = json!("Terms.");
		let patch = validate(&statement_only).unwrap().genesis_patch(json!({}));
		assert_eq!(patch["claims"], json!({"claims": [], "statement": b"Terms.".to_vec()}));
	}

	#[test]
	fn a_schedule_locks_at_most_the_balance() {
		let error = error_of(|a| a["vesting"][0]["locked"] = json!("199.500000000000000001"));
		assert_eq!(
			error,
			AllocationError::VestingExceedsBalance {
				field: "vesting[0]".into(),
				account: CHARLIE.into(),
				locked: 1995 * UNIT / 10 + 1,
				balance: 1995 * UNIT / 10,
			}
		);
		// The whole balance may vest.
		let mut whole = small();
		whole["vesting"][0]["locked"] = json!("199.5");
		assert_eq!(validate(&whole).unwrap().vesting[0].liquid, 0);
	}

	#[test]
	fn a_schedule_unlocks_over_a_block_at_least() {
		let error = error_of(|a| a["vesting"][0]["vesting_blocks"] = json!(0));
		assert_eq!(
			error,
			AllocationError::ZeroVestingDuration {
				field: "vesting[0]".into(),
				account: CHARLIE.into()
			}
		);
		let mut at_the_cliff = small();
		at_the_cliff["vesting"][0]["vesting_blocks"] = json!(1);
		assert!(validate(&at_the_cliff).is_ok());
	}

	#[test]
	fn a_schedule_unlocks_a_planck_a_block_at_least() {
		// 19 planck over 20 blocks: pallet-vesting's 0 planck a block.
		let error = error_of(|a| a["vesting"][0]["locked"] = json!("0.000000000000000019"));
		assert_eq!(
			error,
			AllocationError::VestingTooSmall {
				field: "vesting[0]".into(),
				account: CHARLIE.into(),
				locked: 19,
				vesting_blocks: 20,
			}
		);
		let error = error_of(|a| a["vesting"][0]["locked"] = json!("0"));
		assert!(matches!(error, AllocationError::VestingTooSmall { locked: 0, .. }), "{error}");
		let mut one_a_block = small();
		one_a_block["vesting"][0]["locked"] = json!("0.00000000000000002");
		assert!(validate(&one_a_block).is_ok());
	}

	#[test]
	fn a_stake_of_nothing_is_refused() {
		let error = error_of(|a| a["stakes"][0]["amount"] = json!("0"));
		assert_eq!(
			error,
			AllocationError::ZeroStake { field: "stakes[0]".into(), account: ALICE.into() }
		);
	}

	#[test]
	fn a_stake_leaves_the_existential_deposit_and_the_fee_reserve() {
		// Alice holds 400 VVV: she may stake 400 - 0.001 - 0.01.
		let mut at_the_limit = small();
		at_the_limit["stakes"][0]["amount"] = json!("399.989");
		assert!(validate(&at_the_limit).is_ok());
		let error = error_of(|a| a["stakes"][0]["amount"] = json!("399.989000000000000001"));
		assert_eq!(
			error,
			AllocationError::StakeExceedsBalance {
				field: "stakes[0]".into(),
				account: ALICE.into(),
				stake: vvv("399.989") + 1,
				spendable: vvv("399.989"),
			}
		);
		assert!(error.to_string().contains("leaves 0.011 VVV free"), "{error}");
	}

	#[test]
	fn a_balance_below_the_existential_deposit_is_refused() {
		let error = error_of(|a| a["accounts"][3]["balance"] = json!("0.000999999999999999"));
		assert_eq!(
			error,
			AllocationError::BalanceBelowExistentialDeposit {
				field: "accounts[3]".into(),
				account: DAVE.into(),
				balance: EXISTENTIAL_DEPOSIT - 1,
			}
		);
	}

	#[test]
	fn balances_beyond_u128_are_refused() {
		let error = error_of(|a| {
			a["accounts"][0]["balance"] = json!("300000000000000000000");
			a["accounts"][1]["balance"] = json!("300000000000000000000");
		});
		assert_eq!(error, AllocationError::Overflow { field: "accounts".into() });
	}

	#[test]
	fn the_runtime_bounds_are_checked() {
		let keys: Vec<Value> =
			(0..=MAX_SEQUENCERS).map(|_| small()["sequencers"][0].clone()).collect();
		assert_eq!(
			error_of(|a| a["sequencers"] = Value::Array(keys)),
			AllocationError::TooManySequencers {
				named: MAX_SEQUENCERS as usize + 1,
				max: MAX_SEQUENCERS
			}
		);
		let members: Vec<Value> = (0..=OPERATOR_MAX_MEMBERS).map(|_| json!(ALICE)).collect();
		assert_eq!(
			error_of(|a| a["operator"] = Value::Array(members)),
			AllocationError::TooManyOperatorMembers {
				named: OPERATOR_MAX_MEMBERS as usize + 1,
				max: OPERATOR_MAX_MEMBERS
			}
		);
		assert_eq!(
			error_of(|a| a["parameters"] = json!({"sequencers": {"sessionLength": 2}})),
			AllocationError::SessionTooShort { length: 2, min: MIN_SESSION_LENGTH }
		);
		assert_eq!(
			error_of(|a| a["parameters"] = json!({"diem": {"positions": []}})),
			AllocationError::ParametersOverrideAllocation("diem.positions".into())
		);
	}

	#[test]
	fn parameters_are_an_object() {
		for not_an_object in [json!([]), json!(5), json!(null), json!("staking")] {
			let error = error_of(|a| a["parameters"] = not_an_object);
			assert_eq!(error, AllocationError::ParametersNotObject);
		}
	}

	#[test]
	fn parameters_may_not_set_what_the_allocation_sets() {
		let overrides = |parameters: Value| error_of(|a| a["parameters"] = parameters);
		for pallet in ALLOCATION_PALLETS {
			assert_eq!(
				overrides(json!({ pallet: {} })),
				AllocationError::ParametersOverrideAllocation(pallet.into())
			);
		}
		assert_eq!(
			overrides(json!({"staking": {"unbondingPeriod": 20, "stakers": []}})),
			AllocationError::ParametersOverrideAllocation("staking.stakers".into())
		);
		assert_eq!(
			overrides(json!({"sequencers": {"sequencers": [ALICE]}})),
			AllocationError::ParametersOverrideAllocation("sequencers.sequencers".into())
		);
		// A value that is not an object would replace the pallet's stakers with the rest.
		assert_eq!(
			overrides(json!({"staking": null})),
			AllocationError::ParametersOverrideAllocation("staking".into())
		);
		// The pallets' other fields are the runtime's to check.
		let mut other_fields = small();
		other_fields["parameters"] = json!({
			"sequencers": {"sessionLength": 10},
			"origins": {"dayLength": 5},
			"noSuchPallet": {"x": 1},
		});
		assert!(validate(&other_fields).is_ok());
	}

	#[test]
	fn an_account_the_preset_funds_is_refused() {
		let validated = validate(&small()).unwrap();
		let preset = json!({"balances": {"balances": [[FERDIE, 1_000_000_000_000_000u128]]}});
		assert_eq!(validated.check_preset(&preset), Ok(()));
		// The preset writes SS58, as the runtime serializes an account.
		let conflicting = json!({"balances": {"balances": [[ALICE, 1]]}});
		assert_eq!(
			validated.check_preset(&conflicting),
			Err(AllocationError::PresetConflict { account: ALICE.into() })
		);
	}

	#[test]
	fn errors_name_their_entry() {
		let error = error_of(|a| a["stakes"][0]["account"] = json!(EVE));
		let message = error.to_string();
		assert!(message.starts_with("stakes[0].account: "), "{message}");
		assert!(message.contains(EVE), "{message}");
	}

	#[test]
	fn the_patch_adds_the_allocation_to_the_preset() {
		let custody_deposit = EXISTENTIAL_DEPOSIT;
		let preset = json!({
			"balances": {"balances": [[FERDIE, custody_deposit]]},
			"sudo": {"key": null},
			"assets": {"assets": [[1, FERDIE, false, 1]]},
		});
		let patch = validate(&small()).unwrap().genesis_patch(preset);
		let (charlie, charlie_liquid) = (1995 * UNIT / 10, 995 * UNIT / 10);
		let expected = json!({
			"balances": {"balances": [
				[FERDIE, custody_deposit],
				[ALICE, 400 * UNIT],
				[BOB, 300 * UNIT],
				[CHARLIE, charlie],
				[DAVE, 1005 * UNIT / 10],
			]},
			"sudo": {"key": null},
			"assets": {"assets": [[1, FERDIE, false, 1]]},
			"vesting": {"vesting": [[CHARLIE, 10, 20, charlie_liquid]]},
			"staking": {"stakers": [[ALICE, 100 * UNIT]], "unbondingPeriod": 20},
			"session": {"keys": [
				[ALICE, ALICE, {"aura": ALICE, "grandpa": ALICE_ED}],
				[BOB, BOB, {"aura": BOB, "grandpa": BOB_ED}],
			]},
			"aura": {"authorities": []},
			"grandpa": {"authorities": []},
			"sequencers": {"sequencers": [ALICE, BOB]},
			"operator": {"members": [CHARLIE, DAVE]},
		});
		assert_eq!(patch, expected);
		// Amounts beyond u64 are JSON numbers, digit for digit.
		assert!(patch.to_string().contains(&format!("[\"{ALICE}\",400000000000000000000]")));
	}

	#[test]
	fn the_patch_keeps_the_real_preset_and_its_custody_deposit() {
		let preset = production_preset();
		let custody = preset["balances"]["balances"][0].clone();
		let patch = validate(&small()).unwrap().genesis_patch(preset.clone());
		assert_eq!(patch["balances"]["balances"][0], custody);
		assert_eq!(patch["balances"]["balances"].as_array().unwrap().len(), 5);
		assert_eq!(patch["sudo"], preset["sudo"]);
		assert_eq!(patch["assets"], preset["assets"]);
	}

	fn production_preset() -> Value {
		let preset = diem_runtime::genesis_config_presets::get_preset(
			&diem_runtime::genesis_config_presets::PRODUCTION_RUNTIME_PRESET.to_string(),
		)
		.unwrap();
		serde_json::from_slice(&preset).unwrap()
	}

	const EXAMPLE: &str = include_str!("../../docs/allocation.example.json");

	#[test]
	fn the_example_file_is_valid() {
		let validated = parse(EXAMPLE).unwrap().validate().unwrap();
		let allocated: u128 = validated.balances.iter().map(|(_, balance)| balance).sum();
		assert_eq!(allocated, 1_000_000_000 * UNIT);
		let claimed: u128 = validated.claims.iter().map(|claim| claim.amount).sum();
		assert_eq!(claimed, 6_000 * UNIT);
		assert_eq!(validated.claims[1].vesting.as_ref().map(|v| v.locked), Some(4_000 * UNIT));
		assert_eq!(validated.sequencers.len(), 2);
		assert_eq!(validated.check_preset(&production_preset()), Ok(()));
	}

	/// Builds the example's genesis natively, as `--raw` builds it in Wasm: every pallet
	/// accepts it, and each vesting account is frozen by exactly its `locked` VVV and holds
	/// exactly its stake (pallet-vesting locks the account's *free* balance less `liquid`, so
	/// this fails if the runtime built the stakes' holds before the vesting locks).
	#[test]
	fn the_example_builds_the_runtime_genesis() {
		let allocation = parse(EXAMPLE).unwrap();
		let validated = allocation.validate().unwrap();
		let storage = build_genesis(validated.genesis_patch(production_preset())).unwrap();
		sp_io::TestExternalities::new(storage).execute_with(|| {
			for entry in &allocation.vesting {
				let who = AccountId32::from_ss58check_with_version(&entry.account).unwrap().0;
				let data = frame_system::Account::<diem_runtime::Runtime>::get(&who).data;
				assert_eq!(data.frozen, vvv(&entry.locked), "{}", entry.account);
			}
			for (who, stake) in &validated.stakes {
				let data = frame_system::Account::<diem_runtime::Runtime>::get(who).data;
				assert_eq!(data.reserved, *stake, "{}", ss58(who));
			}
			// The claims' VVV is in the claims pot.
			let pot = diem_runtime::Claims::pot();
			let data = frame_system::Account::<diem_runtime::Runtime>::get(&pot).data;
			assert_eq!(data.free, 6_000 * UNIT);
		});
	}

	/// Claims and a statement build the claims pallet's genesis: the pallet reads the patch's
	/// form, and mints the claims' VVV into its pot.
	#[test]
	fn claims_build_the_runtime_genesis() {
		let patch = validate(&with_claims()).unwrap().genesis_patch(production_preset());
		let storage = build_genesis(patch).unwrap();
		sp_io::TestExternalities::new(storage).execute_with(|| {
			let pot = diem_runtime::Claims::pot();
			let data = frame_system::Account::<diem_runtime::Runtime>::get(&pot).data;
			assert_eq!(data.free, 6000 * UNIT);
		});
	}

	/// A stake exactly at the limit [`STAKING_FEE_RESERVE`] sets builds: the runtime's reserve
	/// is not larger.
	#[test]
	fn a_stake_at_the_limit_builds_the_runtime_genesis() {
		let mut allocation = small();
		allocation["stakes"][0]["amount"] = json!("399.989");
		let patch = validate(&allocation).unwrap().genesis_patch(production_preset());
		assert!(build_genesis(patch).is_ok());
	}

	/// The genesis storage of `patch`, built natively as a node builds it in Wasm: the
	/// runtime's default genesis config with the patch merged in.
	fn build_genesis(patch: Value) -> Result<sp_core::storage::Storage, String> {
		use sp_runtime::BuildStorage;

		let mut config =
			serde_json::to_value(diem_runtime::RuntimeGenesisConfig::default()).unwrap();
		sc_chain_spec::json_merge(&mut config, patch);
		let config: diem_runtime::RuntimeGenesisConfig =
			serde_json::from_value(config).map_err(|error| error.to_string())?;
		config.build_storage()
	}
}
