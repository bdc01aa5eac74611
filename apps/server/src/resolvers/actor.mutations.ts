import {
  CreateOrganizationInput,
  CreateOrganizationPayload,
  CreatePersonInput,
  CreatePersonPayload,
  UpdateOrganizationInput,
  UpdateOrganizationPayload,
  UpdatePersonInput,
  UpdatePersonPayload,
} from "@claimline/schema";
import { createRecord, updateRecord } from "@claimline/store";
import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { loadOrganization, loadPerson } from "../services/records.service.js";
import { changed, payload, stored, storeInput, unannounced, write } from "../services/write.service.js";

const EDITORS = ["editor", "admin"] as const;

@Resolver()
export class ActorMutations {
  @Authorized(...EDITORS)
  @Mutation(() => CreatePersonPayload, { description: "Adds a person named in a stored source (editors)." })
  async createPerson(
    @Arg("input", () => CreatePersonInput, { description: "What to write." }) input: CreatePersonInput,
    @Ctx() ctx: Context,
  ) {
    const { id, created } = await write(
      ctx,
      "input",
      (author) => createRecord(ctx.store.db, "Person", storeInput(input, "Person"), { author }),
      unannounced,
    );
    return payload(CreatePersonPayload, input, { person: await stored(loadPerson(ctx, id)), created });
  }

  @Authorized(...EDITORS)
  @Mutation(() => UpdatePersonPayload, { description: "Changes a person's details, keeping the previous version as a revision (editors)." })
  async updatePerson(
    @Arg("input", () => UpdatePersonInput, { description: "What to write." }) input: UpdatePersonInput,
    @Ctx() ctx: Context,
  ) {
    const { id, ...patch } = storeInput(input, "Person");
    const slug = String(id);
    const result = await write(
      ctx,
      "input",
      (author) => updateRecord(ctx.store.db, "Person", slug, patch, { author }),
      changed("Person", slug),
    );
    return payload(UpdatePersonPayload, input, { person: await stored(loadPerson(ctx, slug)), ...result });
  }

  @Authorized(...EDITORS)
  @Mutation(() => CreateOrganizationPayload, { description: "Adds an organisation or collective named in a stored source (editors)." })
  async createOrganization(
    @Arg("input", () => CreateOrganizationInput, { description: "What to write." }) input: CreateOrganizationInput,
    @Ctx() ctx: Context,
  ) {
    const { id, created } = await write(
      ctx,
      "input",
      (author) => createRecord(ctx.store.db, "Organization", storeInput(input, "Organization"), { author }),
      unannounced,
    );
    return payload(CreateOrganizationPayload, input, { organization: await stored(loadOrganization(ctx, id)), created });
  }

  @Authorized(...EDITORS)
  @Mutation(() => UpdateOrganizationPayload, {
    description: "Changes an organisation's details, keeping the previous version as a revision (editors).",
  })
  async updateOrganization(
    @Arg("input", () => UpdateOrganizationInput, { description: "What to write." }) input: UpdateOrganizationInput,
    @Ctx() ctx: Context,
  ) {
    const { id, ...patch } = storeInput(input, "Organization");
    const slug = String(id);
    const result = await write(
      ctx,
      "input",
      (author) => updateRecord(ctx.store.db, "Organization", slug, patch, { author }),
      changed("Organization", slug),
    );
    return payload(UpdateOrganizationPayload, input, { organization: await stored(loadOrganization(ctx, slug)), ...result });
  }
}
