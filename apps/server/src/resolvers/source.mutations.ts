import {
  CreateSourceInput,
  CreateSourcePayload,
  ImportSourceInput,
  ImportSourcePayload,
  UpdateSourceInput,
  UpdateSourcePayload,
} from "@claimline/schema";
import { createRecord, importDocument, updateRecord } from "@claimline/store";
import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { loadSource } from "../services/records.service.js";
import { changed, importedChanges, payload, stored, storeInput, unannounced, write } from "../services/write.service.js";

const EDITORS = ["editor", "admin"] as const;

@Resolver()
export class SourceMutations {
  @Authorized(...EDITORS)
  @Mutation(() => ImportSourcePayload, {
    description:
      "Stores a whole annotated source — its text with every actor, event, statement and denial read from it — in one transaction: all or nothing. The same document again changes nothing; another under the same source id is a CONFLICT (editors).",
  })
  async importSource(
    @Arg("input", () => ImportSourceInput, { description: "What to write." }) input: ImportSourceInput,
    @Ctx() ctx: Context,
  ) {
    const summary = await write(
      ctx,
      "document",
      (author) => importDocument(ctx.store.db, input.document, { author }),
      importedChanges(input.document),
    );
    const { sourceId, ...counts } = summary;
    return payload(ImportSourcePayload, input, { source: await stored(loadSource(ctx, sourceId)), ...counts });
  }

  @Authorized(...EDITORS)
  @Mutation(() => CreateSourcePayload, {
    description: "Adds a source document on its own, to cite in later records; its text never changes (editors).",
  })
  async createSource(
    @Arg("input", () => CreateSourceInput, { description: "What to write." }) input: CreateSourceInput,
    @Ctx() ctx: Context,
  ) {
    const { id, created } = await write(
      ctx,
      "input",
      (author) => createRecord(ctx.store.db, "Source", storeInput(input, "Source"), { author }),
      unannounced,
    );
    return payload(CreateSourcePayload, input, { source: await stored(loadSource(ctx, id)), created });
  }

  @Authorized(...EDITORS)
  @Mutation(() => UpdateSourcePayload, {
    description: "Changes a source's title, publisher, URL, date or note — never its text (editors).",
  })
  async updateSource(
    @Arg("input", () => UpdateSourceInput, { description: "What to write." }) input: UpdateSourceInput,
    @Ctx() ctx: Context,
  ) {
    const { id, ...patch } = storeInput(input, "Source");
    const slug = String(id);
    const result = await write(
      ctx,
      "input",
      (author) => updateRecord(ctx.store.db, "Source", slug, patch, { author }),
      changed("Source", slug),
    );
    return payload(UpdateSourcePayload, input, { source: await stored(loadSource(ctx, slug)), ...result });
  }
}
