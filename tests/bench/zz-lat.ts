import { startServer } from "../support/start-server.js";
import { latencyTable } from "./latency.js";
const s = await startServer({ DATABASE_URL: `file:${process.argv[2]}`, NODE_ENV: "production", RATE_LIMIT_CAPACITY: "0" });
try { console.table(await latencyTable(s.url)); } finally { await s.stop(); }
