import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, InterfaceType } from "type-graphql";

/** The types a global id can name: its part before the colon. */
export type NodeTypeName = "Person" | "Organization" | "Source" | "Statement" | "Denial" | "Event";

/**
 * Anything with a global id of the form `Type:slug`, fetchable through `node(id)`. Records carry their slug (their
 * id inside Claimline); the global id is built here, at the API edge, and nowhere else.
 */
@InterfaceType("Node", { description: "An object with a globally unique id of the form `Type:slug`, e.g. `Person:donald-trump`." })
export abstract class Node {
  /** The record's stable kebab-case id inside Claimline, e.g. `donald-trump`. Not exposed on its own. */
  slug!: string;

  /** The GraphQL type this record is. */
  abstract readonly typename: NodeTypeName;

  @Field(() => ID, { description: "Global id: the type name, a colon, and a stable slug." })
  get id(): string {
    return `${this.typename}:${this.slug}`;
  }

  @Field(() => DateTimeISOResolver, { description: "When it was stored." })
  createdAt!: Date;

  @Field(() => DateTimeISOResolver, { description: "When it last changed; equal to createdAt until an update." })
  updatedAt!: Date;

  @Field(() => String, { description: 'Who stored it: the name of the editor\'s token, or "import" / "seed".' })
  createdBy!: string;
}
