// `npx tsx tests/bench/search-cpu.ts [--scale N] [--rounds R]`: `search` and the text filters of the lists, called
// in-process on an existing corpus (`npm run bench:data -- --scale N` first), reporting CPU ms per call (mean) and
// wall ms (p50), which other work on a shared machine moves far less than the CPU time.
import { countPages, denialList, eventList, findPages, migrateToLatest, openDatabase, searchAll, statementList } from "@claimline/store";
import { COMMON_WORD, RARE_WORD } from "./corpus/vocabulary.js";
import { benchScale, sqliteFile } from "./scale.js";

const flag = process.argv.indexOf("--rounds");
const ROUNDS = flag >= 0 ? Number(process.argv[flag + 1]) : 30;
const PAGE = { parent: null, page: { limit: 20, order: "desc" as const } };
const TWO_COMMON = "government minister";
const COMMON_AND_RARE = `${COMMON_WORD} ${RARE_WORD}`;

const store = openDatabase(`file:${sqliteFile(benchScale())}`);
await migrateToLatest(store.db);
const { db } = store;

const CASES: Record<string, () => Promise<unknown>> = {
  [`search "${COMMON_WORD}"`]: () => searchAll(db, COMMON_WORD, 10),
  [`search "${RARE_WORD}"`]: () => searchAll(db, RARE_WORD, 10),
  [`search "${TWO_COMMON}"`]: () => searchAll(db, TWO_COMMON, 10),
  [`search "${COMMON_AND_RARE}"`]: () => searchAll(db, COMMON_AND_RARE, 10),
  [`statements text "${COMMON_WORD}"`]: () => findPages(db, statementList, { text: COMMON_WORD }, false, [PAGE]),
  [`… its totalCount`]: () => countPages(db, statementList, { text: COMMON_WORD }, null, []),
  [`statements text "${RARE_WORD}"`]: () => findPages(db, statementList, { text: RARE_WORD }, false, [PAGE]),
  [`… its totalCount `]: () => countPages(db, statementList, { text: RARE_WORD }, null, []),
  [`statements text "${TWO_COMMON}"`]: () => findPages(db, statementList, { text: TWO_COMMON }, false, [PAGE]),
  [`statements text "${COMMON_AND_RARE}"`]: () => findPages(db, statementList, { text: COMMON_AND_RARE }, false, [PAGE]),
  [`statements by relevance "${COMMON_WORD}"`]: () => findPages(db, statementList, { text: COMMON_WORD }, true, [PAGE]),
  [`statements by relevance "${TWO_COMMON}"`]: () => findPages(db, statementList, { text: TWO_COMMON }, true, [PAGE]),
  [`denials text "${COMMON_WORD}"`]: () => findPages(db, denialList, { text: COMMON_WORD }, false, [PAGE]),
  [`events text "${COMMON_WORD}"`]: () => findPages(db, eventList, { text: COMMON_WORD }, false, [PAGE]),
};

const only = process.env.SEARCH_CPU_ONLY;
for (const [name, run] of Object.entries(CASES)) {
  if (only && !name.includes(only)) continue;
  await run();
  const walls: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    await run();
    walls.push(performance.now() - started);
  }
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000 / ROUNDS;
  const p50 = walls.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)] ?? 0;
  console.log(`${name.padEnd(52)} CPU ${cpuMs.toFixed(2).padStart(8)} ms   wall p50 ${p50.toFixed(2).padStart(8)} ms`);
}
await store.close();
