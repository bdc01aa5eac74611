import type { Migration, MigrationProvider } from "kysely";
import * as coreTables from "./0001-core-tables.js";
import * as fullTextSearch from "./0002-full-text-search.js";
import * as checkedColumns from "./0003-checked-columns.js";
import * as portableSearch from "./0004-portable-search.js";
import * as editors from "./0005-editors.js";
import * as speechActIndex from "./0006-speech-act-index.js";
import * as listCounters from "./0007-list-counters.js";
import * as searchPostingsByWeight from "./0008-search-postings-by-weight.js";
import * as occasionRankIndex from "./0009-occasion-rank-index.js";
import * as subjectDates from "./0010-subject-dates.js";

/** Every migration, in order. Listed here rather than read from disk so bundlers and tests see the same set. */
const migrations: Record<string, Migration> = {
  "0001-core-tables": coreTables,
  "0002-full-text-search": fullTextSearch,
  "0003-checked-columns": checkedColumns,
  "0004-portable-search": portableSearch,
  "0005-editors": editors,
  "0006-speech-act-index": speechActIndex,
  "0007-list-counters": listCounters,
  "0008-search-postings-by-weight": searchPostingsByWeight,
  "0009-occasion-rank-index": occasionRankIndex,
  "0010-subject-dates": subjectDates,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
