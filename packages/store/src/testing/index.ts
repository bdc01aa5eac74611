export { createTestDatabase, DIALECTS, POSTGRES_ADMIN_URL, type TestDatabase, type TestDatabaseOptions } from "./test-databases.js";
export { rowCounts, totalRows } from "./row-counts.js";
export { bulkStatements } from "./bulk-statements.js";
