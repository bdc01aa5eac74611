import { Field, InputType } from "type-graphql";
import { ActorKind } from "./actor.type.js";

@InputType("ActorFilter", { description: "Conditions on actors; all given conditions must hold." })
export class ActorFilter {
  @Field(() => [ActorKind], { nullable: true, description: "Of any of these kinds." })
  kinds?: ActorKind[] | null;

  @Field(() => String, { nullable: true, description: "Name or alias contains this, case-insensitively." })
  text?: string | null;
}
