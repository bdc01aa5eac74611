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
import { parseGlobalId, slugOf } from "../ids.js";
import { loadActor } from "../services/actor.service.js";
import { denialFromRow } from "../services/denial.service.js";
import { evidenceOf } from "../services/evidence.service.js";
import { loadEvent } from "../services/event.service.js";
import { listStatements, statementFromRow } from "../services/statement.service.js";

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => Statement, { description: "One statement by global id. Unknown ids are NOT_FOUND." })
  async statement(
    @Arg("id", () => ID, { description: 'e.g. "Statement:trump-admits-direct-conversations".' }) id: string,
    @Ctx() ctx: Context,
  ) {
    const row = await ctx.loaders.statement.load(slugOf(id, ["Statement"]));
    if (!row) throw notFound(`No statement with id "${id}"`);
    return statementFromRow(row);
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
  async speaker(@Root() statement: Statement, @Ctx() ctx: Context) {
    return (await loadActor(ctx, statement.speakerId))!;
  }

  @FieldResolver(() => Event, { nullable: true })
  occasion(@Root() statement: Statement, @Ctx() ctx: Context) {
    return loadEvent(ctx, statement.occasionId);
  }

  @FieldResolver(() => [Actor])
  async about(@Root() statement: Statement, @Ctx() ctx: Context) {
    const ids = await ctx.loaders.aboutActorIds.load(parseGlobalId(statement.id).slug);
    return Promise.all(ids.map((id) => loadActor(ctx, id)));
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() statement: Statement, @Ctx() ctx: Context) {
    return evidenceOf(ctx, "Statement", parseGlobalId(statement.id).slug);
  }

  @FieldResolver(() => StatementStatus)
  async status(@Root() statement: Statement, @Ctx() ctx: Context) {
    const denials = await ctx.loaders.denialsOfStatement.load(parseGlobalId(statement.id).slug);
    return denials.length > 0 ? StatementStatus.DISPUTED : StatementStatus.UNCONTESTED;
  }

  @FieldResolver(() => [Denial], {
    description: "Every denial of this statement, oldest first. A statement is denied by few, so this is a list.",
  })
  async denials(@Root() statement: Statement, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.denialsOfStatement.load(parseGlobalId(statement.id).slug);
    return rows.map(denialFromRow);
  }
}
