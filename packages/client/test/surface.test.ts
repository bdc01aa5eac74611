// What an app imports: enums with their values, typed documents, the cache's policies, a client.
import { readFileSync } from "node:fs";
import { buildSchema, parse, print, validate } from "graphql";
import { describe, expect, it } from "vitest";
import * as client from "../src/index.js";

const SDL = readFileSync(new URL("../../../apps/server/schema.graphql", import.meta.url), "utf8");

describe("@claimline/client", () => {
  it("has every enum of the SDL as a plain object of its values", () => {
    const schema = buildSchema(SDL);
    for (const name of ["ActorKind", "SpeechAct", "QuoteType", "StatementStatus", "EventStatus", "EventType", "StatementOrder"]) {
      const enumType = schema.getType(name);
      if (!enumType || !("getValues" in enumType)) throw new Error(`${name} is not an enum`);
      expect(Object.values((client as unknown as Record<string, Record<string, string>>)[name]!).sort()).toEqual(
        enumType
          .getValues()
          .map((value) => value.name)
          .sort(),
      );
    }
  });

  it("exports typed documents that are valid against the SDL", () => {
    const schema = buildSchema(SDL);
    const documents = [
      client.StatementsDocument,
      client.ActorDocument,
      client.ActorsDocument,
      client.EventDocument,
      client.SearchDocument,
      client.SourceSpanDocument,
      client.RecordDocument,
    ];
    for (const document of documents) expect(validate(schema, parse(print(document)))).toEqual([]);
  });

  it("knows the interfaces and unions, and keys statement pages by filter and order", () => {
    expect(client.possibleTypes.Actor).toEqual(["Organization", "Person"]);
    expect(client.possibleTypes.DenialTarget).toEqual(["Event", "Statement"]);
    const statements = client.typePolicies.Query?.fields?.statements;
    expect(statements).toMatchObject({ keyArgs: ["filter", "orderBy"] });
  });
});
