import { ProposalSourceInput, TextProposal } from "@claimline/schema";
import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { MAX_PROPOSAL_TEXT, proposeFromText } from "../services/proposal.service.js";

const EDITORS = ["editor", "admin"] as const;

@Resolver()
export class ProposalResolver {
  @Authorized(...EDITORS)
  @Query(() => TextProposal, {
    description:
      "Reads an article offline and proposes its actors, statements, denials and events with exact spans, each with a confidence and the rule that found it, plus the import document to review and send to `importSource`. Never writes (editors).",
  })
  proposeFromText(
    @Arg("text", () => String, { description: `The article's full text (at most ${MAX_PROPOSAL_TEXT} characters).` }) text: string,
    @Arg("source", () => ProposalSourceInput, { nullable: true, description: "Where the text comes from." })
    source: ProposalSourceInput | null,
    @Ctx() ctx: Context,
  ) {
    return proposeFromText(ctx, text, source);
  }
}
