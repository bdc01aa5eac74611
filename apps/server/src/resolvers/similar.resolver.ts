import { ClaimConnection, SimilarStatementConnection, Statement, StatementFilter } from "@claimline/schema";
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { MAX_PAGE_SIZE } from "../connection.args.js";
import type { Context } from "../context.js";
import { CLAIM_POOL, claims } from "../services/claims.service.js";
import { searchText } from "../services/search-text.js";
import { similar } from "../services/similar.service.js";

const DEFAULT_SIMILAR = 10;

/** "More like this": statements, across sources, that say what a statement or a text says. */
@Resolver(() => Statement)
export class SimilarResolver {
  @FieldResolver(() => SimilarStatementConnection, {
    description: "Other statements, in any source, that say much the same, most alike first (deprecated ones left out).",
  })
  similar(
    @Root() statement: Statement,
    @Arg("first", () => Int, { defaultValue: DEFAULT_SIMILAR, description: `How many (1–${MAX_PAGE_SIZE}).` }) first: number,
    @Ctx() ctx: Context,
  ) {
    return similar(ctx, { statementId: statement.slug }, first, "first");
  }

  @Query(() => SimilarStatementConnection, {
    description: "Statements that say much the same as a text (a claim to check, say), most alike first.",
  })
  similarStatements(
    @Arg("text", () => String, { description: "The claim, in words: at most 500 characters and 32 words." }) text: string,
    @Arg("first", () => Int, { defaultValue: DEFAULT_SIMILAR, description: `How many (1–${MAX_PAGE_SIZE}).` }) first: number,
    @Ctx() ctx: Context,
  ) {
    return similar(ctx, { text: searchText(text, "text") }, first, "first");
  }

  @Query(() => ClaimConnection, {
    description: `Claims: groups of statements across sources that say much the same, with their sources, speakers, deniers and dates, most widely reported first. Grouped from the newest ${CLAIM_POOL} statements matching the filter.`,
  })
  claims(
    @Arg("first", () => Int, { defaultValue: DEFAULT_SIMILAR, description: `How many (1–${MAX_PAGE_SIZE}).` }) first: number,
    @Arg("filter", () => StatementFilter, { nullable: true, description: "Which statements to group; all conditions must hold." })
    filter: StatementFilter | null,
    @Ctx() ctx: Context,
  ) {
    return claims(ctx, filter, first);
  }
}
