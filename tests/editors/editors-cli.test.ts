import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { createTestDatabase, DIALECTS, type TestDatabase } from "@claimline/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, runScript, stopWithin } from "../support/processes.js";
import { postGraphQL, startServer, type RunningServer } from "../support/start-server.js";

const EXAMPLES = fileURLToPath(new URL("../../docs/examples/", import.meta.url));
const COUNCIL = `${EXAMPLES}riverton-council-notes.json`;
const GAZETTE = `${EXAMPLES}harbour-gazette-dredging-delayed.json`;

const run = (name: "token" | "import", url: string, ...args: string[]) => runScript(cli(name), { DATABASE_URL: url }, 60_000, args);

for (const dialect of DIALECTS) {
  describe(`${dialect}: an editor adds two sources beside the article — one through the API, one with npm run import`, () => {
    let database: TestDatabase | undefined;
    let servers: RunningServer[] = [];
    let token = "";
    beforeAll(async () => {
      database = await createTestDatabase(dialect, { migrate: false });
      const made = await run("token", database.url, "create", "--role", "editor", "--name", "riverton-desk");
      expect(made.code, made.output).toBe(0);
      token = /^(clm_\S+)$/m.exec(made.output)?.[1] ?? "";
      // Two servers on one database: what one stores, the other reads.
      servers = [await startServer({ DATABASE_URL: database.url }), await startServer({ DATABASE_URL: database.url })];
    });
    afterAll(async () => {
      await Promise.all(servers.map((s) => stopWithin(s)));
      await database?.drop();
    });

    it("prints a token once, lists it without its secret, and refuses a bad command with usage", async () => {
      expect(token).toMatch(/^clm_[0-9a-f]{12}_/);
      const list = await run("token", database!.url, "list");
      expect(list.code).toBe(0);
      expect(list.output).toMatch(/editor\s+riverton-desk/);
      expect(list.output).not.toContain(token.slice(17));
      const bad = await run("token", database!.url, "create", "--role", "emperor", "--name", "x");
      expect(bad.code).toBe(1);
      expect(bad.output).toMatch(/usage: npm run token/);
    });

    it("imports the council notes through importSource on one server and reads them through the other", async () => {
      const [a, b] = servers as [RunningServer, RunningServer];
      const document = JSON.parse(await readFile(COUNCIL, "utf8")) as object;
      const imported = await postGraphQL(
        a.url,
        `mutation($d: JSONObject!) { importSource(input: { document: $d }) { stored source { id } } }`,
        { d: document },
        {
          authorization: `Bearer ${token}`,
        },
      );
      // Every answer also reports its cost and rate limit in `extensions`.
      expect(imported.body).toMatchObject({ data: { importSource: { stored: true, source: { id: "Source:riverton-council-notes" } } } });
      expect(imported.body.errors).toBeUndefined();
      const read = await postGraphQL(
        b.url,
        `{ denials(filter: { denierIds: ["Person:tomas-brandt"] }) { nodes { quote target { ... on Statement { id } } } } }`,
      );
      expect(read.body.data.denials.nodes).toEqual([
        { quote: "there is no signed agreement, only a letter of intent", target: { id: "Statement:velez-budget-secured" } },
      ]);
    });

    it("imports the harbour gazette from the command line: a line per file, a summary, exit 1 when one is refused", async () => {
      const refusedFile = `${EXAMPLES}../../package.json`;
      const first = await run("import", database!.url, GAZETTE, refusedFile);
      expect(first.code, first.output).toBe(1);
      expect(first.output).toMatch(/✓ .*harbour-gazette-dredging-delayed\.json: stored harbour-gazette-dredging-delayed \(3 statements/);
      expect(first.output).toMatch(/✗ .*package\.json: refused, nothing stored: INVALID_RECORD/);
      expect(first.output).toMatch(/2 file\(s\): 1 stored, 0 already there, 1 refused/);
      const again = await run("import", database!.url, EXAMPLES);
      expect(again.code, again.output).toBe(0);
      expect(again.output).toMatch(/2 file\(s\): 0 stored, 2 already there, 0 refused/);
      // --bulk: one transaction for every file, so one refused file stores none of them.
      const refusedBulk = await run("import", database!.url, "--bulk", EXAMPLES, refusedFile);
      expect(refusedBulk.code, refusedBulk.output).toBe(1);
      expect(refusedBulk.output).toMatch(/✗ .*package\.json: refused, nothing stored: INVALID_RECORD at documents\[2\]/);
      expect(refusedBulk.output).toMatch(/none of the 3 file\(s\) stored/);
      const bulkAgain = await run("import", database!.url, "--bulk", EXAMPLES);
      expect(bulkAgain.code, bulkAgain.output).toBe(0);
      expect(bulkAgain.output).toMatch(/2 file\(s\) in one transaction: 0 stored \(0 statements, 0 statements\/s\), 2 already there/);
    });

    it("shows the three sources side by side, with the mayor one actor across both Riverton sources", async () => {
      const [, b] = servers as [RunningServer, RunningServer];
      const { body } = await postGraphQL(
        b.url,
        `{ sources(first: 10) { totalCount nodes { id } }
           actor(id: "Person:mara-velez") { evidence { source { id } } statements(first: 10) { totalCount nodes { id status } } }
           search(text: "dredging") { node { ... on Statement { id } } }
           trump: actor(id: "Person:donald-trump") { statements { totalCount } } }`,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data.sources.totalCount).toBe(3);
      expect(new Set(body.data.actor.evidence.map((e: any) => e.source.id))).toEqual(
        new Set(["Source:riverton-council-notes", "Source:harbour-gazette-dredging-delayed"]),
      );
      expect(body.data.actor.statements.nodes).toEqual(
        expect.arrayContaining([
          { id: "Statement:velez-budget-secured", status: "DISPUTED" },
          { id: "Statement:velez-project-on-schedule", status: "DISPUTED" },
        ]),
      );
      expect(body.data.trump.statements.totalCount).toBeGreaterThanOrEqual(12);
    });

    it("refuses a revoked token from the very next request on either server", async () => {
      const id = /^([0-9a-f]{12})\s/m.exec((await run("token", database!.url, "list")).output)?.[1] ?? "";
      expect((await run("token", database!.url, "revoke", id)).code).toBe(0);
      for (const server of servers) {
        const { status, body } = await postGraphQL(server.url, `{ sources { totalCount } }`, {}, { authorization: `Bearer ${token}` });
        expect(status).toBe(401);
        expect(body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
      }
    });
  });
}
