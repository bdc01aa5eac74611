import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { SourceDocumentInput } from "@claimline/store";
import type { KnownActor } from "../proposal.js";
import { propose } from "../propose.js";
import { score, total, type FixtureScore } from "./score.js";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** The hand readings: the seed article and the fictional fixtures beside this package. */
export const FIXTURES = [
  join(packageDir, "..", "store", "seed", "article.json"),
  ...readdirSync(join(packageDir, "fixtures"))
    .filter((f) => f.endsWith(".json") && !f.endsWith(".known.json"))
    .sort()
    .map((f) => join(packageDir, "fixtures", f)),
];

export interface Evaluation {
  fixtures: { name: string; words: number; ms: number; score: FixtureScore }[];
  overall: FixtureScore;
  /** The 1,000-word article: its first proposal in this process (cold: lazy initialisation, JIT) and the median of five more. */
  timing: { words: number; firstMs: number; medianMs: number };
}

/** Reads a hand-read document (text inline or in `source.file`) and the actors known before it (`NAME.known.json`). */
export function readFixture(path: string): { doc: SourceDocumentInput & { text: string }; known: KnownActor[]; published?: string } {
  const raw = JSON.parse(readFileSync(path, "utf8")) as SourceDocumentInput & { source: { file?: string } };
  const text = raw.source.file ? readFileSync(join(dirname(path), raw.source.file), "utf8") : raw.text;
  const knownPath = path.replace(/\.json$/, ".known.json");
  const known = existsSync(knownPath) ? (JSON.parse(readFileSync(knownPath, "utf8")) as { actors: KnownActor[] }).actors : [];
  const published = raw.source.publishedAt?.value ?? undefined;
  return { doc: { ...raw, text }, known, published };
}

/** Proposes every fixture, scores it against its hand reading, and times a 1,000-word article. */
export function evaluate(): Evaluation {
  const timing = timeThousandWords();
  const fixtures = FIXTURES.map((path) => {
    const { doc, known, published } = readFixture(path);
    const started = performance.now();
    const proposal = propose(doc.text, { known, published });
    const ms = performance.now() - started;
    const gold = { actors: doc.actors ?? [], statements: doc.statements ?? [], denials: doc.denials ?? [], events: doc.events ?? [] };
    return { name: path.split("/").at(-1) ?? path, words: wordCount(doc.text), ms, score: score(proposal, gold) };
  });
  return { fixtures, overall: total(fixtures.map((f) => f.score)), timing };
}

/** A 1,000-word article made of the fixtures' paragraphs: its first proposal, then the median of five more. */
function timeThousandWords(): Evaluation["timing"] {
  const paragraphs = FIXTURES.flatMap((p) => readFixture(p).doc.text.split("\n\n"));
  let article = "";
  for (let i = 0; wordCount(article) < 1_000; i++) article += `${paragraphs[i % paragraphs.length] ?? ""}\n\n`;
  const first = performance.now();
  propose(article, { published: "2025-01-27" });
  const firstMs = performance.now() - first;
  const runs = Array.from({ length: 5 }, () => {
    const started = performance.now();
    propose(article, { published: "2025-01-27" });
    return performance.now() - started;
  }).sort((a, b) => a - b);
  return { words: wordCount(article), firstMs, medianMs: runs[2] ?? 0 };
}

const wordCount = (text: string) => (text.match(/\S+/g) ?? []).length;
