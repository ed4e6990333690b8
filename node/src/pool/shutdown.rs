//! The pool's background tasks end quietly when the node stops.
//!
//! Substrate spawns the pool's background work as *essential* tasks: one that ends takes the
//! node down with "Essential task `txpool-background` failed. Shutting down service.". On a
//! plain SIGTERM the node drops the pool, the channels of its blocking mempool task close and
//! that task returns before the task manager's exit signal reaches it, so every clean stop
//! logged the failure and an operator's alerting fired on every restart.

use futures::{future::BoxFuture, FutureExt};
use sp_core::traits::SpawnEssentialNamed;

/// Spawns essential tasks whose normal end waits for the node's exit instead of counting as
/// a failure; a task that panics still fails and stops the node. A pool task ends normally
/// only when the pool that feeds it is dropped, which happens when the node stops.
#[derive(Clone)]
pub struct QuietShutdown<S>(pub S);

fn quiet(task: BoxFuture<'static, ()>) -> BoxFuture<'static, ()> {
	async move {
		task.await;
		// The task manager's exit signal ends this future without a word.
		futures::future::pending::<()>().await
	}
	.boxed()
}

impl<S: SpawnEssentialNamed + Clone> SpawnEssentialNamed for QuietShutdown<S> {
	fn spawn_essential_blocking(
		&self,
		name: &'static str,
		group: Option<&'static str>,
		task: BoxFuture<'static, ()>,
	) {
		self.0.spawn_essential_blocking(name, group, quiet(task))
	}

	fn spawn_essential(
		&self,
		name: &'static str,
		group: Option<&'static str>,
		task: BoxFuture<'static, ()>,
	) {
		self.0.spawn_essential(name, group, quiet(task))
	}
}
