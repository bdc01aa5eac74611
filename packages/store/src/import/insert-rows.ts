import { CompiledQuery, type Insertable, type Kysely } from "kysely";
import { dialectOf } from "../dialect.js";
import type { Database } from "../tables/database.js";

/** Rows per SQLite statement: the largest text is prepared once and only bound afterwards. */
const SQLITE_ROWS = 256;
/** Bound parameters per SQLite statement, under its 32,766. */
const SQLITE_MAX_PARAMETERS = 30_000;
/** Rows per PostgreSQL statement: one array per column, so only memory bounds it. */
const POSTGRES_ROWS = 20_000;

/**
 * Inserts rows through SQL written once per table and shape, never rebuilt per call: SQLite gets multi-row `VALUES`
 * of 256, 128, … 1 rows (a few texts per table, each prepared once by the statement cache), PostgreSQL one
 * `unnest` of an array per column whatever the count. Rows take their columns from the first row; a left-out field
 * stores NULL. What both the single import and the bulk import write with.
 * Example: `await insertRows(trx, "statementAbout", [{ statementId: "s", actorId: "a", position: 0 }])`.
 */
export async function insertRows<T extends keyof Database>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const fields = Object.keys(first);
  if (dialectOf(db) === "postgres") {
    const types = await postgresColumnTypes(db, table);
    for (let i = 0; i < rows.length; i += POSTGRES_ROWS) {
      const chunk = rows.slice(i, i + POSTGRES_ROWS) as readonly Record<string, unknown>[];
      const columns = fields.map((field) => chunk.map((row) => row[field] ?? null));
      await db.executeQuery(CompiledQuery.raw(postgresInsert(table, fields, types), columns));
    }
    return;
  }
  const most = Math.min(SQLITE_ROWS, Math.floor(SQLITE_MAX_PARAMETERS / fields.length));
  let i = 0;
  while (i < rows.length) {
    // Whole statements of `most` rows, then the rest in halving sizes: at most a dozen texts per table and columns.
    let size = most;
    while (size > rows.length - i) size >>= 1;
    const parameters: unknown[] = new Array<unknown>(size * fields.length);
    let p = 0;
    for (let r = i; r < i + size; r++) {
      const row = rows[r] as Record<string, unknown>;
      for (const field of fields) parameters[p++] = row[field] ?? null;
    }
    await db.executeQuery(CompiledQuery.raw(sqliteInsert(table, fields, size), parameters));
    i += size;
  }
}

const texts = new Map<string, string>();

function sqliteInsert(table: string, fields: readonly string[], rows: number): string {
  const key = `sqlite ${table} ${fields.join(",")} ${rows}`;
  let text = texts.get(key);
  if (!text) {
    const row = `(${fields.map(() => "?").join(", ")})`;
    text = `insert into ${snake(table)} (${fields.map(snake).join(", ")}) values ${Array.from({ length: rows }, () => row).join(", ")}`;
    texts.set(key, text);
  }
  return text;
}

function postgresInsert(table: string, fields: readonly string[], types: ReadonlyMap<string, string>): string {
  const key = `postgres ${table} ${fields.join(",")}`;
  let text = texts.get(key);
  if (!text) {
    const columns = fields.map(snake);
    const arrays = columns.map((column, i) => `$${i + 1}::${types.get(column) ?? "text"}[]`);
    text = `insert into ${snake(table)} (${columns.join(", ")}) select * from unnest(${arrays.join(", ")})`;
    texts.set(key, text);
  }
  return text;
}

const postgresTypes = new Map<string, Promise<Map<string, string>>>();

/** Each column's type, read once per table: `unnest` needs typed arrays, and only a few columns are integers. */
function postgresColumnTypes(db: Kysely<Database>, table: string): Promise<Map<string, string>> {
  let types = postgresTypes.get(table);
  if (!types) {
    types = db
      .executeQuery<{ column: string; type: string }>(
        CompiledQuery.raw(
          "select column_name as column, udt_name as type from information_schema.columns where table_schema = current_schema() and table_name = $1",
          [snake(table)],
        ),
      )
      .then((result) => new Map(result.rows.map((r) => [r.column, r.type])));
    types.catch(() => postgresTypes.delete(table));
    postgresTypes.set(table, types);
  }
  return types;
}

/** `eventParticipants` → `event_participants`, as Kysely's CamelCasePlugin names columns. */
function snake(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
