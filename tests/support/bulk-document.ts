import type { SourceDocument } from "@claimline/store";
import { spanOf } from "./source-document.js";

/**
 * A made-up source of `count` sentences, each a statement by one of two speakers, every tenth denied: enough rows
 * for load and memory tests, with real spans. A source holds at most 1,000,000 characters: about 25,000 statements.
 */
export function bulkDocument(count: number, tag = "bulk"): SourceDocument {
  const sentences = Array.from({ length: count }, (_, i) => `${i % 2 ? "Bo" : "Al"} said ${i} was true.`);
  const text = `Al Bulk and Bo Bulk spoke. ${sentences.join(" ")} The ministry denied every tenth of it.`;
  const none = { description: null, country: null, roles: [], aliases: [] };
  const ministry = spanOf(text, "The ministry denied every tenth of it.");
  let at = 0;
  const statements = sentences.map((sentence, i) => {
    const evidence = spanOf(text, sentence, at);
    at = evidence.end;
    return {
      id: `${tag}-${i}`,
      speakerId: `${tag}-${i % 2 ? "bo" : "al"}`,
      content: sentence,
      quote: null,
      quoteType: "INDIRECT" as const,
      speechAct: "CLAIM" as const,
      cue: "said",
      hedge: null,
      statedAt: null,
      occasionId: null,
      aboutIds: [],
      topics: [],
      note: null,
      evidence: [evidence],
    };
  });
  return {
    source: {
      id: `${tag}-source`,
      title: "A long made-up record",
      publisher: null,
      url: null,
      publishedAt: null,
      note: "Made up for tests.",
    },
    text,
    actors: [
      { id: `${tag}-al`, type: "Person", kind: "PERSON", name: "Al Bulk", ...none, evidence: [spanOf(text, "Al Bulk")] },
      { id: `${tag}-bo`, type: "Person", kind: "PERSON", name: "Bo Bulk", ...none, evidence: [spanOf(text, "Bo Bulk")] },
      { id: `${tag}-ministry`, type: "Organization", kind: "GOVERNMENT", name: "ministry", ...none, evidence: [spanOf(text, "ministry")] },
    ],
    events: [],
    statements,
    denials: statements
      .filter((_, i) => i % 10 === 0)
      .map((statement) => ({
        id: `${statement.id}-denied`,
        denierId: `${tag}-ministry`,
        targetType: "Statement" as const,
        targetId: statement.id,
        content: "The ministry denied it.",
        quote: null,
        cue: "denied",
        statedAt: null,
        note: null,
        evidence: [ministry],
      })),
  };
}
