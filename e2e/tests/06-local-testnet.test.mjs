// `--chain local`: Alice and Bob, each a node of its own, form a network that produces and
// finalizes blocks. This test starts (and stops) its own two nodes.

import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { freePort, rpc, startNode } from '../lib/node.mjs';

const logs = join(dirname(fileURLToPath(import.meta.url)), '../logs');
// Fixed network keys, so Bob can be told Alice's address up front.
const ALICE_KEY = '0000000000000000000000000000000000000000000000000000000000000001';
const ALICE_PEER = '12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp';
const BOB_KEY = '0000000000000000000000000000000000000000000000000000000000000002';

const nodes = [];
after(() => nodes.forEach((n) => n.stop()));

test('Alice and Bob on --chain local finalize blocks together', async () => {
  mkdirSync(logs, { recursive: true });
  const aliceP2p = await freePort();
  const alice = await startNode(
    ['--chain', 'local', '--alice', '--tmp', '--node-key', ALICE_KEY],
    join(logs, 'local-alice.log'),
    { p2p: aliceP2p },
  );
  nodes.push(alice);
  const bob = await startNode(
    ['--chain', 'local', '--bob', '--tmp', '--node-key', BOB_KEY,
      '--bootnodes', `/ip4/127.0.0.1/tcp/${aliceP2p}/p2p/${ALICE_PEER}`],
    join(logs, 'local-bob.log'),
  );
  nodes.push(bob);

  const deadline = Date.now() + 90_000;
  let finalized = 0;
  while (Date.now() < deadline && finalized < 3) {
    await new Promise((r) => setTimeout(r, 2_000));
    const hash = await rpc(bob.rpcPort, 'chain_getFinalizedHead');
    finalized = parseInt((await rpc(bob.rpcPort, 'chain_getHeader', [hash])).number, 16);
  }
  assert.ok(finalized >= 3, `Bob sees block ${finalized} finalized`);
  assert.equal((await rpc(alice.rpcPort, 'system_health')).peers, 1);
  assert.equal(await rpc(bob.rpcPort, 'system_chain'), 'Local Testnet');

  // Both nodes agree on the finalized chain.
  const onBob = await rpc(bob.rpcPort, 'chain_getBlockHash', [finalized]);
  assert.equal(await rpc(alice.rpcPort, 'chain_getBlockHash', [finalized]), onBob);
});
