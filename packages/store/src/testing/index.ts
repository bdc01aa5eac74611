export { createTestDatabase, DIALECTS, POSTGRES_ADMIN_URL, type TestDatabase, type TestDatabaseOptions } from "./test-databases.js";
