import {
  Actor,
  Denial,
  Event,
  Evidence,
  Statement,
  StatementConnection,
  StatementFilter,
  StatementOrder,
  StatementStatus,
} from "@claimline/schema";
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { ConnectionArgs } from "../connection.args.js";
import type { Context } from "../context.js";
import { notFound } from "../errors.js";
import { slugOf } from "../ids.js";
import { denialFrom } from "../mappers/denial.mapper.js";
import { evidenceFrom } from "../mappers/source.mapper.js";
import { loadEvent, loadStatement, requireActor } from "../services/records.service.js";
import { listStatements } from "../services/statement.service.js";

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => Statement, { nullable: true, description: "One statement by global id; null, with a NOT_FOUND error, for an unknown id." })
  async statement(
    @Arg("id", () => ID, { description: 'e.g. "Statement:trump-admits-direct-conversations".' }) id: string,
    @Ctx() ctx: Context,
  ) {
    const statement = await loadStatement(ctx, slugOf(id, ["Statement"], "id"));
    if (!statement) throw notFound(`No statement with id "${id}"`);
    return statement;
  }

  @Query(() => StatementConnection, { description: "Statements matching a filter, newest first by default." })
  statements(
    @Arg("filter", () => StatementFilter, { nullable: true, description: "Which statements; all conditions must hold." })
    filter: StatementFilter | null,
    @Arg("orderBy", () => StatementOrder, { nullable: true, description: "NEWEST_FIRST by default." }) orderBy: StatementOrder | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
  ) {
    return listStatements(ctx, filter, orderBy, args);
  }

  @FieldResolver(() => Actor)
  speaker(@Root() statement: Statement, @Ctx() ctx: Context) {
    return requireActor(ctx, statement.speakerId);
  }

  @FieldResolver(() => Event, { nullable: true })
  occasion(@Root() statement: Statement, @Ctx() ctx: Context) {
    return loadEvent(ctx, statement.occasionId);
  }

  @FieldResolver(() => [Actor])
  async about(@Root() statement: Statement, @Ctx() ctx: Context) {
    const ids = await ctx.records.aboutActorIds.load(statement.slug);
    return Promise.all(ids.map((id) => requireActor(ctx, id)));
  }

  @FieldResolver(() => [Evidence])
  async evidence(@Root() statement: Statement, @Ctx() ctx: Context) {
    return (await ctx.records.evidence.load({ type: "Statement", slug: statement.slug })).map(evidenceFrom);
  }

  @FieldResolver(() => StatementStatus)
  async status(@Root() statement: Statement, @Ctx() ctx: Context) {
    const denials = await ctx.records.denialsOfStatement.load(statement.slug);
    return denials.length > 0 ? StatementStatus.DISPUTED : StatementStatus.UNCONTESTED;
  }

  @FieldResolver(() => [Denial], {
    description: "Every denial of this statement, oldest first. A statement is denied by few, so this is a list.",
  })
  async denials(@Root() statement: Statement, @Ctx() ctx: Context) {
    return (await ctx.records.denialsOfStatement.load(statement.slug)).map(denialFrom);
  }
}
