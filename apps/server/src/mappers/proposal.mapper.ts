import type { Proposal, Span } from "@claimline/ingest";
import {
  ProposedActor,
  ProposedDenial,
  ProposedDenialTarget,
  ProposedEvent,
  ProposedSpan,
  ProposedStatement,
  TextProposal,
} from "@claimline/schema";
import { build } from "./fields.js";
import { partialDateFrom } from "./partial-date.mapper.js";

const span = ({ start, end, exact }: Span): ProposedSpan => build(ProposedSpan, { start, end, exact });

/** The ingest assistant's proposal, and its import document, as their GraphQL types. Ids inside are slugs. */
export function textProposalFrom(p: Proposal, document: Record<string, unknown>): TextProposal {
  return build(TextProposal, {
    actors: p.actors.map((a) =>
      build(ProposedActor, {
        slug: a.id,
        actorId: a.isNew ? null : `${a.type}:${a.id}`,
        isNew: a.isNew,
        type: a.type,
        kind: a.kind,
        name: a.name,
        aliases: a.aliases,
        mentions: a.mentions.map(span),
        confidence: a.confidence,
        rule: a.rule,
      }),
    ),
    statements: p.statements.map((s) =>
      build(ProposedStatement, {
        slug: s.id,
        speakerSlug: s.speakerId,
        cue: s.cue,
        cueSpan: span(s.cueSpan),
        speechAct: s.speechAct,
        hedge: s.hedge,
        quoteType: s.quoteType,
        contentSpan: span(s.contentSpan),
        span: span(s.span),
        reportedVia: s.reportedVia,
        confidence: s.confidence,
        rule: s.rule,
      }),
    ),
    denials: p.denials.map((d) =>
      build(ProposedDenial, {
        slug: d.id,
        denierSlug: d.denierId,
        cue: d.cue,
        cueSpan: span(d.cueSpan),
        quoteType: d.quoteType,
        contentSpan: span(d.contentSpan),
        span: span(d.span),
        target: d.target && build(ProposedDenialTarget, { type: d.target.type, slug: d.target.id }),
        confidence: d.confidence,
        rule: d.rule,
      }),
    ),
    events: p.events.map((e) =>
      build(ProposedEvent, {
        slug: e.id,
        title: e.title,
        type: e.type,
        status: e.status,
        start: partialDateFrom(e.start),
        participantSlugs: e.participantIds,
        mentions: e.mentions.map(span),
        confidence: e.confidence,
        rule: e.rule,
      }),
    ),
    document,
  });
}
