import {
  CreateDenialInput,
  CreateDenialPayload,
  CreateEventInput,
  CreateEventPayload,
  UpdateDenialInput,
  UpdateDenialPayload,
  UpdateEventInput,
  UpdateEventPayload,
} from "@claimline/schema";
import { createRecord, updateRecord } from "@claimline/store";
import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { loadDenial, loadEvent } from "../services/records.service.js";
import type { Change } from "../live/changes.js";
import { added, changed, payload, stored, storeInput, unannounced, write } from "../services/write.service.js";

const EDITORS = ["editor", "admin"] as const;

@Resolver()
export class DenialEventMutations {
  @Authorized(...EDITORS)
  @Mutation(() => CreateDenialPayload, { description: "Adds an actor's denial of a stored statement or event (editors)." })
  async createDenial(
    @Arg("input", () => CreateDenialInput, { description: "What to write." }) input: CreateDenialInput,
    @Ctx() ctx: Context,
  ) {
    const fields = storeInput(input, "Denial");
    // A denied statement or event now reads DISPUTED: that is a change to it too.
    const target: Change = { topic: "recordChanged", id: `${String(fields.targetType)}:${String(fields.targetId)}` };
    const { id, created } = await write(
      ctx,
      "input",
      (author) => createRecord(ctx.store.db, "Denial", fields, { author }),
      added("denialAdded", "Denial", [target]),
    );
    return payload(CreateDenialPayload, input, { denial: await stored(loadDenial(ctx, id)), created });
  }

  @Authorized(...EDITORS)
  @Mutation(() => UpdateDenialPayload, { description: "Changes a denial, keeping the previous version as a revision (editors)." })
  async updateDenial(
    @Arg("input", () => UpdateDenialInput, { description: "What to write." }) input: UpdateDenialInput,
    @Ctx() ctx: Context,
  ) {
    const { id, ...patch } = storeInput(input, "Denial");
    const slug = String(id);
    const result = await write(
      ctx,
      "input",
      (author) => updateRecord(ctx.store.db, "Denial", slug, patch, { author }),
      changed("Denial", slug),
    );
    return payload(UpdateDenialPayload, input, { denial: await stored(loadDenial(ctx, slug)), ...result });
  }

  @Authorized(...EDITORS)
  @Mutation(() => CreateEventPayload, { description: "Adds an event a stored source speaks of (editors)." })
  async createEvent(@Arg("input", () => CreateEventInput, { description: "What to write." }) input: CreateEventInput, @Ctx() ctx: Context) {
    const { id, created } = await write(
      ctx,
      "input",
      (author) => createRecord(ctx.store.db, "Event", storeInput(input, "Event"), { author }),
      unannounced,
    );
    return payload(CreateEventPayload, input, { event: await stored(loadEvent(ctx, id)), created });
  }

  @Authorized(...EDITORS)
  @Mutation(() => UpdateEventPayload, { description: "Changes an event, keeping the previous version as a revision (editors)." })
  async updateEvent(@Arg("input", () => UpdateEventInput, { description: "What to write." }) input: UpdateEventInput, @Ctx() ctx: Context) {
    const { id, ...patch } = storeInput(input, "Event");
    const slug = String(id);
    const result = await write(
      ctx,
      "input",
      (author) => updateRecord(ctx.store.db, "Event", slug, patch, { author }),
      changed("Event", slug),
    );
    return payload(UpdateEventPayload, input, { event: await stored(loadEvent(ctx, slug)), ...result });
  }
}
