import { isEnumType, isInterfaceType, isObjectType, isUnionType } from "graphql";
import { buildSchema, Field, ObjectType, Query, Resolver } from "type-graphql";
import { describe, expect, it } from "vitest";
import * as domain from "../src/index.js";

@ObjectType("Probe", { description: "Reaches every domain type, so the schema holds them all." })
class Probe {
  @Field(() => domain.SearchHit, { description: "A search hit." }) hit!: domain.SearchHit;
  @Field(() => domain.Denial, { description: "A denial." }) denial!: domain.Denial;
  @Field(() => domain.StatementConnection, { description: "Statements." }) statements!: domain.StatementConnection;
  @Field(() => domain.ActorConnection, { description: "Actors." }) actors!: domain.ActorConnection;
  @Field(() => domain.EventConnection, { description: "Events." }) events!: domain.EventConnection;
  @Field(() => domain.DenialConnection, { description: "Denials." }) denials!: domain.DenialConnection;
  @Field(() => domain.SourceConnection, { description: "Sources." }) sources!: domain.SourceConnection;
}

@Resolver()
class ProbeResolver {
  @Query(() => Probe, { nullable: true, description: "Probe." })
  probe(): Probe | null {
    return null;
  }
}

describe("the schema package", () => {
  it("builds into a GraphQL schema with every DESIGN type under its explicit name", async () => {
    const schema = await buildSchema({ resolvers: [ProbeResolver], validate: false });
    expect(isInterfaceType(schema.getType("Node"))).toBe(true);
    expect(isInterfaceType(schema.getType("Actor"))).toBe(true);
    for (const name of [
      "Person",
      "Organization",
      "Source",
      "Evidence",
      "Statement",
      "Denial",
      "Event",
      "Participant",
      "PartialDate",
      "Role",
      "PageInfo",
      "StatementEdge",
    ]) {
      expect(isObjectType(schema.getType(name)), name).toBe(true);
    }
    expect(isUnionType(schema.getType("DenialTarget"))).toBe(true);
    for (const name of ["ActorKind", "SpeechAct", "QuoteType", "StatementStatus", "Rank", "EventType", "EventStatus", "DatePrecision"]) {
      expect(isEnumType(schema.getType(name)), name).toBe(true);
    }
  });

  it("has Person and Organization implement both Node and Actor", async () => {
    const schema = await buildSchema({ resolvers: [ProbeResolver], validate: false });
    for (const name of ["Person", "Organization"]) {
      const type = schema.getType(name);
      if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
      expect(
        type
          .getInterfaces()
          .map((i) => i.name)
          .sort(),
      ).toEqual(["Actor", "Node"]);
    }
  });
});
