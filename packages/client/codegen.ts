// GraphQL Code Generator: plain TypeScript and typed documents for src/operations, from the committed server schema.
// `npm run codegen -w @claimline/client` rewrites src/generated; test/codegen.test.ts fails when it is stale.
import { fileURLToPath } from "node:url";
import type { CodegenConfig } from "@graphql-codegen/cli";

const HERE = fileURLToPath(new URL(".", import.meta.url));
export const SCHEMA = `${HERE}../../apps/server/schema.graphql`;

/** Custom scalars as a client receives them: JSON strings and values. */
const SCALARS = { LocalDate: "string", DateTimeISO: "string", JSON: "unknown", JSONObject: "Record<string, unknown>" };

/** The generator's settings, writing into `outDir` (src/generated/ normally, a temp dir in the staleness test). */
export function codegenConfig(outDir = `${HERE}src/generated/`): CodegenConfig {
  const dir = outDir.endsWith("/") ? outDir : `${outDir}/`;
  return {
    schema: SCHEMA,
    documents: [`${HERE}src/operations/*.graphql`],
    ignoreNoDocuments: false,
    silent: true,
    generates: {
      [`${dir}schema-types.ts`]: {
        plugins: ["typescript"],
        config: {
          // Every enum and input of the schema, as plain TypeScript (no object types: those are the server's, and
          // a client sees only what it selects). Enums are `as const` objects: values at run time, unions as types.
          onlyOperationTypes: true,
          enumsAsConst: true,
          useTypeImports: true,
          scalars: SCALARS,
        },
      },
      [`${dir}graphql.ts`]: {
        plugins: ["typescript-operations", "typed-document-node"],
        config: {
          importSchemaTypesFrom: `${dir}schema-types.ts`,
          // Node's ESM resolution wants the extension on relative imports.
          importExtension: ".js",
          useTypeImports: true,
          scalars: SCALARS,
        },
      },
      [`${dir}possible-types.ts`]: {
        plugins: ["fragment-matcher"],
        config: { apolloClientVersion: 3, useExplicitTyping: true },
      },
    },
  };
}

export default codegenConfig();
