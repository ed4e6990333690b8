//! Where a run starts: a scenario's genesis (the agents' balances and stakes, the assets, the
//! pools and every pallet's parameters, from the scenario, whose defaults are mainnet's), or a
//! live chain's state (`--from`), which the scenario's agents join.

use crate::{
	runtime::*,
	sim::{
		account, first_share, fixed, planck, HolderAgent, Sim, ACCOUNT_ARBITRAGEUR,
		ACCOUNT_MARKET_MAKER, ACCOUNT_PROVIDER, DIEM_KIND, USDC_KIND, VVV_KIND,
	},
	snapshot::Snapshot,
};
use frame_support::traits::{fungible::Mutate as _, fungibles::Mutate as _};
use rand::Rng;
use sp_runtime::{BuildStorage, Perbill};

impl Sim {
	/// The genesis state: balances, assets, stakes, the pools and every pallet's parameters.
	pub(crate) fn genesis(&mut self) -> sp_io::TestExternalities {
		let stakes: Vec<Balance> = (0..self.holders.len()).map(|_| self.holder_stake()).collect();
		let s = &self.scenario;
		let market_maker = account(ACCOUNT_MARKET_MAKER, 0);
		let arbitrageur = account(ACCOUNT_ARBITRAGEUR, 0);
		let provider = account(ACCOUNT_PROVIDER, 0);
		let mut vvv = Vec::new();
		let mut stakers = Vec::new();
		for (holder, amount) in self.holders.iter().zip(stakes) {
			vvv.push((holder.account.clone(), amount + UNIT));
			stakers.push((holder.account.clone(), amount));
		}
		for user in &self.users {
			vvv.push((user.account.clone(), UNIT));
		}
		// The market maker seeds both pools and holds the stake behind the DIEM it puts in.
		let pool_vvv = planck(s.market.vvv_pool_depth, UNIT);
		let diem_cost = s.curve.base_rate * s.market.diem_pool_depth * 3.0;
		let mm_stake = planck(diem_cost.max(1.0), UNIT);
		vvv.push((market_maker.clone(), pool_vvv + mm_stake + UNIT));
		stakers.push((market_maker.clone(), mm_stake));
		vvv.push((arbitrageur.clone(), planck(s.arbitrageur.vvv, UNIT) + UNIT));
		vvv.push((provider.clone(), UNIT));
		vvv.push((pallet_credits::Pallet::<Runtime>::custody(), EXISTENTIAL_DEPOSIT));
		vvv.push((treasury(), EXISTENTIAL_DEPOSIT));
		let pool_usdc = planck(s.market.vvv_pool_depth * s.market.vvv_price, USDC);
		let diem_pool = planck(s.market.diem_pool_depth, DIEM);
		let diem_pool_usdc = planck(s.market.diem_pool_depth * s.market.diem_price, USDC);
		let mut usdc = vec![
			(USDC_ASSET_ID, market_maker.clone(), pool_usdc + diem_pool_usdc + USDC),
			(USDC_ASSET_ID, arbitrageur.clone(), planck(s.arbitrageur.usdc, USDC)),
		];
		for user in &self.users {
			usdc.push((USDC_ASSET_ID, user.account.clone(), planck(user.usdc, USDC)));
		}
		let config = RuntimeGenesisConfig {
			system: Default::default(),
			balances: pallet_balances::GenesisConfig { balances: vvv, ..Default::default() },
			assets: pallet_assets::GenesisConfig {
				assets: vec![
					(DIEM_ASSET_ID, diem_asset_owner(), false, DIEM_MIN_BALANCE),
					(USDC_ASSET_ID, market_maker.clone(), false, USDC_MIN_BALANCE),
				],
				metadata: vec![],
				accounts: usdc,
				..Default::default()
			},
			pool_assets: Default::default(),
			staking: pallet_vvv_staking::GenesisConfig {
				annual_emission: planck(s.emission.annual, UNIT),
				unbonding_period: s.emission.unbonding_days * BLOCKS_PER_DAY,
				locked_yield_to_treasury: Perbill::from_float(s.emission.locked_yield_to_treasury),
				distribution_period: BLOCKS_PER_DAY,
				stakers,
			},
			diem: pallet_diem::GenesisConfig {
				curve: self.curve_params(s.curve.target_supply),
				minting_open: true,
				// One DIEM more than the pool takes: the DEX's genesis deposit keeps its provider
				// above the asset's minimum balance.
				positions: vec![(market_maker.clone(), diem_pool + DIEM)],
				..Default::default()
			},
			asset_conversion: pallet_asset_conversion::GenesisConfig {
				pools: vec![
					(VVV_KIND, USDC_KIND, market_maker.clone(), pool_vvv, pool_usdc),
					(DIEM_KIND, USDC_KIND, market_maker, diem_pool, diem_pool_usdc),
				],
			},
			buy_burn: pallet_buyburn::GenesisConfig {
				burn_period: s.buyburn.epoch_days * BLOCKS_PER_DAY,
				burn_share: Perbill::from_float(s.buyburn.burn_share),
				max_price_impact: Perbill::from_float(s.buyburn.max_price_impact),
				fee_burn_share: Perbill::zero(),
				price_half_life: s.buyburn.price_half_life_hours.max(1),
				max_slippage: Perbill::from_float(s.buyburn.max_slippage),
				buy_interval: s.buyburn.buy_interval_hours.max(1),
				staker_share: Perbill::zero(),
				fee_staker_share: Perbill::zero(),
			},
			credits: pallet_credits::GenesisConfig {
				day_length: 86_400,
				cooldown_days: 1,
				meters: vec![provider],
			},
		};
		externalities(config.build_storage().expect("the scenario's genesis builds"))
	}

	/// A live chain's state (`snapshot`), which the scenario's agents join: its stakers as the
	/// holders (or the scenario's holders, `live.stakers_are_holders = false`), the users, the
	/// arbitrageur and a provider registered as a meter, their VVV and USDC minted now.
	pub(crate) fn live(&mut self, snapshot: &Snapshot) -> Result<sp_io::TestExternalities, String> {
		let mut ext = snapshot.externalities()?;
		ext.execute_with(|| {
			AssetConversion::get_reserves(VVV_KIND, USDC_KIND)
				.map_err(|_| "the chain has no VVV/USDC pool for the arbitrageur")?;
			AssetConversion::get_reserves(DIEM_KIND, USDC_KIND)
				.map_err(|_| "the chain has no DIEM/USDC pool for the users")?;
			let s = self.scenario.clone();
			let mint_vvv = |who: &AccountId, amount: Balance| {
				Balances::mint_into(who, amount).map(drop).map_err(|e| format!("{e:?}"))
			};
			let mint_usdc = |who: &AccountId, amount: Balance| {
				if amount == 0 {
					return Ok(());
				}
				Assets::mint_into(USDC_ASSET_ID, who, amount)
					.map(drop)
					.map_err(|e| format!("the chain's USDC (asset {USDC_ASSET_ID}): {e:?}"))
			};
			if s.live.stakers_are_holders {
				let stakers: Vec<AccountId> = pallet_vvv_staking::Ledgers::<Runtime>::iter()
					.filter(|(_, ledger)| ledger.staked > 0)
					.map(|(who, _)| who)
					.collect();
				// The scenario's share of keepers among them, as among its own holders.
				let keepers = first_share(s.holders.keepers, stakers.len() as u32);
				self.holders = stakers
					.into_iter()
					.enumerate()
					.map(|(i, who)| {
						let keeper = ((i as u32) < keepers).then(|| self.keeper());
						HolderAgent::new(&s, who, keeper)
					})
					.collect();
			} else {
				for i in 0..self.holders.len() {
					let (who, amount) = (self.holders[i].account.clone(), self.holder_stake());
					mint_vvv(&who, amount + UNIT)?;
					Staking::stake(RuntimeOrigin::signed(who), amount)
						.map_err(|e| format!("{e:?}"))?;
				}
			}
			for user in &self.users {
				mint_vvv(&user.account, UNIT)?;
				mint_usdc(&user.account, planck(user.usdc, USDC))?;
			}
			let arbitrageur = account(ACCOUNT_ARBITRAGEUR, 0);
			mint_vvv(&arbitrageur, planck(s.arbitrageur.vvv, UNIT) + UNIT)?;
			mint_usdc(&arbitrageur, planck(s.arbitrageur.usdc, USDC))?;
			let provider = account(ACCOUNT_PROVIDER, 0);
			mint_vvv(&provider, UNIT)?;
			if !pallet_credits::Meters::<Runtime>::get(&provider).is_some_and(|m| m.registered) {
				Credits::add_meter(RuntimeOrigin::root(), provider)
					.map_err(|e| format!("registering the provider: {e:?}"))?;
			}
			Ok::<_, String>(())
		})?;
		Ok(ext)
	}

	/// The VVV a scenario's holder stakes, drawn now from `holders.vvv`.
	fn holder_stake(&mut self) -> Balance {
		let range = self.scenario.holders.vvv;
		planck(self.rng.gen_range(range.min..=range.max.max(range.min)), UNIT)
	}

	pub(crate) fn curve_params(&self, target_supply: f64) -> pallet_diem::curve::CurveParams {
		pallet_diem::curve::CurveParams {
			base_rate: planck(self.scenario.curve.base_rate, UNIT),
			target_supply: planck(target_supply, DIEM),
			adjustment_power: fixed(self.scenario.curve.adjustment_power),
			exponent: self.scenario.curve.exponent,
		}
	}
}
