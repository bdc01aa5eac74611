// Writes apps/server/schema.graphql; run by `npm run build`. A test fails when the committed file is stale.
import "reflect-metadata";
import { writeFile } from "node:fs/promises";
import { buildClaimlineSchema, printClaimlineSchema } from "./build-schema.js";

export const SCHEMA_FILE = new URL("../schema.graphql", import.meta.url);

await writeFile(SCHEMA_FILE, printClaimlineSchema(await buildClaimlineSchema()));
