import { openDatabase, type Store } from "@claimline/store";

/**
 * Opens the database DATABASE_URL names, exactly as `main.ts` does, for a one-shot operator command.
 * Two connections are plenty for a migration or a seed, and leave the servers' pool budget alone.
 */
export function openStoreFromEnv(): Store {
  return openDatabase(process.env.DATABASE_URL, { poolSize: 2 });
}

/** Runs an operator command: prints its failure plainly and exits non-zero, and always closes the store. */
export async function runCommand(name: string, command: (store: Store) => Promise<void>): Promise<void> {
  let store: Store | undefined;
  try {
    store = openStoreFromEnv();
    await command(store);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`${name} failed${store ? ` on ${store.location}` : ""}: ${message}`);
    process.exitCode = 1;
  } finally {
    await store?.close().catch(() => undefined);
  }
}
