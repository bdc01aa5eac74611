import type { SourceDocument, SpanData } from "@claimline/store";

/** The span of the first `exact` in `text` (after `from`), with the 32 characters either side the importer checks. */
export function spanOf(text: string, exact: string, from = 0): SpanData {
  const start = text.indexOf(exact, from);
  if (start < 0) throw new Error(`"${exact}" is not in the text`);
  const end = start + exact.length;
  return { start, end, exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) };
}

/**
 * A small made-up source, read by hand: one person says something, an organisation denies it. Every span is
 * computed from the text itself. `tag` keeps ids apart when a suite needs more than one.
 */
export function ferryDocument(tag = "ferry"): SourceDocument {
  const text =
    "Harbour council leader Mira Okafor said on Tuesday that the ferry terminal would reopen in June. " +
    "The port authority denied that any reopening date had been agreed.";
  const none = { description: null, country: null, roles: [], aliases: [] };
  return {
    source: {
      id: `${tag}-terminal-report`,
      title: "Ferry terminal to reopen, council says",
      publisher: null,
      url: null,
      publishedAt: null,
      note: "Made up for tests.",
    },
    text,
    actors: [
      { id: `${tag}-mira-okafor`, type: "Person", kind: "PERSON", name: "Mira Okafor", ...none, evidence: [spanOf(text, "Mira Okafor")] },
      {
        id: `${tag}-port-authority`,
        type: "Organization",
        kind: "GOVERNMENT",
        name: "port authority",
        ...none,
        evidence: [spanOf(text, "port authority")],
      },
    ],
    events: [],
    statements: [
      {
        id: `${tag}-terminal-reopens-june`,
        speakerId: `${tag}-mira-okafor`,
        content: "Mira Okafor said the ferry terminal would reopen in June.",
        quote: null,
        quoteType: "INDIRECT",
        speechAct: "CLAIM",
        cue: "said",
        hedge: null,
        statedAt: null,
        occasionId: null,
        aboutIds: [],
        topics: ["ferry-terminal"],
        note: null,
        evidence: [spanOf(text, "Mira Okafor said on Tuesday that the ferry terminal would reopen in June")],
      },
    ],
    denials: [
      {
        id: `${tag}-port-denies-date`,
        denierId: `${tag}-port-authority`,
        targetType: "Statement",
        targetId: `${tag}-terminal-reopens-june`,
        content: "The port authority denied that a reopening date had been agreed.",
        quote: null,
        cue: "denied",
        statedAt: null,
        note: null,
        evidence: [spanOf(text, "The port authority denied that any reopening date had been agreed.")],
      },
    ],
  };
}

/**
 * `ferryDocument(tag)` made long: `padding` characters of filler after the last span, every span recomputed (only
 * the last one's suffix changes). For suites that need sources of a given size.
 */
export function paddedDocument(tag: string, padding: number): SourceDocument {
  const document = ferryDocument(tag);
  const text = `${document.text} ${"harbour dredging report ".repeat(Math.ceil(padding / 24))}`;
  const respan = <T extends { evidence: SpanData[] }>(records: T[]) =>
    records.map((r) => ({ ...r, evidence: r.evidence.map((e) => spanOf(text, e.exact)) }));
  return { ...document, text, actors: respan(document.actors), statements: respan(document.statements), denials: respan(document.denials) };
}
