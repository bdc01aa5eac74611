import { Field, Float, ObjectType } from "type-graphql";
import { PageInfo } from "./connection.type.js";
import { Statement } from "./statement.type.js";

@ObjectType("SimilarStatementEdge", { description: "A statement that says much the same, with how alike it is." })
export class SimilarStatementEdge {
  @Field(() => String, { description: "Opaque cursor of this edge." })
  cursor!: string;

  @Field(() => Statement, { description: "The similar statement." })
  node!: Statement;

  @Field(() => Float, {
    description:
      "How alike, 0–1: the cosine of the two statements' weighted words (with their speakers' and subjects' names), plus, for a statement, a share for the same speaker, subjects and occasion.",
  })
  score!: number;
}

@ObjectType("SimilarStatementConnection", { description: "Statements that say much the same, most alike first." })
export class SimilarStatementConnection {
  @Field(() => [SimilarStatementEdge], { description: "The statements with their scores." })
  edges!: SimilarStatementEdge[];

  @Field(() => [Statement], { description: "The statements, without scores." })
  nodes!: Statement[];

  @Field(() => PageInfo, { description: "hasNextPage says whether more (less alike) statements were found; there is one page." })
  pageInfo!: PageInfo;
}
