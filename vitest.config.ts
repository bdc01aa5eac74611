import { defineConfig } from "vitest/config";

/** Runs every workspace's suite from the root: `npx vitest`. `npm test` runs them through turbo. */
export default defineConfig({
  test: {
    projects: ["packages/*", "apps/*", "tests"],
  },
});
