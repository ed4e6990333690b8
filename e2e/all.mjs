// Runs the e2e suites at once: the dev-node suite (run.mjs: one node, its tests one at a time)
// beside the suites that start their own nodes (faults/, upgrade/, gateway/: one at a time).
// Their nodes use free ports and their own logs; each line is prefixed with its suite. Fails
// if either fails. Each failed test's report (TAP's `not ok` and its YAML block) is printed again
// at the end, so a log cut to its tail still names what failed and why.
import { spawn } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const suites = [
  ['dev-node', ['run.mjs']],
  ['own-nodes', ['--test', '--test-concurrency=1', 'faults/', 'upgrade/', 'gateway/']],
];

/** Failed tests' reports, line by line, prefixed with their suite. */
const failures = [];

/** Keeps the lines of a failed test's report: from `not ok` to the end of its YAML block. */
function failureCollector(name) {
  let indent = null;
  return (line) => {
    const notOk = /^(\s*)not ok \d+/.exec(line);
    if (notOk) indent = notOk[1];
    if (indent === null) return;
    failures.push(`[${name}] ${line}`);
    if (line === `${indent}  ...`) indent = null;
  };
}

function run([name, args]) {
  const collect = failureCollector(name);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: here, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      let rest = '';
      stream.on('data', (chunk) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop();
        for (const line of lines) {
          console.log(`[${name}] ${line}`);
          collect(line);
        }
      });
      stream.on('end', () => rest && console.log(`[${name}] ${rest}`));
    }
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const started = Date.now();
const codes = await Promise.all(suites.map(run));
if (failures.length > 0) {
  console.log('e2e: the failed tests again');
  for (const line of failures) console.log(line);
}
console.log(`e2e: ${suites.map(([n], i) => `${n} exit ${codes[i]}`).join(', ')} in ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(codes.every((c) => c === 0) ? 0 : 1);
