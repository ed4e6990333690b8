// Module hooks for running @polkadot/typegen's command-line tools on Node 20, which cannot import
// TypeScript: typegen imports the `definitions.ts` and `lookup.ts` of the types folder, and these
// hooks strip their types with Vite's transform (Oxc) as they are loaded.

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return nextLoad(url, context);
  const { transformWithOxc } = await import('vite');
  const path = fileURLToPath(url);
  const { code } = await transformWithOxc(await readFile(path, 'utf8'), path, { lang: 'ts' });
  return { format: 'module', source: code, shortCircuit: true };
}
