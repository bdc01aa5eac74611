import { Denial, DenialFilter, Node, Statement, StatementFilter } from "@claimline/schema";
import { countPages, denialList, statementList } from "@claimline/store";
import { Arg, Ctx, ID, Resolver, Root, Subscription } from "type-graphql";
import { renewLoaders, type Context } from "../context.js";
import { parseGlobalId } from "../ids.js";
import { loadDenial, loadNode, loadStatement } from "../services/records.service.js";
import { toDenialQuery } from "../services/denial.service.js";
import { toStatementQuery } from "../services/statement.service.js";
import { stored } from "../services/write.service.js";
import type { Change } from "./changes.js";

interface FilterArgs<F> {
  filter?: F | null;
}

const slug = (change: Change) => parseGlobalId(change.id).slug;

/**
 * Live updates over graphql-ws at /graphql. Each event is read afresh from the database by the receiving process and
 * checked against the subscription's filter with the same SQL as the `statements` and `denials` lists. Reads are
 * public, so anyone may subscribe; after a reconnection, `addedAfter` in the filter catches up on what was missed.
 */
@Resolver()
export class SubscriptionResolver {
  @Subscription(() => Statement, {
    description:
      "Each statement stored from now on that matches the filter (as in `statements`). To miss nothing across a reconnection, re-query `statements(filter: { addedAfter: <the last id received> })`.",
    subscribe: ({ args, context }: { args: FilterArgs<StatementFilter>; context: Context }) => {
      const query = toStatementQuery(args.filter);
      return context.changes.subscribe("statementAdded", async (change) => {
        const matching = await countPages(context.store.db, statementList, { ...query, ids: [slug(change)] }, null, []);
        return matching.get("")?.count === 1;
      });
    },
  })
  statementAdded(
    @Root() change: Change,
    @Arg("filter", () => StatementFilter, { nullable: true, description: "Which statements; all conditions must hold." })
    _filter: StatementFilter | null,
    @Ctx() ctx: Context,
  ) {
    renewLoaders(ctx);
    return stored(loadStatement(ctx, slug(change)));
  }

  @Subscription(() => Denial, {
    description:
      "Each denial stored from now on that matches the filter (as in `denials`). To miss nothing across a reconnection, re-query `denials(filter: { addedAfter: <the last id received> })`.",
    subscribe: ({ args, context }: { args: FilterArgs<DenialFilter>; context: Context }) => {
      const query = toDenialQuery(args.filter);
      return context.changes.subscribe("denialAdded", async (change) => {
        const matching = await countPages(context.store.db, denialList, { ...query, ids: [slug(change)] }, null, []);
        return matching.get("")?.count === 1;
      });
    },
  })
  denialAdded(
    @Root() change: Change,
    @Arg("filter", () => DenialFilter, { nullable: true, description: "Which denials; all conditions must hold." })
    _filter: DenialFilter | null,
    @Ctx() ctx: Context,
  ) {
    renewLoaders(ctx);
    return stored(loadDenial(ctx, slug(change)));
  }

  @Subscription(() => Node, {
    description:
      "The record each time it is updated (or deprecated, or, for a statement or event, denied): its new version, read after the change.",
    subscribe: ({ args, context }: { args: { id: string }; context: Context }) => {
      parseGlobalId(args.id, "id");
      return context.changes.subscribe("recordChanged", (change) => Promise.resolve(change.id === args.id));
    },
  })
  recordChanged(
    @Root() change: Change,
    @Arg("id", () => ID, { description: 'The record to watch, e.g. "Statement:trump-admits-direct-conversations".' }) _id: string,
    @Ctx() ctx: Context,
  ) {
    renewLoaders(ctx);
    return stored(loadNode(ctx, change.id));
  }
}
