// `npm run token -- create --role editor --name NAME | list | revoke ID`: API tokens for the database DATABASE_URL names.
import { parseArgs } from "node:util";
import { createToken, listTokens, migrateToLatest, revokeToken, TOKEN_ROLES, type TokenRole } from "@claimline/store";
import { runCommand } from "./open-store.js";

const USAGE = `usage: npm run token -- create --role ${TOKEN_ROLES.join("|")} --name NAME
       npm run token -- list
       npm run token -- revoke TOKEN_ID`;

await runCommand("token", async (store) => {
  const { positionals, values } = parseArgs({ options: { role: { type: "string" }, name: { type: "string" } }, allowPositionals: true });
  const [command, argument] = positionals;
  await migrateToLatest(store.db);
  switch (command) {
    case "create": {
      const role = values.role as TokenRole | undefined;
      const name = values.name?.trim();
      if (!role || !TOKEN_ROLES.includes(role) || !name)
        throw new Error(`create needs --role (${TOKEN_ROLES.join(", ")}) and --name\n${USAGE}`);
      const made = await createToken(store.db, { role, name });
      console.log(made.token);
      console.error(`token ${made.tokenId} for "${name}" (${role}) on ${store.location}: shown once, only its hash is kept.`);
      console.error(`Use it as: Authorization: Bearer ${made.token.slice(0, 17)}…`);
      return;
    }
    case "list": {
      const tokens = await listTokens(store.db);
      if (tokens.length === 0) console.log("no tokens yet (npm run token -- create --role editor --name NAME)");
      for (const t of tokens)
        console.log(`${t.tokenId}  ${t.role.padEnd(6)}  ${t.name}  created ${t.createdAt}${t.revokedAt ? `  REVOKED ${t.revokedAt}` : ""}`);
      return;
    }
    case "revoke": {
      if (!argument) throw new Error(`revoke needs a token id (from npm run token -- list)\n${USAGE}`);
      if (!(await revokeToken(store.db, argument))) throw new Error(`no live token with id ${argument}`);
      console.log(`revoked ${argument}: refused from the next request on`);
      return;
    }
    default:
      throw new Error(USAGE);
  }
});
