// GraphQL Code Generator: types for the dashboard's own operations and fragments in src/, from the committed server
// schema. Shared enums, inputs, possible types and cache policies come from @claimline/client.
// `npm run codegen -w @claimline/dashboard` rewrites src/gql; test/codegen.test.ts fails when it is stale.
import { fileURLToPath } from "node:url";
import type { CodegenConfig } from "@graphql-codegen/cli";

const HERE = fileURLToPath(new URL(".", import.meta.url));

/** The generator's settings, writing into `outDir` (src/gql/ normally, a temp dir in the staleness test). */
export function codegenConfig(outDir = `${HERE}src/gql/`): CodegenConfig {
  const dir = outDir.endsWith("/") ? outDir : `${outDir}/`;
  return {
    schema: `${HERE}../server/schema.graphql`,
    documents: [`${HERE}src/**/*.tsx`, `!${HERE}src/gql/**`],
    ignoreNoDocuments: false,
    silent: true,
    generates: {
      [dir]: {
        preset: "client",
        presetConfig: { fragmentMasking: { unmaskFunctionName: "getFragmentData" } },
        config: {
          // String unions, not TypeScript enums: nothing from the schema becomes runtime code in the bundle.
          enumsAsTypes: true,
          useTypeImports: true,
          scalars: { LocalDate: "string", DateTimeISO: "string" },
        },
      },
    },
  };
}

export default codegenConfig();
