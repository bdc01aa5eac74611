// The build ships the committed SDL inside the package, so `@claimline/client/schema.graphql` works once installed.
import { copyFileSync } from "node:fs";
import { fileURLToPath, URL } from "node:url";

const from = fileURLToPath(new URL("../../../apps/server/schema.graphql", import.meta.url));
copyFileSync(from, fileURLToPath(new URL("../dist/schema.graphql", import.meta.url)));
