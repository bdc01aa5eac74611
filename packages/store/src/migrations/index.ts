import type { Migration, MigrationProvider } from "kysely";
import * as coreTables from "./0001-core-tables.js";
import * as fullTextSearch from "./0002-full-text-search.js";

/** Every migration, in order. Listed here rather than read from disk so bundlers and tests see the same set. */
const migrations: Record<string, Migration> = {
  "0001-core-tables": coreTables,
  "0002-full-text-search": fullTextSearch,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
