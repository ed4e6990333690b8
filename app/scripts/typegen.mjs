// `npm run typegen [-- ws://host:port]`: the page's chain types, generated from the chain's own
// metadata. Writes the metadata the node serves (see metadata.mjs) to metadata.json, then runs
// @polkadot/typegen's `polkadot-types-from-defs` (the metadata's types: lookup.ts,
// types-lookup.ts, augment-types.ts, registry.ts) and `polkadot-types-from-chain` (the
// augmentation of `api.query`, `api.tx`, `api.consts`, `api.events`, `api.errors` and
// `api.call`: augment-api-*.ts) into src/interfaces/. Without an endpoint it starts a temporary
// `diem-node --dev --tmp` (the debug build, or $DIEM_NODE) and stops it afterwards.
//
// The browser tests (tests/run.mjs) refuse to run when their node's metadata differs from
// metadata.json, so the types cannot go stale without a test saying so.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeBin, startNode } from '../../e2e/lib/node.mjs';
import { fetchMetadata, METADATA_FILE } from './metadata.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const app = join(here, '..');
const interfaces = join(app, 'src/interfaces');
/** The package path typegen writes for user-defined types: there are none (definitions.ts). */
const PACKAGE = 'diem-dashboard/interfaces';
/** What the generators write; definitions.ts (the user-defined types, none) is kept. */
const KEEP = new Set(['definitions.ts']);

const typegen = (tool) => fileURLToPath(import.meta.resolve(`@polkadot/typegen/scripts/${tool}.mjs`));

/** Runs one of typegen's command-line tools in app/, failing on its failure. */
function run(tool, args) {
  // typegen imports definitions.ts and lookup.ts: ts-register.mjs lets Node 20 load them.
  const result = spawnSync(process.execPath, ['--import', join(here, 'ts-register.mjs'), typegen(tool), ...args], {
    cwd: app,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`${tool} failed (exit ${result.status})`);
  }
  // typegen reports each file it writes: the summary below is enough.
  const warnings = (result.stderr || '').trim();
  if (warnings) process.stderr.write(`${warnings}\n`);
}

/**
 * typegen names a runtime API's `RuntimeCall` argument `RuntimeCall` for the runtimes it knows
 * (Polkadot's, Kitchensink's: its list of aliases) and by the runtime's own type path for any other,
 * a name it neither declares nor imports (`DiemRuntimeRuntimeCall`): give ours the same alias.
 */
function aliasRuntimeCall() {
  const file = join(interfaces, 'augment-api-runtime.ts');
  const text = readFileSync(file, 'utf8');
  const unknown = /\b\w+RuntimeRuntimeCall\b/g;
  if (text.search(unknown) === -1) return;
  const imported = /^import type \{ ([^}]*) \} from '@polkadot\/types\/interfaces\/runtime';$/m;
  if (!imported.test(text)) throw new Error(`${file}: no import from @polkadot/types/interfaces/runtime to add RuntimeCall to`);
  const fixed = text
    .replace(unknown, 'RuntimeCall')
    .replace(imported, (_, names) => `import type { ${[...names.split(', '), 'RuntimeCall'].sort().join(', ')} } from '@polkadot/types/interfaces/runtime';`);
  writeFileSync(file, fixed);
}

async function main() {
  let endpoint = process.argv[2] ?? null;
  let node = null;
  if (!endpoint) {
    if (!existsSync(nodeBin)) throw new Error(`no node binary at ${nodeBin}: build it (scripts/dev.sh), set DIEM_NODE, or give an endpoint`);
    node = await startNode(['--dev', '--tmp'], join(tmpdir(), 'diem-typegen-node.log'));
    endpoint = `ws://127.0.0.1:${node.rpcPort}`;
    console.log(`started a temporary dev node on ${endpoint}`);
  }
  try {
    const { version, hex } = await fetchMetadata(endpoint);
    // The JSON of a `state_getMetadata` answer: the form typegen's `--endpoint <file>` reads.
    writeFileSync(METADATA_FILE, `${JSON.stringify({ jsonrpc: '2.0', result: hex, id: 1 })}\n`);
    console.log(`metadata v${version} from ${endpoint}: ${(hex.length - 2) / 2} bytes → ${relative(app, METADATA_FILE)}`);
    for (const file of readdirSync(interfaces)) if (!KEEP.has(file)) rmSync(join(interfaces, file), { recursive: true });
    const metadata = relative(app, METADATA_FILE);
    const output = relative(app, interfaces);
    run('polkadot-types-from-defs', ['--package', PACKAGE, '--input', output, '--endpoint', metadata]);
    run('polkadot-types-from-chain', ['--package', PACKAGE, '--endpoint', metadata, '--output', output, '--strict']);
    aliasRuntimeCall();
    const written = readdirSync(interfaces).filter((f) => !KEEP.has(f)).sort();
    console.log(`wrote ${written.length} files to ${output}/: ${written.join(', ')}`);
  } finally {
    node?.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error.message);
    process.exit(1);
  },
);
