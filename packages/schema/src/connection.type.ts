import { Field, Int, ObjectType } from "type-graphql";

/** Relay page information, as GitHub's API gives it. */
@ObjectType("PageInfo", { description: "Where a page sits in its connection." })
export class PageInfo {
  @Field(() => Boolean, { description: "More items follow `endCursor`." })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "More items precede `startCursor`." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first edge; null on an empty page." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last edge; null on an empty page." })
  endCursor!: string | null;
}

export interface Edge<TNode> {
  cursor: string;
  node: TNode;
}

/**
 * Builds the Relay connection and edge types for one node type.
 * Example: `@ObjectType("StatementConnection") class StatementConnection extends Connection(Statement, "Statement") {}`
 */
export function Connection<TNode extends object>(nodeType: abstract new () => TNode, name: string) {
  @ObjectType(`${name}Edge`, { description: `A ${name} with its cursor.` })
  class ConnectionEdge implements Edge<TNode> {
    @Field(() => String, { description: "Opaque cursor: pass it as `after` or `before`." })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node!: TNode;
  }

  // Registered so the named subclass inherits its fields; never emitted, as no field returns it.
  @ObjectType(`${name}ConnectionBase`)
  abstract class ConnectionBase {
    @Field(() => [ConnectionEdge], { description: "The page's items with their cursors." })
    edges!: Edge<TNode>[];

    @Field(() => [nodeType], { description: "The page's items, without cursors." })
    nodes!: TNode[];

    @Field(() => PageInfo, { description: "Where this page sits." })
    pageInfo!: PageInfo;

    /** Counted only when asked for. */
    countTotal!: () => Promise<number>;

    @Field(() => Int, { description: "How many items match, over all pages." })
    totalCount(): Promise<number> {
      return this.countTotal();
    }
  }

  return ConnectionBase;
}
