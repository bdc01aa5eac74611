#!/usr/bin/env node
// `claimline`: the only file with side effects — reads argv and CLAIMLINE_API, prints, sets the exit code.
import { CombinedGraphQLErrors } from "@apollo/client";
import { RecordDocument, SearchDocument } from "@claimline/client";
import { connect, endpointFrom, type Api } from "./api.js";
import { parseCommand, UsageError, type Command } from "./args.js";
import { exportStatements } from "./commands/export.js";
import { formatStatement } from "./commands/format.js";
import { formatHits } from "./commands/search.js";
import { formatRecord } from "./commands/show.js";
import { allStatements, filterFor } from "./commands/statements.js";

const json = (value: unknown) => JSON.stringify(value, null, 2);

async function run(api: Api, command: Command): Promise<void> {
  switch (command.name) {
    case "statements": {
      const filter = await filterFor(api, command);
      if (command.format === "csv") return exportStatements(api.endpoint, filter, process.stdout);
      const statements = await allStatements(api, filter);
      if (command.format === "json") console.log(json(statements));
      else {
        console.log(statements.length === 0 ? "no statements match" : statements.map(formatStatement).join("\n\n"));
        console.log(`\n${statements.length} statement${statements.length === 1 ? "" : "s"}`);
      }
      return;
    }
    case "search": {
      const { search } = await api.query(SearchDocument, { text: command.text, first: 20 });
      console.log(command.format === "json" ? json(search) : formatHits(search));
      return;
    }
    case "show": {
      const { node } = await api.query(RecordDocument, { id: command.id });
      if (!node) throw new UsageError(`no record ${command.id}`);
      console.log(command.format === "json" ? json(node) : formatRecord(node));
      return;
    }
  }
}

/** What went wrong, in a line, with the server's error code when there is one. */
function describe(error: unknown, api: Api): string {
  if (CombinedGraphQLErrors.is(error))
    return error.errors.map((e) => `${typeof e.extensions?.code === "string" ? e.extensions.code : "ERROR"}: ${e.message}`).join("\n");
  if (error instanceof UsageError) return error.message;
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
  return `cannot reach Claimline at ${api.endpoint.href}: ${error instanceof Error ? error.message : String(error)}${cause}`;
}

let api: Api | undefined;
try {
  api = connect(endpointFrom(process.env.CLAIMLINE_API || undefined));
  await run(api, parseCommand(process.argv.slice(2)));
} catch (error) {
  console.error(api ? describe(error, api) : String(error));
  process.exitCode = error instanceof UsageError || CombinedGraphQLErrors.is(error) ? 1 : 2;
}
