// `npm run db:seed`: stores the seed article in the database DATABASE_URL names, unless it is already there.
import { seedArticle } from "@claimline/store";
import { runCommand } from "./open-store.js";

await runCommand("db:seed", async (store) => {
  try {
    const seeded = await seedArticle(store.db);
    console.log(
      seeded
        ? `${store.location} (${store.dialect}): seeded the article ${seeded.sourceId}: ${seeded.actors} actors, ${seeded.events} events, ${seeded.statements} statements, ${seeded.denials} denials, ${seeded.evidence} evidence spans`
        : `${store.location} (${store.dialect}): already seeded, nothing added`,
    );
  } catch (error) {
    // The commonest cause by far: the tables are not there yet.
    if (error instanceof Error && /no such table|does not exist/.test(error.message)) {
      throw new Error(`${error.message} (is the schema migrated? run \`npm run db:migrate\` first)`, { cause: error });
    }
    throw error;
  }
});
