// `claimline statements … --csv`: the server's own CSV export for the same filter, streamed to stdout.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { StatementFilter } from "@claimline/client";
import { UsageError } from "../args.js";

/** The export URL beside the GraphQL endpoint: …/graphql → …/export/statements.csv?filter=… */
export function exportUrl(endpoint: URL, filter: StatementFilter): URL {
  const url = new URL("export/statements.csv", new URL(".", endpoint));
  url.searchParams.set("filter", JSON.stringify(filter));
  return url;
}

export async function exportStatements(endpoint: URL, filter: StatementFilter, out: NodeJS.WritableStream): Promise<void> {
  const response = await fetch(exportUrl(endpoint, filter));
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null;
    throw new UsageError(body?.errors?.[0]?.message ?? `the export answered ${response.status}`);
  }
  await pipeline(Readable.fromWeb(response.body), out);
}
