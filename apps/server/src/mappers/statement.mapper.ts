import { Statement } from "@claimline/schema";
import type { StatementRecord } from "@claimline/store";
import { audit, build } from "./fields.js";
import { partialDateFrom } from "./partial-date.mapper.js";

/** A stored statement as its GraphQL type; its relations resolve later through loaders. */
export function statementFrom(r: StatementRecord): Statement {
  return build<Statement, "speaker" | "occasion" | "about" | "evidence" | "status">(Statement, {
    slug: r.id,
    ...audit(r),
    speakerId: r.speakerId,
    occasionId: r.occasionId,
    content: r.content,
    quote: r.quote,
    quoteType: r.quoteType,
    speechAct: r.speechAct,
    cue: r.cue,
    hedged: r.hedge != null,
    hedge: r.hedge,
    statedAt: partialDateFrom(r.statedAt),
    topics: r.topics,
    rank: r.rank,
    rankReason: r.rankReason,
    note: r.note,
  });
}
