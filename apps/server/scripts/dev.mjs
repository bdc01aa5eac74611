// `npm run dev` for the server: TypeScript recompiles src/ to dist/ on every change (the schema and store packages
// run their own compilers under turbo), and `node --watch` restarts the server whenever a file it imported changes,
// its own or its packages'. Ctrl-C or SIGTERM stops both.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const children = [
  spawn(process.execPath, [tsc, "-p", "tsconfig.build.json", "--watch", "--preserveWatchOutput"], { stdio: "inherit" }),
  spawn(process.execPath, ["--watch", "dist/main.js"], { stdio: "inherit", env: { NODE_ENV: "development", ...process.env } }),
];
const stop = (signal) => {
  for (const child of children) if (child.exitCode === null) child.kill(signal);
};
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
for (const child of children)
  child.once("exit", (code) => {
    stop("SIGTERM");
    process.exitCode = code ?? 0;
  });
