import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * What every suite shares: workspace packages resolve to their TypeScript sources (no build needed),
 * and `graphql` resolves to one file, so only one copy of it ever loads.
 */
export const shared = defineConfig({
  resolve: {
    alias: [
      { find: /^graphql$/, replacement: here("./node_modules/graphql/index.js") },
      { find: /^@claimline\/client$/, replacement: here("./packages/client/src/index.ts") },
      { find: /^@claimline\/schema$/, replacement: here("./packages/schema/src/index.ts") },
      { find: /^@claimline\/store\/testing$/, replacement: here("./packages/store/src/testing/index.ts") },
      { find: /^@claimline\/store$/, replacement: here("./packages/store/src/index.ts") },
      { find: /^@claimline\/ingest$/, replacement: here("./packages/ingest/src/index.ts") },
      { find: /^@claimline\/server$/, replacement: here("./apps/server/src/index.ts") },
    ],
  },
  test: {
    setupFiles: [here("./vitest.setup.ts")],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
