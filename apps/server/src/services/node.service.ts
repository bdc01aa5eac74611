import type { Node } from "@claimline/schema";
import type { Context } from "../context.js";
import { parseGlobalId } from "../ids.js";
import { loadActor } from "./actor.service.js";
import { denialFromRow } from "./denial.service.js";
import { loadSource } from "./evidence.service.js";
import { loadEvent } from "./event.service.js";
import { statementFromRow } from "./statement.service.js";

/** Any record by global id; null when no such record exists. A malformed id is BAD_USER_INPUT. */
export async function loadNode(ctx: Context, id: string): Promise<Node | null> {
  const { type, slug } = parseGlobalId(id);
  switch (type) {
    case "Person":
    case "Organization":
      return loadActor(ctx, slug, type);
    case "Statement":
      return ctx.loaders.statement.load(slug).then((row) => row && statementFromRow(row));
    case "Denial":
      return ctx.loaders.denial.load(slug).then((row) => row && denialFromRow(row));
    case "Event":
      return loadEvent(ctx, slug);
    case "Source":
      return loadSource(ctx, slug);
  }
}
