import type { SourceInfo } from "@claimline/ingest";
import type { ProposalSourceInput, TextProposal } from "@claimline/schema";
import { listActorNames } from "@claimline/store";
import type { Context } from "../context.js";
import { badInput } from "../errors.js";
import { textProposalFrom } from "../mappers/proposal.mapper.js";

/** Longest text proposed from in one request: a long article (about 15,000 words) stays well inside the deadline. */
export const MAX_PROPOSAL_TEXT = 100_000;

/**
 * Reads a text with the ingest assistant against every stored actor's names and aliases, and answers the proposal
 * with its import document. Writes nothing.
 */
export async function proposeFromText(ctx: Context, text: string, source: ProposalSourceInput | null | undefined): Promise<TextProposal> {
  if (!text.trim()) throw badInput("text is empty: paste the article to read", { argument: "text" });
  if (text.length > MAX_PROPOSAL_TEXT) {
    throw badInput(`text is ${text.length} characters; at most ${MAX_PROPOSAL_TEXT} are read at once`, { argument: "text" });
  }
  if (source?.url != null && !/^https?:\/\//.test(source.url))
    throw badInput("source.url must be an http or https URL", { argument: "source.url" });
  // Loaded on first use: the language model takes about a second to load, which server start-up should not pay.
  const { propose, toDocument } = await import("@claimline/ingest");
  const known = await listActorNames(ctx.store.db);
  const info: SourceInfo = {
    id: source?.id ?? undefined,
    title: source?.title ?? undefined,
    publisher: source?.publisher ?? undefined,
    url: source?.url ?? undefined,
    published: source?.published ?? undefined,
  };
  const proposal = propose(text, { known, published: info.published });
  return textProposalFrom(proposal, { ...toDocument(proposal, info) });
}
