import { Field, ID, InterfaceType } from "type-graphql";

/** Anything with a global id of the form `Type:slug`, fetchable through `node(id)`. */
@InterfaceType("Node", { description: "An object with a globally unique id of the form `Type:slug`, e.g. `Person:donald-trump`." })
export abstract class Node {
  @Field(() => ID, { description: "Global id: the type name, a colon, and a stable slug." })
  id!: string;
}
