// Bundles the built server (dist/main.js) with everything it imports into one file, dist/claimline.mjs, which
// `npm start` runs. A cold start is mostly Node resolving, reading and linking some two thousand modules: one file
// halves the CPU from spawn to the first answer (1,040 → 460 ms on the 10k bench corpus).
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const dist = fileURLToPath(import.meta.resolve("../dist/"));

await build({
  entryPoints: [join(dist, "main.js")],
  outfile: join(dist, "claimline.mjs"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // A native addon; optional packages never installed here; the ingest pipeline with its language model, loaded only
  // when an editor asks for proposals.
  external: ["better-sqlite3", "pg-native", "class-validator", "@claimline/ingest"],
  // CommonJS packages inside an ES module bundle still call require() for Node's built-ins.
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  logLevel: "warning",
});
