import { readFile } from "node:fs/promises";
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isUnionType } from "graphql";
import { describe, expect, it } from "vitest";
import { buildClaimlineSchema, printClaimlineSchema } from "../src/index.js";

describe("the GraphQL schema", () => {
  it("matches the committed apps/server/schema.graphql (run `npm run build` to regenerate)", async () => {
    const committed = await readFile(new URL("../schema.graphql", import.meta.url), "utf8");
    expect(printClaimlineSchema(await buildClaimlineSchema())).toBe(committed);
  });

  it("describes every type, field, argument and enum value", async () => {
    const schema = await buildClaimlineSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || ["String", "Int", "Float", "Boolean", "ID"].includes(type.name)) continue;
      if (!type.description && !["Query", "Mutation", "Subscription"].includes(type.name)) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type) && type.getValues().some((v) => !v.description) && !type.description) missing.push(`${type.name} values`);
      if (isUnionType(type) && !type.description) missing.push(type.name);
    }
    expect(missing).toEqual([]);
  });

  it("gives the domain types their DESIGN names", async () => {
    const schema = await buildClaimlineSchema();
    for (const name of [
      "Node",
      "Actor",
      "Person",
      "Organization",
      "Source",
      "Evidence",
      "Statement",
      "Denial",
      "DenialTarget",
      "Event",
      "Participant",
      "PartialDate",
      "PageInfo",
      "StatementConnection",
      "StatementEdge",
    ]) {
      expect(schema.getType(name), name).toBeDefined();
    }
  });
});
