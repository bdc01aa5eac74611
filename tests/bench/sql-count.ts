import { createContext, createServer } from "@claimline/server";
import { openDatabase } from "@claimline/store";
import { TOP_SPEAKER } from "./servers/fixture.js";

const PAGE_QUERY = `query($speaker: ID!, $first: Int!) { statements(filter: { speakerIds: [$speaker] }, first: $first) {
  totalCount edges { cursor node { id content status speaker { id name } denials { id content denier { id name } }
  occasion { id title } about { id name } evidence { start end exact source { id title } } } } } }`;

/** SQL statements one request issues for pages of 5, 20 and 100 of the top speaker's statements (every field's loader). */
export async function sqlPerRequest(url: string): Promise<Record<string, number>> {
  let count = 0;
  const store = openDatabase(url, { onQuery: () => (count += 1) });
  const { apollo, app } = await createServer({ store, rateLimit: false });
  try {
    const counts: Record<string, number> = {};
    for (const first of [5, 20, 100]) {
      count = 0;
      const response = await apollo.executeOperation(
        { query: PAGE_QUERY, variables: { speaker: TOP_SPEAKER, first } },
        { contextValue: createContext(store) },
      );
      if (response.body.kind !== "single" || response.body.singleResult.errors) throw new Error(`page of ${first} failed`);
      counts[`first: ${first}`] = count;
    }
    return counts;
  } finally {
    await app.close();
    await store.close();
  }
}
