import { createToken, readArticleDocument } from "@claimline/store";
import { createTestDatabase, DIALECTS, type TestDatabase } from "@claimline/store/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postGraphQL, startServer, type RunningServer } from "../support/start-server.js";

/** How many writes each round fires, and how many at once. */
const WRITES = 120;
const IN_FLIGHT = 8;
const CREATE = `mutation($input: CreateStatementInput!) { createStatement(input: $input) { created statement { id } } }`;

interface Attempt {
  id: string;
  acknowledged: boolean;
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: nothing acknowledged is lost when the server is killed with -9 during writes`, () => {
    let database: TestDatabase | undefined;
    let server: RunningServer | undefined;
    let token = "";
    let input: (i: number) => Record<string, unknown>;
    beforeAll(async () => {
      database = await createTestDatabase(dialect, { migrate: false });
      server = await startServer({ DATABASE_URL: database.url });
      token = (await createToken(database.store.db, { name: "durability", role: "editor" })).token;
      const article = await readArticleDocument();
      const exact = "Trump has reportedly admitted to having direct conversations with Russian despot Vladimir Putin";
      const start = article.text.indexOf(exact);
      input = (i) => ({
        id: `Statement:durability-${i}`,
        speakerId: "Person:donald-trump",
        content: `Durability probe ${i}.`,
        quoteType: "INDIRECT",
        speechAct: "CLAIM",
        evidence: [{ sourceId: `Source:${article.source.id}`, start, end: start + exact.length, exact }],
      });
    });
    afterAll(async () => {
      if (server?.process.exitCode == null) server?.process.kill("SIGKILL");
      await database?.drop();
    });

    const send = async (url: string, i: number) => {
      const { status, body } = await postGraphQL(url, CREATE, { input: input(i) }, { authorization: `Bearer ${token}` });
      return status === 200 && !body.errors ? (body.data.createStatement as { created: boolean }) : null;
    };

    it(
      "keeps every acknowledged write across kill -9 and restart; retries of them all add no duplicate",
      { timeout: 180_000 },
      async () => {
        const url = server!.url;
        const attempts: Attempt[] = [];
        let next = 0;
        const worker = async () => {
          while (next < WRITES) {
            const i = next++;
            const attempt: Attempt = { id: `Statement:durability-${i}`, acknowledged: false };
            attempts.push(attempt);
            attempt.acknowledged = (await send(url, i).catch(() => null)) != null;
          }
        };
        const writing = Promise.all(Array.from({ length: IN_FLIGHT }, worker));
        // Kill at a random moment once some writes have been acknowledged, while others are in flight.
        const killAfter = 10 + Math.floor(Math.random() * 40);
        while (attempts.filter((a) => a.acknowledged).length < killAfter) await new Promise((r) => setTimeout(r, 5));
        server!.process.kill("SIGKILL");
        await writing;
        const acknowledged = attempts.filter((a) => a.acknowledged).map((a) => a.id);
        expect(acknowledged.length).toBeGreaterThanOrEqual(10);
        expect(acknowledged.length, "the kill came before every write was acknowledged").toBeLessThan(WRITES);
        console.log(`${dialect}: ${acknowledged.length} of ${WRITES} writes acknowledged before kill -9`);

        server = await startServer({ DATABASE_URL: database!.url });
        const { body } = await postGraphQL(server.url, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: acknowledged });
        expect(body.data.nodes.filter((n: unknown) => n != null)).toHaveLength(acknowledged.length);

        // A client retries everything it sent: what was stored is recognised, what was lost is stored now.
        const retries = new Map<number, { created: boolean } | null>();
        let retry = 0;
        const retrier = async () => {
          while (retry < WRITES) {
            const i = retry++;
            retries.set(i, await send(server!.url, i));
          }
        };
        await Promise.all(Array.from({ length: IN_FLIGHT }, retrier));
        for (let i = 0; i < WRITES; i++) {
          expect(retries.get(i), `retry of ${i}`).not.toBeNull();
          if (acknowledged.includes(`Statement:durability-${i}`)) expect(retries.get(i)?.created, `retry of acknowledged ${i}`).toBe(false);
        }
        const { db } = database!.store;
        const stored = await db
          .selectFrom("statements")
          .select((eb) => eb.fn.countAll<string | number>().as("n"))
          .where("id", "like", "durability-%")
          .executeTakeFirstOrThrow();
        expect(Number(stored.n)).toBe(WRITES);
        const indexed = await db
          .selectFrom("searchTerms")
          .select((eb) => eb.fn.countAll<string | number>().as("n"))
          .where("recordType", "=", "Statement")
          .where("recordId", "like", "durability-%")
          .where("term", "=", "probe")
          .executeTakeFirstOrThrow();
        expect(Number(indexed.n)).toBe(WRITES);
        if (dialect === "sqlite") {
          const check = await sql<{ integrityCheck: string }>`pragma integrity_check`.execute(db);
          expect(check.rows).toEqual([{ integrityCheck: "ok" }]);
          expect((await sql`pragma foreign_key_check`.execute(db)).rows).toEqual([]);
        }
      },
    );
  });
}
