import { parseDocument } from "@claimline/store";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { propose } from "../src/propose.js";
import type { Span } from "../src/proposal.js";
import { toDocument } from "../src/to-document.js";

// Names with letters outside ASCII and outside the basic plane (UTF-16 surrogate pairs), which shift offsets.
const name = fc.constantFrom("Marta Kovač", "Łukasz Żuk", "Ana Velez", "Dmitry Peskov", "Zoë O'Neill", "𝒜da Lovelace", "Jean-Luc Bérard");
const org = fc.constantFrom("the Harbour Authority", "the Kremlin", "Local media reports", "officials", "the Nordpost newspaper");
const role = fc.constantFrom("Mayor", "Kremlin spokesman", "Prime Minister", "", "engineer");
const cue = fc.constantFrom(
  "said",
  "told reporters",
  "denied",
  "claimed",
  "admitted",
  "dismissed the claims, stating",
  "warned",
  "expressed concern",
  "argued",
);
const words = fc.stringMatching(/^[A-Za-zäöüçñ ,'’-]{1,60}$/);
const space = fc.constantFrom(" ", "  ", "\u00a0", "\t", " \u2009");
const quote = fc.constantFrom(['"', '"'], ["“", "”"], ["‘", "’"], ["'", "'"]);
const date = fc.constantFrom("", " on Friday", " in February or March", " since 2021", " last week", " on 3 March 2024");

const sentence = fc.oneof(
  fc.tuple(quote, words, role, name, cue, date).map(([[o, c], w, r, n, k, d]) => `${o}${w},${c} ${r} ${n} ${k}${d}.`),
  fc.tuple(role, name, cue, words, date).map(([r, n, k, w, d]) => `${r} ${n} ${k} that ${w}${d}.`),
  fc.tuple(org, words, date).map(([o, w, d]) => `According to ${o}, ${w}${d}.`),
  fc.tuple(org, cue, words).map(([o, k, w]) => `${o} ${k} ${w}.`),
  fc.tuple(words, date).map(([w, d]) => `A potential summit${d} ${w}.`),
  fc.tuple(role, name, words).map(([r, n, w]) => `However, these claims have been denied by ${r} ${n} and ${w}.`),
  fc.string({ unit: "grapheme", maxLength: 40 }),
);
const article = fc
  .array(fc.tuple(fc.array(fc.tuple(sentence, space), { minLength: 1, maxLength: 5 }), fc.constantFrom("\n\n", "\r\n\r\n", "\n")), {
    minLength: 1,
    maxLength: 6,
  })
  .map((paragraphs) => paragraphs.map(([ss, sep]) => ss.map(([s, sp]) => s + sp).join("") + sep).join(""));

const spansOf = (p: ReturnType<typeof propose>): Span[] => [
  ...p.actors.flatMap((a) => a.mentions),
  ...p.statements.flatMap((s) => [s.span, s.cueSpan, s.contentSpan]),
  ...p.denials.flatMap((d) => [d.span, d.cueSpan, d.contentSpan]),
  ...p.events.flatMap((e) => e.mentions),
];

describe("every proposed span is exact", () => {
  it("text.slice(start, end) === exact for every span of random articles, and the document parses", () => {
    fc.assert(
      fc.property(article, (text) => {
        const p = propose(text, { published: "2025-01-27" });
        for (const s of spansOf(p)) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeGreaterThan(s.start);
          expect(text.slice(s.start, s.end)).toBe(s.exact);
        }
        if (text.trim()) {
          const doc = parseDocument(toDocument(p));
          expect(new Set(doc.statements.map((s) => s.id)).size).toBe(doc.statements.length);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 120) },
    );
  });
});
