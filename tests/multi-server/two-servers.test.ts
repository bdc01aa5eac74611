import { importDocument, readArticleDocument } from "@claimline/store";
import { createTestDatabase, DIALECTS, type TestDatabase } from "@claimline/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stopWithin } from "../support/processes.js";
import { ferryDocument } from "../support/source-document.js";
import { postGraphQL, startServer, type RunningServer } from "../support/start-server.js";

const SOURCES = `{ sources(first: 100) { totalCount nodes { id } } }`;
const RECORDS = `query($ids: [ID!]!) { nodes(ids: $ids) { id
  ... on Statement { content status speaker { name } denials { cue denier { name } } evidence { start end exact source { text } } } } }`;

/** Starts `count` servers on one database at the same moment; stops any that did come up if one did not. */
async function startTogether(count: number, url: string): Promise<RunningServer[]> {
  const settled = await Promise.allSettled(Array.from({ length: count }, () => startServer({ DATABASE_URL: url, LOG_LEVEL: "info" })));
  const up = settled.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (failed) {
    await Promise.all(up.map((server) => stopWithin(server)));
    throw failed.reason;
  }
  return up;
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: two servers starting at the same moment on one fresh database`, () => {
    let database: TestDatabase | undefined;
    let servers: RunningServer[] = [];
    beforeAll(async () => {
      database = await createTestDatabase(dialect, { migrate: false });
      servers = await startTogether(2, database.url);
    });
    afterAll(async () => {
      await Promise.all(servers.map((server) => stopWithin(server)));
      await database?.drop();
    });

    it("both come up, and exactly one of them seeds the article, once", async () => {
      expect(servers.filter((s) => /seeded the article/.test(s.output()))).toHaveLength(1);
      const article = await readArticleDocument();
      const { db } = database!.store;
      const count = async (table: "sources" | "statements" | "denials" | "evidence") =>
        Number(
          (
            await db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as("n"))
              .executeTakeFirstOrThrow()
          ).n,
        );
      expect(await count("sources")).toBe(1);
      expect(await count("statements")).toBe(article.statements.length);
      expect(await count("denials")).toBe(article.denials.length);
      const spans = [...article.actors, ...article.events, ...article.statements, ...article.denials].reduce(
        (n, r) => n + r.evidence.length,
        0,
      );
      expect(await count("evidence")).toBe(spans);
      for (const server of servers) {
        const { body } = await postGraphQL(server.url, SOURCES);
        expect(body.data.sources.nodes).toEqual([{ id: `Source:${article.source.id}` }]);
      }
    });
  });
}

// Scaling out is N servers over one PostgreSQL: this is that picture, with two.
for (const dialect of DIALECTS.filter((d) => d === "postgres")) {
  describe(`${dialect}: two servers, one database`, () => {
    const doc = ferryDocument("scaleout");
    const statementId = `Statement:${doc.statements[0]!.id}`;
    let database: TestDatabase | undefined;
    let servers: RunningServer[] = [];
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      servers = await startTogether(2, database.url);
    });
    afterAll(async () => {
      await Promise.all(servers.map((server) => stopWithin(server)));
      await database?.drop();
    });

    it("a document written into the shared database while both run is read through each, spans and denial included", async () => {
      // Ask first, so any cache a server kept across requests would now hold the old answer.
      for (const server of servers) {
        const { body } = await postGraphQL(server.url, RECORDS, { ids: [statementId] });
        expect(body.data.nodes).toEqual([null]);
        expect((await postGraphQL(server.url, SOURCES)).body.data.sources.totalCount).toBe(1);
      }

      await importDocument(database!.store.db, doc);

      for (const server of servers) {
        expect((await postGraphQL(server.url, SOURCES)).body.data.sources.totalCount).toBe(2);
        const { status, body } = await postGraphQL(server.url, RECORDS, { ids: [statementId] });
        expect(status).toBe(200);
        const [statement] = body.data.nodes;
        expect(statement).toMatchObject({
          id: statementId,
          content: doc.statements[0]!.content,
          status: "DISPUTED",
          speaker: { name: "Mira Okafor" },
          denials: [{ cue: "denied", denier: { name: "port authority" } }],
        });
        expect(statement.evidence).toHaveLength(1);
        const [evidence] = statement.evidence;
        expect(evidence.exact).toBe("Mira Okafor said on Tuesday that the ferry terminal would reopen in June");
        expect(evidence.source.text.slice(evidence.start, evidence.end)).toBe(evidence.exact);
      }
    });

    it("after kill -9 of one server, the other keeps answering and /healthz (and /readyz) stay 200", async () => {
      const [victim, survivor] = servers as [RunningServer, RunningServer];
      const gone = new Promise((resolve) => victim.process.once("exit", (_code, signal) => resolve(signal)));
      victim.process.kill("SIGKILL");
      expect(await gone).toBe("SIGKILL");
      await expect(fetch(`${victim.url}/healthz`)).rejects.toThrow();

      for (let i = 0; i < 20; i++) {
        const health = await fetch(`${survivor.url}/healthz`);
        expect(health.status).toBe(200);
        expect((await fetch(`${survivor.url}/readyz`)).status).toBe(200);
        const { status, body } = await postGraphQL(survivor.url, RECORDS, { ids: [statementId] });
        expect(status).toBe(200);
        expect(body.errors).toBeUndefined();
        expect(body.data.nodes[0]).toMatchObject({ id: statementId, status: "DISPUTED" });
      }
      expect(survivor.process.exitCode).toBeNull();
    });
  });
}
