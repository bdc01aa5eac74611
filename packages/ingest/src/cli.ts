#!/usr/bin/env node
// npm run ingest -- article.txt [--title …] [--publisher …] [--url …] [--published YYYY-MM-DD] [--known FILE…] [--out FILE]
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { readKnownActors } from "./known-actors.js";
import { propose } from "./propose.js";
import { toDocument } from "./to-document.js";

const USAGE =
  "usage: npm run ingest -- ARTICLE.txt [--title T] [--publisher P] [--url U] [--published YYYY-MM-DD] [--id SLUG] [--known DOC.json|DIR]… [--out FILE]";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      title: { type: "string" },
      publisher: { type: "string" },
      url: { type: "string" },
      published: { type: "string" },
      id: { type: "string" },
      known: { type: "string", multiple: true },
      out: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [file] = positionals;
  if (values.help || !file || positionals.length > 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
    console.error(`--published must be YYYY-MM-DD, not "${values.published}"`);
    return 2;
  }
  const text = await readFile(file, "utf8");
  const known = await readKnownActors(values.known ?? []);
  const started = performance.now();
  const proposal = propose(text, { known, published: values.published });
  const { title, publisher, url, published, id } = values;
  const doc = toDocument(proposal, { title, publisher, url, published, id });
  const json = `${JSON.stringify(doc, null, 2)}\n`;
  if (values.out) await writeFile(values.out, json);
  else process.stdout.write(json);
  const newActors = proposal.actors.filter((a) => a.isNew).length;
  console.error(
    `proposed ${proposal.actors.length} actors (${newActors} new), ${proposal.statements.length} statements, ${proposal.denials.length} denials, ${proposal.events.length} events in ${Math.round(performance.now() - started)} ms${values.out ? ` → ${values.out}` : ""}`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
