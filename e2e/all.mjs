// Runs the e2e suites at once: the dev-node suite (run.mjs: one node, its tests one at a time)
// beside the suites that start their own nodes (faults/, upgrade/, gateway/: one at a time).
// Their nodes use free ports and their own logs; each line is prefixed with its suite. Fails
// if either fails.
import { spawn } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const suites = [
  ['dev-node', ['run.mjs']],
  ['own-nodes', ['--test', '--test-concurrency=1', 'faults/', 'upgrade/', 'gateway/']],
];

function run([name, args]) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: here, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream.on('data', (chunk) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop();
        for (const line of lines) console.log(`[${name}] ${line}`);
      });
      stream.on('end', () => rest && console.log(`[${name}] ${rest}`));
    }
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const started = Date.now();
const codes = await Promise.all(suites.map(run));
console.log(`e2e: ${suites.map(([n], i) => `${n} exit ${codes[i]}`).join(', ')} in ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(codes.every((c) => c === 0) ? 0 : 1);
