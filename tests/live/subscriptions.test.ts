// Subscriptions across processes: two servers on one database and one Redis; a write through the first reaches
// subscribers of the second, filtered, in order, and a subscriber that was away catches up with `addedAfter`.
import { randomBytes } from "node:crypto";
import { createToken, readArticleDocument, type SourceDocument } from "@claimline/store";
import { createTestDatabase, DIALECTS, type TestDatabase } from "@claimline/store/testing";
import type { Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stopWithin } from "../support/processes.js";
import { ferryDocument } from "../support/source-document.js";
import { postGraphQL, startServer, type RunningServer } from "../support/start-server.js";
import { subscribe, wsClient, type Subscription } from "../support/subscribe.js";

const REDIS_URL = process.env.REDIS_URL_TEST ?? "redis://127.0.0.1:6379";
const STATEMENT_ADDED = `subscription($filter: StatementFilter) { statementAdded(filter: $filter) { id content speaker { id name } } }`;
const DENIAL_ADDED = `subscription { denialAdded { id denier { name } target { ... on Statement { id status } } } }`;
const RECORD_CHANGED = `subscription($id: ID!) { recordChanged(id: $id) { id ... on Statement { content status } } }`;
const IMPORT = `mutation($document: JSONObject!) { importSource(input: { document: $document }) { statements } }`;
const CREATE = `mutation($input: CreateStatementInput!) { createStatement(input: $input) { statement { id } } }`;
const UPDATE = `mutation($input: UpdateStatementInput!) { updateStatement(input: $input) { changed } }`;
const CATCH_UP = `query($filter: StatementFilter) { statements(filter: $filter, first: 100) { nodes { id } } }`;

/** A subscription is registered a moment after it is sent (the protocol has no acknowledgement for it). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

for (const dialect of DIALECTS) {
  describe(`${dialect}: subscriptions across two servers sharing one database and one Redis`, () => {
    let database: TestDatabase | undefined;
    let servers: RunningServer[] = [];
    let clients: Client[] = [];
    let editor = "";
    let article: SourceDocument;
    const connect = (url: string, authorization?: string) => {
      const client = wsClient(url, authorization);
      clients.push(client);
      return client;
    };
    const asEditor = (query: string, variables: Record<string, unknown>) =>
      postGraphQL(servers[0]!.url, query, variables, { authorization: `Bearer ${editor}` });
    /** A new statement of Trump's, on a span of the seed article. */
    const trumpSays = (content: string) => {
      const { evidence } = article.statements.find((s) => s.speakerId === "donald-trump")!;
      const { start, end, exact } = evidence[0]!;
      return {
        content,
        speakerId: "Person:donald-trump",
        quoteType: "INDIRECT",
        speechAct: "CLAIM",
        evidence: [{ sourceId: `Source:${article.source.id}`, start, end, exact }],
      };
    };

    beforeAll(async () => {
      article = await readArticleDocument();
      database = await createTestDatabase(dialect);
      const env = {
        DATABASE_URL: database.url,
        REDIS_URL,
        REDIS_KEY_PREFIX: `claimline-test-${randomBytes(4).toString("hex")}:`,
        RATE_LIMIT_CAPACITY: "0",
      };
      servers.push(await startServer(env));
      servers.push(await startServer(env));
      editor = (await createToken(database.store.db, { name: "desk", role: "editor" })).token;
    });
    afterAll(async () => {
      for (const client of clients) await client.dispose();
      clients = [];
      await Promise.all(servers.map((server) => stopWithin(server)));
      servers = [];
      await database?.drop();
    });

    it("an import through server A reaches an anonymous subscriber of server B within 1 s, statements and denials", async () => {
      const b = connect(servers[1]!.url);
      const statements = subscribe(b, STATEMENT_ADDED);
      const denials = subscribe(b, DENIAL_ADDED);
      await settle();
      const doc = ferryDocument(`live${dialect}`);
      const sent = performance.now();
      const imported = await asEditor(IMPORT, { document: doc });
      const answered = performance.now();
      expect(imported.body.errors).toBeUndefined();

      const added = await statements.nth(1);
      expect(added.errors).toBeUndefined();
      expect(added.data.statementAdded).toEqual({
        id: `Statement:${doc.statements[0]!.id}`,
        content: doc.statements[0]!.content,
        speaker: { id: `Person:${doc.actors[0]!.id}`, name: "Mira Okafor" },
      });
      const denied = await denials.nth(1);
      expect(denied.data.denialAdded).toEqual({
        id: `Denial:${doc.denials[0]!.id}`,
        denier: { name: "port authority" },
        target: { id: `Statement:${doc.statements[0]!.id}`, status: "DISPUTED" },
      });
      const latency = statements.received[0]!.at - answered;
      console.log(
        `[${dialect}] subscription latency across servers: ${latency.toFixed(1)} ms after the mutation's answer, ${(statements.received[0]!.at - sent).toFixed(1)} ms after it was sent`,
      );
      expect(latency).toBeLessThan(1_000);
      // The same document again stores nothing, so announces nothing.
      await asEditor(IMPORT, { document: doc });
      await settle();
      expect(statements.received).toHaveLength(1);
    });

    it("each subscriber hears only what its filter matches, and a refused write announces nothing", async () => {
      const b = connect(servers[1]!.url);
      const trump = subscribe(b, STATEMENT_ADDED, { filter: { speakerIds: ["Person:donald-trump"], text: "harbour" } });
      const putin = subscribe(b, STATEMENT_ADDED, { filter: { speakerIds: ["Person:vladimir-putin"] } });
      await settle();
      const wrongSpan = trumpSays("Trump said the harbour deal was refused");
      wrongSpan.evidence[0]!.exact += "x";
      const refused = await asEditor(CREATE, { input: wrongSpan });
      expect(refused.body.errors[0].extensions.code).toBe("SPAN_MISMATCH");
      const offTopic = await asEditor(CREATE, { input: trumpSays("Trump said the weather was fine") });
      expect(offTopic.body.errors).toBeUndefined();
      const onTopic = await asEditor(CREATE, { input: trumpSays("Trump said the harbour deal was nearly done") });
      const id = onTopic.body.data.createStatement.statement.id;

      expect((await trump.nth(1)).data.statementAdded).toMatchObject({ id, content: "Trump said the harbour deal was nearly done" });
      await settle();
      expect(trump.received).toHaveLength(1);
      expect(putin.received).toHaveLength(0);
    });

    it("recordChanged(id) on B delivers the record as updated through A", async () => {
      const created = await asEditor(CREATE, { input: trumpSays("Trump said the summit was on") });
      const id: string = created.body.data.createStatement.statement.id;
      const watcher = subscribe(connect(servers[1]!.url), RECORD_CHANGED, { id });
      await settle();
      const updated = await asEditor(UPDATE, { input: { id, content: "Trump said the summit was off" } });
      expect(updated.body.data.updateStatement.changed).toBe(true);
      expect((await watcher.nth(1)).data.recordChanged).toEqual({ id, content: "Trump said the summit was off", status: "UNCONTESTED" });
    });

    it("a subscriber that was away re-queries with addedAfter: the last id it received, and misses nothing", async () => {
      const filter = { speakerIds: ["Person:donald-trump"], text: "tariff" };
      let client = connect(servers[1]!.url);
      let live: Subscription = subscribe(client, STATEMENT_ADDED, { filter });
      await settle();
      const ids: string[] = [];
      const say = async (n: number) => {
        const { body } = await asEditor(CREATE, { input: trumpSays(`Trump said tariff number ${n} would come`) });
        ids.push(body.data.createStatement.statement.id as string);
      };
      await say(1);
      const last: string = (await live.nth(1)).data.statementAdded.id;
      expect(last).toBe(ids[0]);

      // Away: the socket is closed while three more are written.
      live.stop();
      await client.dispose();
      for (const n of [2, 3, 4]) await say(n);

      client = connect(servers[1]!.url);
      live = subscribe(client, STATEMENT_ADDED, { filter });
      await settle();
      const missed = await postGraphQL(servers[1]!.url, CATCH_UP, { filter: { ...filter, addedAfter: last } });
      await say(5);
      const after: string = (await live.nth(1)).data.statementAdded.id;
      const seen = [last, ...missed.body.data.statements.nodes.map((n: { id: string }) => n.id), after];
      expect(new Set(seen)).toEqual(new Set(ids));
      expect(seen).toHaveLength(5);
    });

    it("applies the limits and the cost budget to subscription documents, serves only subscriptions, and refuses an unknown token", async () => {
      const b = connect(servers[1]!.url);
      const deep = `subscription { statementAdded { ${"speaker { statements(first: 100) { nodes { ".repeat(3)} id ${"} } }".repeat(3)} } }`;
      const refused = subscribe(b, deep);
      const error = (await refused.ended) as { message: string; extensions: { code: string; limit: string } }[];
      expect(error[0]!.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: "cost" });

      const tooDeep = subscribe(
        b,
        `subscription { statementAdded { ${"speaker { name statements(first: 1) { nodes { ".repeat(4)} id ${"} } }".repeat(4)} } }`,
      );
      const depth = (await tooDeep.ended) as { extensions: { code: string; limit: string } }[];
      expect(depth[0]!.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: "depth" });

      const query = subscribe(b, `{ statements(first: 1) { totalCount } }`);
      const overSocket = (await query.ended) as { message: string; extensions: { code: string } }[];
      expect(overSocket[0]!.extensions.code).toBe("BAD_REQUEST");

      const overHttp = await postGraphQL(servers[1]!.url, STATEMENT_ADDED);
      expect(overHttp.status).toBe(400);
      expect(overHttp.body.errors[0].extensions.code).toBe("BAD_REQUEST");

      const stranger = subscribe(connect(servers[1]!.url, "Bearer clm_nobody_nothing"), STATEMENT_ADDED);
      const closed = (await stranger.ended) as { code: number };
      expect(closed.code).toBe(4401);
    });
  });
}
