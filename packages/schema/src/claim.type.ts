import { LocalDateResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { Actor } from "./actor.type.js";
import { PageInfo } from "./connection.type.js";
import { Denial } from "./denial.type.js";
import { Source } from "./source.type.js";
import { Statement } from "./statement.type.js";

@ObjectType("Claim", {
  description:
    'One claim as it was made across sources: a group of statements that say much the same (see `Statement.similar`), with who made it, where, who denied it and when — "made in 3 sources, denied in 2".',
})
export class Claim {
  @Field(() => String, { description: "Names the group while it holds the same statements: the id of its first statement by id." })
  key!: string;

  @Field(() => [Statement], { description: "The statements making the claim, oldest first (by date stated, else by source date)." })
  statements!: Statement[];

  @Field(() => [Source], { description: "Every source that reports one of the statements." })
  sources!: Source[];

  @Field(() => [Actor], { description: "Everyone who made the claim." })
  speakers!: Actor[];

  @Field(() => [Denial], { description: "Every denial of one of the statements." })
  denials!: Denial[];

  @Field(() => [Actor], { description: "Everyone who denied it." })
  deniers!: Actor[];

  @Field(() => Int, { description: "How many sources report it." })
  sourceCount!: number;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "The earliest day it may have been made: the statements' dates, else their sources' publication dates.",
  })
  firstDate!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "The latest day it may have been made, likewise." })
  lastDate!: string | null;
}

@ObjectType("ClaimEdge", { description: "A claim with its cursor." })
export class ClaimEdge {
  @Field(() => String, { description: "Opaque cursor of this edge." })
  cursor!: string;

  @Field(() => Claim, { description: "The claim." })
  node!: Claim;
}

@ObjectType("ClaimConnection", { description: "Claims, most widely reported first." })
export class ClaimConnection {
  @Field(() => [ClaimEdge], { description: "The claims with their cursors." })
  edges!: ClaimEdge[];

  @Field(() => [Claim], { description: "The claims, without cursors." })
  nodes!: Claim[];

  @Field(() => PageInfo, { description: "hasNextPage says whether more claims were found; there is one page." })
  pageInfo!: PageInfo;
}
