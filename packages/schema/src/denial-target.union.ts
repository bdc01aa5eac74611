import { createUnionType } from "type-graphql";
import { Event } from "./event.type.js";
import { Statement } from "./statement.type.js";

/** What a denial denies: something said, or that something happened. */
export const DenialTarget = createUnionType({
  name: "DenialTarget",
  description: "What a denial denies: a statement, or an event's having happened.",
  types: () => [Statement, Event] as const,
});
