// What the user asked for, from argv: one of three commands, or a usage error.
import { parseArgs } from "node:util";

export const USAGE = `usage: claimline statements --speaker NAME|ID [--about NAME|ID] [--disputed] [--json|--csv]
       claimline search TEXT [--json]
       claimline show ID [--json]

CLAIMLINE_API is the server (default http://localhost:4000/graphql).`;

export type Format = "text" | "json" | "csv";

export type Command =
  | { name: "statements"; speaker?: string; about?: string; disputed: boolean; format: Format }
  | { name: "search"; text: string; format: Format }
  | { name: "show"; id: string; format: Format };

export class UsageError extends Error {}

/** Parses `claimline …` arguments. Example: `parseCommand(["search", "summit"])`. */
export function parseCommand(argv: readonly string[]): Command {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      speaker: { type: "string" },
      about: { type: "string" },
      disputed: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      csv: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [name, ...rest] = positionals;
  if (values.help || !name) throw new UsageError(USAGE);
  if (values.json && values.csv) throw new UsageError(`--json or --csv, not both\n${USAGE}`);
  const format: Format = values.json ? "json" : values.csv ? "csv" : "text";
  switch (name) {
    case "statements":
      if (!values.speaker && !values.about && !values.disputed)
        throw new UsageError(`statements needs --speaker, --about or --disputed\n${USAGE}`);
      return { name, speaker: values.speaker, about: values.about, disputed: values.disputed, format };
    case "search":
      if (rest.length === 0) throw new UsageError(`search needs words to find\n${USAGE}`);
      if (format === "csv") throw new UsageError(`search prints text or --json\n${USAGE}`);
      return { name, text: rest.join(" "), format };
    case "show":
      if (rest.length !== 1 || !rest[0]) throw new UsageError(`show needs one id, e.g. Person:donald-trump\n${USAGE}`);
      if (format === "csv") throw new UsageError(`show prints text or --json\n${USAGE}`);
      return { name, id: rest[0], format };
    default:
      throw new UsageError(`unknown command "${name}"\n${USAGE}`);
  }
}
