import {
  CreateStatementInput,
  CreateStatementPayload,
  DeprecateStatementInput,
  DeprecateStatementPayload,
  UpdateStatementInput,
  UpdateStatementPayload,
} from "@claimline/schema";
import { createRecord, deprecateStatement, updateRecord } from "@claimline/store";
import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { loadStatement } from "../services/records.service.js";
import { added, changed, payload, stored, storeInput, write } from "../services/write.service.js";

const EDITORS = ["editor", "admin"] as const;

@Resolver()
export class StatementMutations {
  @Authorized(...EDITORS)
  @Mutation(() => CreateStatementPayload, { description: "Adds a statement with the spans of stored sources that report it (editors)." })
  async createStatement(
    @Arg("input", () => CreateStatementInput, { description: "What to write." }) input: CreateStatementInput,
    @Ctx() ctx: Context,
  ) {
    const { id, created } = await write(
      ctx,
      "input",
      (author) => createRecord(ctx.store.db, "Statement", storeInput(input, "Statement"), { author }),
      added("statementAdded", "Statement"),
    );
    return payload(CreateStatementPayload, input, { statement: await stored(loadStatement(ctx, id)), created });
  }

  @Authorized(...EDITORS)
  @Mutation(() => UpdateStatementPayload, {
    description: "Changes a statement, keeping the previous version as a revision; its evidence never changes (editors).",
  })
  async updateStatement(
    @Arg("input", () => UpdateStatementInput, { description: "What to write." }) input: UpdateStatementInput,
    @Ctx() ctx: Context,
  ) {
    const { id, ...patch } = storeInput(input, "Statement");
    const slug = String(id);
    const result = await write(
      ctx,
      "input",
      (author) => updateRecord(ctx.store.db, "Statement", slug, patch, { author }),
      changed("Statement", slug),
    );
    return payload(UpdateStatementPayload, input, { statement: await stored(loadStatement(ctx, slug)), ...result });
  }

  @Authorized(...EDITORS)
  @Mutation(() => DeprecateStatementPayload, {
    description:
      "Marks a statement DEPRECATED with a reason: gone from default lists and search, still readable by id and with includeDeprecated; never deleted (editors).",
  })
  async deprecateStatement(
    @Arg("input", () => DeprecateStatementInput, { description: "What to write." }) input: DeprecateStatementInput,
    @Ctx() ctx: Context,
  ) {
    const { id, reason } = storeInput(input, "Statement");
    const slug = String(id);
    const result = await write(
      ctx,
      "input",
      (author) => deprecateStatement(ctx.store.db, { id: slug, reason }, { author }),
      changed("Statement", slug),
    );
    return payload(DeprecateStatementPayload, input, { statement: await stored(loadStatement(ctx, slug)), ...result });
  }
}
