import { ObjectType } from "type-graphql";
import { Actor } from "./actor.type.js";
import { Node } from "./node.type.js";

@ObjectType("Organization", {
  implements: [Node, Actor],
  description: "A government, a news organisation, or a collective the source speaks of as one voice.",
})
export class Organization extends Actor {
  override readonly typename = "Organization" as const;
}
