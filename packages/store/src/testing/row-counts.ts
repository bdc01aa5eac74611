import type { Store } from "../open-database.js";

const TABLES = [
  "sources",
  "actors",
  "events",
  "eventParticipants",
  "statements",
  "statementAbout",
  "denials",
  "evidence",
  "searchTerms",
  "searchStats",
] as const;

/** How many rows each table holds: what "nothing changed" and "nothing was stored" are checked against. */
export async function rowCounts(store: Store): Promise<Record<(typeof TABLES)[number], number>> {
  const counts = {} as Record<(typeof TABLES)[number], number>;
  for (const table of TABLES) {
    const { n } = await store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string | number>().as("n"))
      .executeTakeFirstOrThrow();
    counts[table] = Number(n);
  }
  return counts;
}

/** All rows in all tables. */
export async function totalRows(store: Store): Promise<number> {
  return Object.values(await rowCounts(store)).reduce((a, b) => a + b, 0);
}
