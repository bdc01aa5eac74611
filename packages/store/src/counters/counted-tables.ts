/** The lists whose unfiltered counts are kept in `list_counts`. */
export type CountedList = "statements" | "denials" | "events" | "actors" | "sources";

/**
 * The counters that hold a count: the list's own (its total, or each parent's when the count is asked per parent),
 * or — for a filter that only names parents, like `speakerIds` — the sum of those parents' counters.
 */
export interface CounterQuery {
  list: CountedList;
  parents?: { kind: string; ids: readonly string[] };
}

/** A table whose rows one list counts: in its total, under each of its parents, or both. */
export interface CountedTable {
  table: string;
  list: CountedList;
  /** Each counted row adds one to the list's total (false for a link table such as statement_about). */
  inTotal: boolean;
  /** Parent kind, as the list names it → the column holding the parent's id (rows where it is null count under none). */
  parents: Readonly<Record<string, string>>;
  /** Only rows whose column holds this value count: the list's default filter (statements: rank NORMAL). */
  only?: { column: string; value: string };
  /** A link row counts when the row it links to counts (`column` holds that row's id in `table`). */
  linksTo?: { table: string; column: string };
}

/**
 * Every counter the store keeps: what the unfiltered lists hold, whole and under each parent — `countPages` reads
 * these instead of counting rows. Statements count while NORMAL (a DEPRECATED one leaves every counter); an actor's
 * `about` count is its statement_about rows whose statement counts.
 */
export const COUNTED_TABLES: readonly CountedTable[] = [
  {
    table: "statements",
    list: "statements",
    inTotal: true,
    parents: { speaker: "speaker_id", occasion: "occasion_id" },
    only: { column: "rank", value: "NORMAL" },
  },
  {
    table: "statement_about",
    list: "statements",
    inTotal: false,
    parents: { about: "actor_id" },
    linksTo: { table: "statements", column: "statement_id" },
  },
  {
    table: "denials",
    list: "denials",
    inTotal: true,
    parents: { denier: "denier_id", targetStatement: "target_statement_id", targetEvent: "target_event_id" },
  },
  { table: "events", list: "events", inTotal: true, parents: {} },
  { table: "event_participants", list: "events", inTotal: false, parents: { participant: "actor_id" } },
  { table: "actors", list: "actors", inTotal: true, parents: {} },
  { table: "sources", list: "sources", inTotal: true, parents: {} },
];

/** Whether the row `row` (a table alias, or `new` / `old` in a trigger) counts, as SQL. */
export function countsSql(counted: CountedTable, row: string): string {
  if (counted.linksTo) {
    const { table, column } = counted.linksTo;
    return `exists (select 1 from ${table} as linked where linked.id = ${row}.${column} and ${countsSql(countedTable(table), "linked")})`;
  }
  return counted.only ? `${row}.${counted.only.column} = '${counted.only.value}'` : "true";
}

/** The columns whose change moves a row from one counter to another. */
export function movingColumns(counted: CountedTable): string[] {
  return [...Object.values(counted.parents), counted.only?.column, counted.linksTo?.column].filter((c) => c !== undefined);
}

/** The link tables whose rows count through rows of `counted` (statement_about through statements). */
export function linkedTables(counted: CountedTable): CountedTable[] {
  return COUNTED_TABLES.filter((link) => link.linksTo?.table === counted.table);
}

/** The counted table named `table`. */
export function countedTable(table: string): CountedTable {
  const counted = COUNTED_TABLES.find((c) => c.table === table);
  if (!counted) throw new Error(`no counted table ${table}`);
  return counted;
}
