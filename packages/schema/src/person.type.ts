import { Field, ObjectType } from "type-graphql";
import { Actor } from "./actor.type.js";
import { Node } from "./node.type.js";
import { Role } from "./role.type.js";

@ObjectType("Person", { implements: [Node, Actor], description: "A named individual." })
export class Person extends Actor {
  override readonly typename = "Person" as const;

  @Field(() => [Role], { description: "Positions held, as the sources give them." })
  roles!: Role[];

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code, e.g. "US".' })
  country!: string | null;
}
