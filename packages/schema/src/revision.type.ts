import { DateTimeISOResolver, JSONObjectResolver, JSONResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";

@ObjectType("FieldChange", { description: "One field an update changed, with its value before and after." })
export class FieldChange {
  @Field(() => String, { description: 'The field, as named in the update input, e.g. "hedge".' })
  field!: string;

  @Field(() => JSONResolver, { nullable: true, description: "Its value before the update." })
  before!: unknown;

  @Field(() => JSONResolver, { nullable: true, description: "Its value after the update." })
  after!: unknown;
}

/** One update of a record, as Wikidata keeps an item's history. */
@ObjectType("Revision", { description: "One update of a record: who made it, when, what changed, and the whole version it replaced." })
export class Revision {
  @Field(() => Int, { description: "2 for the first update; revision 1 is the record as created (createdAt, createdBy)." })
  revision!: number;

  @Field(() => DateTimeISOResolver, { description: "When the update was made." })
  changedAt!: Date;

  @Field(() => String, { description: "The name of the token that made it." })
  changedBy!: string;

  @Field(() => [FieldChange], { description: "The fields it changed." })
  changes!: FieldChange[];

  @Field(() => JSONObjectResolver, { description: "The editable fields of the version it replaced." })
  previous!: Record<string, unknown>;
}
