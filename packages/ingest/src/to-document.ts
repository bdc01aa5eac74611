import type { SourceDocumentInput } from "@claimline/store";
import { slugify } from "./actors.js";
import type { Proposal, Provenance, SourceInfo } from "./proposal.js";

const note = (p: Provenance, extra?: string | null) =>
  `Proposed by the ingest assistant (rule ${p.rule}, confidence ${p.confidence})${extra ? `; ${extra}` : ""}. Review before import.`;

/**
 * A proposal as an import document (`npm run import`, `importSource`), text inline. Each record's rule and confidence
 * go in its note (an actor's in its description, with "new" when no known actor matched); a denial whose target was
 * not found is left out, since the format needs one. Known actors are included with their mentions, so the import
 * adds spans to them.
 */
export function toDocument(proposal: Proposal, source: SourceInfo = {}): SourceDocumentInput {
  const title = source.title ?? firstLine(proposal.text);
  const denials = proposal.denials.filter((d) => d.target !== null);
  const dropped = proposal.denials.length - denials.length;
  return {
    source: {
      id: source.id ?? (slugify(title) || "article"),
      title,
      publisher: source.publisher ?? null,
      url: source.url ?? null,
      publishedAt: source.published
        ? { value: source.published, precision: "DAY", earliest: source.published, latest: source.published }
        : null,
      note: `Proposed by the ingest assistant${dropped ? `; ${dropped} denial(s) without a target left out` : ""}.`,
    },
    text: proposal.text,
    actors: proposal.actors.map((a) => ({
      id: a.id,
      type: a.type,
      kind: a.kind,
      name: a.name,
      aliases: a.aliases.filter((x) => x !== a.name),
      description: a.isNew ? `New actor. ${note(a)}` : null,
      evidence: a.mentions.slice(0, 50),
    })),
    events: proposal.events.map((e) => ({
      id: e.id,
      title: e.title,
      type: e.type,
      status: e.status,
      start: e.start,
      participants: e.participantIds.map((actorId) => ({ actorId })),
      evidence: e.mentions.slice(0, 50),
      note: note(e),
    })),
    statements: proposal.statements.map((s) => ({
      id: s.id,
      speakerId: s.speakerId,
      content: s.contentSpan.exact,
      quote: s.quoteType === "DIRECT" ? s.contentSpan.exact : null,
      quoteType: s.quoteType,
      speechAct: s.speechAct,
      cue: s.cue,
      hedge: s.hedge,
      evidence: [s.span],
      note: note(s, s.reportedVia ? `second-hand, via ${s.reportedVia}` : null),
    })),
    denials: denials.map((d) => ({
      id: d.id,
      denierId: d.denierId,
      targetType: d.target?.type ?? "Statement",
      targetId: d.target?.id ?? "",
      content: d.contentSpan.exact,
      quote: d.quoteType === "DIRECT" ? d.contentSpan.exact : null,
      cue: d.cue,
      evidence: [d.span],
      note: note(d),
    })),
  };
}

function firstLine(text: string): string {
  return (text.trim().split("\n")[0] ?? "Untitled article").trim().slice(0, 300) || "Untitled article";
}
