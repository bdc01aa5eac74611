import { createUnionType, Field, Float, ObjectType } from "type-graphql";
import { Denial } from "./denial.type.js";
import { Event } from "./event.type.js";
import { Organization } from "./organization.type.js";
import { Person } from "./person.type.js";
import { Statement } from "./statement.type.js";

/** Anything `search` can find. */
export const SearchResult = createUnionType({
  name: "SearchResult",
  description: "Anything the search finds: an actor, a statement, a denial or an event.",
  types: () => [Person, Organization, Statement, Denial, Event] as const,
});

@ObjectType("SearchHit", { description: "One ranked search result." })
export class SearchHit {
  @Field(() => SearchResult, { description: "The record found." })
  node!: Person | Organization | Statement | Denial | Event;

  @Field(() => Float, { description: "Relevance; higher is better. Comparable within one search only." })
  score!: number;

  @Field(() => String, { description: "The matching text with each match wrapped in «guillemets»." })
  snippet!: string;
}
