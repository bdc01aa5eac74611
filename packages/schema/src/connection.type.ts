import { Field, Int, ObjectType } from "type-graphql";

/** A connection's count: exact, or (past the count bound of a filtered list) a lower bound. */
export interface ConnectionCount {
  count: number;
  isLowerBound: boolean;
}

/** Relay page information, as GitHub's API gives it, and whether the connection's `totalCount` is exact. */
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

  /** The connection's count, made only when asked for; absent on connections without `totalCount`. */
  countTotal?: () => Promise<ConnectionCount>;

  @Field(() => Boolean, {
    description:
      'True when `totalCount` is a lower bound: under a filter, a list is counted up to 10,000 rows, and when more match `totalCount` is 10,001 ("more than 10,000"). False when it is exact, or the connection has no `totalCount`.',
  })
  async totalCountIsLowerBound(): Promise<boolean> {
    return this.countTotal ? (await this.countTotal()).isLowerBound : false;
  }
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
    countTotal!: () => Promise<ConnectionCount>;

    @Field(() => Int, {
      description:
        "How many items match, over all pages. Exact without a filter, or with one that only names speakers, deniers, or one occasion, subject or participant (kept counters answer); under any other filter exact up to 10,000, and past that 10,001 with `pageInfo.totalCountIsLowerBound` true.",
    })
    async totalCount(): Promise<number> {
      return (await this.countTotal()).count;
    }
  }

  return ConnectionBase;
}
