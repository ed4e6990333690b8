import { defineConfig } from 'vitest/config';

// The page is served next to the dev node at http://127.0.0.1:5173 (`npm run dev`, or
// `npm run preview` for the built page); both refuse another port rather than move silently.
export default defineConfig({
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    target: 'es2022',
    // @polkadot/api with its metadata types and the sr25519 Wasm is most of the page; the
    // closing note of issue 13 records the size.
    chunkSizeWarningLimit: 2_000,
  },
  // The pure modules' tests; the browser tests in tests/ run against a dev node (tests/run.mjs).
  test: { include: ['src/**/*.test.ts'] },
});
