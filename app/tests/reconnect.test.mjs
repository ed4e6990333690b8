// The chain status through node restarts: the page, pointed at a node by its URL, shows the
// connection lost, reconnects by itself when the node is back, and goes on with new blocks, also
// when the node comes back as a new chain.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { freePort, startNode } from '../../e2e/lib/node.mjs';
import { bestBlockShown, eventually, harness, launchBrowser, screenshot, watchErrors } from './browser.mjs';

const { url, artefacts } = harness();
const basePath = mkdtempSync(join(tmpdir(), 'diem-reconnect-'));
let browser;
let node;

after(async () => {
  await browser?.close();
  await node?.kill('SIGTERM');
  rmSync(basePath, { recursive: true, force: true });
});

test('shows the connection lost and reconnects when the node is back', async () => {
  const ports = { rpc: await freePort(), p2p: await freePort() };
  const args = ['--dev', '--base-path', basePath];
  node = await startNode(args, join(artefacts, 'reconnect-node-1.log'), ports);
  browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(`${url}?rpc=${encodeURIComponent(`ws://127.0.0.1:${ports.rpc}`)}`);
  await page.locator('main[data-ready="true"]').waitFor({ timeout: 60_000 });
  const state = () => page.getByTestId('connection').getAttribute('data-state');
  const best = () => bestBlockShown(page);
  assert.equal(await state(), 'connected');
  assert.match(await page.locator('footer').innerText(), new RegExp(`ws://127.0.0.1:${ports.rpc}`));
  const beforeStop = await eventually(best, (b) => b >= 2, 30_000, 'two blocks');

  await node.kill('SIGTERM');
  await eventually(state, (s) => s === 'reconnecting', 15_000, 'the lost connection shown');
  await screenshot(page, artefacts, 'reconnecting');

  node = await startNode(args, join(artefacts, 'reconnect-node-2.log'), ports);
  await eventually(state, (s) => s === 'connected', 30_000, 'reconnected');
  const beforeFresh = await eventually(best, (b) => b > beforeStop, 30_000, 'new blocks after reconnecting');

  // Back as a new chain (a `--tmp` dev node on the same port): the page follows it from its
  // genesis instead of waiting for it to pass the old chain's height.
  await node.kill('SIGTERM');
  await eventually(state, (s) => s === 'reconnecting', 15_000, 'the lost connection shown again');
  node = await startNode(['--dev', '--tmp'], join(artefacts, 'reconnect-node-3.log'), ports);
  await eventually(state, (s) => s === 'connected', 30_000, 'reconnected to the new chain');
  const fresh = await eventually(best, (b) => b > 0 && b < beforeFresh, 30_000, "the new chain's first blocks");
  await eventually(best, (b) => b > fresh, 30_000, 'the new chain followed');
  assert.deepEqual(errors, []);
});
