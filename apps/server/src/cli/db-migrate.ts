// `npm run db:migrate`: brings the database DATABASE_URL names to the latest migration, and says what it applied.
import { migrateToLatest } from "@claimline/store";
import { runCommand } from "./open-store.js";

await runCommand("db:migrate", async (store) => {
  const applied = await migrateToLatest(store.db);
  for (const name of applied) console.log(`applied ${name}`);
  console.log(
    applied.length > 0
      ? `${store.location} (${store.dialect}): ${applied.length} migration(s) applied`
      : `${store.location} (${store.dialect}): already up to date, nothing to apply`,
  );
});
