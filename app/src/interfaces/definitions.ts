// The user-defined types of `npm run typegen` (scripts/typegen.mjs): none. Every other file in
// this folder is generated from the chain's metadata (../../metadata.json) by @polkadot/typegen;
// regenerate them with `npm run typegen` rather than editing them.
export {};
