//! The chain, through its node's JSON-RPC over WebSocket: the storage and runtime API reads the
//! gateway needs, and `record_usage` signed by the meter account. Calls, storage keys and the
//! transaction format come from the runtime crate itself (`diem-runtime`), not from a copy.
//!
//! The connection is opened again after a failure (a node restart), on the next call.

use crate::{AccountId, DayIndex, MicroUsd};
use codec::{Decode, Encode};
use diem_runtime::{Runtime, RuntimeCall};
use jsonrpsee::{
	core::client::ClientT,
	rpc_params,
	ws_client::{WsClient, WsClientBuilder},
};
use pallet_credits::{CreditsInfo, MeterState};
use serde::de::DeserializeOwned;
use sp_core::{sr25519, Bytes, Pair, H256};
use sp_runtime::{generic::Era, MultiAddress, MultiSignature};
use std::{sync::Arc, time::Duration};
use tokio::sync::RwLock;

/// A chain failure, as text (the API answers 503 `chain_unavailable`).
pub type ChainError = String;

/// What a request's deadline is: a node that does not answer in time is a failure.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// A node connection and the meter's signing key.
pub struct Chain {
	url: String,
	client: RwLock<Option<Arc<WsClient>>>,
	meter: sr25519::Pair,
}

/// What the chain's runtime is: its version numbers, which a transaction signs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuntimeVersion {
	/// `spec_version`.
	pub spec: u32,
	/// `transaction_version`.
	pub transaction: u32,
}

impl Chain {
	/// A chain at `url` (connected on first use); the meter signs with `meter_suri`.
	pub fn new(url: &str, meter_suri: &str) -> Result<Self, ChainError> {
		let meter = sr25519::Pair::from_string(meter_suri, None)
			.map_err(|error| format!("the meter's secret URI: {error:?}"))?;
		Ok(Self { url: url.into(), client: RwLock::new(None), meter })
	}

	/// The meter account.
	pub fn meter(&self) -> AccountId {
		AccountId::from(self.meter.public())
	}

	async fn client(&self) -> Result<Arc<WsClient>, ChainError> {
		if let Some(client) = self.client.read().await.as_ref().filter(|c| c.is_connected()) {
			return Ok(client.clone());
		}
		let mut slot = self.client.write().await;
		if let Some(client) = slot.as_ref().filter(|c| c.is_connected()) {
			return Ok(client.clone());
		}
		let client = WsClientBuilder::default()
			.request_timeout(REQUEST_TIMEOUT)
			.build(&self.url)
			.await
			.map_err(|error| format!("cannot connect to {}: {error}", self.url))?;
		let client = Arc::new(client);
		*slot = Some(client.clone());
		Ok(client)
	}

	async fn rpc<R: DeserializeOwned>(
		&self,
		method: &str,
		params: jsonrpsee::core::params::ArrayParams,
	) -> Result<R, ChainError> {
		let client = self.client().await?;
		client.request(method, params).await.map_err(|error| format!("{method}: {error}"))
	}

	/// The best block's hash.
	pub async fn best(&self) -> Result<H256, ChainError> {
		self.rpc("chain_getBlockHash", rpc_params![]).await
	}

	/// The finalized head's hash.
	pub async fn finalized(&self) -> Result<H256, ChainError> {
		self.rpc("chain_getFinalizedHead", rpc_params![]).await
	}

	/// The genesis hash.
	pub async fn genesis(&self) -> Result<H256, ChainError> {
		self.rpc("chain_getBlockHash", rpc_params![0u32]).await
	}

	/// The runtime's version at `at`.
	pub async fn runtime_version(&self, at: H256) -> Result<RuntimeVersion, ChainError> {
		let version: serde_json::Value =
			self.rpc("state_getRuntimeVersion", rpc_params![at]).await?;
		let field = |name: &str| {
			version[name]
				.as_u64()
				.and_then(|n| u32::try_from(n).ok())
				.ok_or_else(|| format!("state_getRuntimeVersion: no {name}"))
		};
		Ok(RuntimeVersion {
			spec: field("specVersion")?,
			transaction: field("transactionVersion")?,
		})
	}

	async fn storage<T: Decode>(&self, key: Vec<u8>, at: H256) -> Result<Option<T>, ChainError> {
		let value: Option<Bytes> =
			self.rpc("state_getStorage", rpc_params![Bytes(key), at]).await?;
		value
			.map(|bytes| {
				T::decode(&mut &bytes[..]).map_err(|error| format!("state_getStorage: {error}"))
			})
			.transpose()
	}

	/// The chain's credit day length in seconds (set at genesis).
	pub async fn day_length(&self, at: H256) -> Result<u64, ChainError> {
		let stored = self
			.storage::<u64>(pallet_credits::DayLength::<Runtime>::hashed_key().to_vec(), at)
			.await?;
		Ok(stored.unwrap_or(pallet_credits::DEFAULT_DAY_LENGTH))
	}

	/// The block's Unix time in milliseconds.
	pub async fn now(&self, at: H256) -> Result<u64, ChainError> {
		let key = pallet_timestamp::Now::<Runtime>::hashed_key().to_vec();
		Ok(self.storage::<u64>(key, at).await?.unwrap_or(0))
	}

	/// The meter's state (registered, the next batch index the chain expects) at `at`.
	pub async fn meter_state(&self, at: H256) -> Result<MeterState, ChainError> {
		let key = pallet_credits::Meters::<Runtime>::hashed_key_for(self.meter());
		Ok(self.storage::<MeterState>(key, at).await?.unwrap_or_default())
	}

	/// The meter account's nonce at `at`.
	pub async fn meter_nonce(&self, at: H256) -> Result<u32, ChainError> {
		let key = frame_system::Account::<Runtime>::hashed_key_for(self.meter());
		// `AccountInfo` starts with the nonce.
		Ok(self.storage::<diem_runtime::Nonce>(key, at).await?.unwrap_or(0))
	}

	/// `account`'s credits at `at` (the `CreditsApi`).
	pub async fn credits(
		&self,
		account: &AccountId,
		at: H256,
	) -> Result<CreditsInfo<u32>, ChainError> {
		let result: Bytes = self
			.rpc("state_call", rpc_params!["CreditsApi_credits", Bytes(account.encode()), at])
			.await?;
		CreditsInfo::<u32>::decode(&mut &result[..])
			.map_err(|error| format!("CreditsApi_credits: {error}"))
	}

	/// Submits a transaction to the node's pool; its hash.
	pub async fn submit(&self, extrinsic: Vec<u8>) -> Result<H256, ChainError> {
		self.rpc("author_submitExtrinsic", rpc_params![Bytes(extrinsic)]).await
	}

	/// `credits.record_usage(index, day, entries)` signed by the meter with `nonce`, immortal
	/// (the batch index and the nonce keep it from being replayed).
	pub fn record_usage(
		&self,
		index: u64,
		day: DayIndex,
		entries: &[([u8; 32], MicroUsd)],
		nonce: u32,
		version: RuntimeVersion,
		genesis: H256,
	) -> Vec<u8> {
		let call = RuntimeCall::Credits(pallet_credits::Call::record_usage {
			batch_index: index,
			day,
			batch: entries
				.iter()
				.map(|(account, amount)| (AccountId::new(*account), *amount))
				.collect(),
		});
		let extension: diem_runtime::TxExtension = (
			frame_system::CheckNonZeroSender::new(),
			frame_system::CheckSpecVersion::new(),
			frame_system::CheckTxVersion::new(),
			frame_system::CheckGenesis::new(),
			frame_system::CheckEra::from(Era::Immortal),
			frame_system::CheckNonce::from(nonce),
			frame_system::CheckWeight::new(),
			pallet_transaction_payment::ChargeTransactionPayment::from(0),
			frame_metadata_hash_extension::CheckMetadataHash::new(false),
			frame_system::WeightReclaim::new(),
		);
		// What the checks add to the signed payload without sending it: the versions, the
		// genesis hash twice (genesis, and the immortal era's checkpoint), no metadata hash.
		let implicit =
			((), version.spec, version.transaction, genesis, genesis, (), (), (), None, ());
		let payload = diem_runtime::SignedPayload::from_raw(call, extension, implicit);
		let signature = payload.using_encoded(|bytes| self.meter.sign(bytes));
		let (call, extension, _) = payload.deconstruct();
		diem_runtime::UncheckedExtrinsic::new_signed(
			call,
			MultiAddress::Id(self.meter()),
			MultiSignature::Sr25519(signature),
			extension,
		)
		.encode()
	}
}
