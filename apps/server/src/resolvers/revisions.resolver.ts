import { Node, RevisionConnection } from "@claimline/schema";
import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { ConnectionArgs } from "../connection.args.js";
import type { Context } from "../context.js";
import { revisionFrom } from "../mappers/revision.mapper.js";
import { connection } from "../services/connection.service.js";

/** Every record's history: its updates, newest first, each keeping the version it replaced. */
@Resolver(() => Node)
export class RevisionsResolver {
  @FieldResolver(() => RevisionConnection, { description: "The updates made to this record, newest first; empty while it is as created." })
  revisions(@Root() node: Node, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return connection(ctx.lists.revisions, RevisionConnection, revisionFrom, {
      list: "revisions",
      query: {},
      parent: { kind: "record", id: node.id },
      order: "desc",
      args,
    });
  }
}
