export { createTestDatabase, DIALECTS, POSTGRES_ADMIN_URL, type TestDatabase } from "./test-databases.js";
