import { readFile } from "node:fs/promises";
import { createToken, revokeToken } from "@claimline/store";
import { DIALECTS, totalRows } from "@claimline/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "./harness.js";

const COUNCIL = new URL("../../../docs/examples/riverton-council-notes.json", import.meta.url);
const SOURCE = "Source:riverton-council-notes";

const IMPORT = `mutation($document: JSONObject!, $id: String) { importSource(input: { document: $document, clientMutationId: $id }) {
  clientMutationId stored statements denials source { id title createdBy } } }`;
const CREATE = `mutation($input: CreateStatementInput!) { createStatement(input: $input) {
  clientMutationId created statement { id content speechAct createdBy status evidence { exact source { id } } } } }`;

/** One GraphQL request through the real HTTP pipeline (auth header, status codes), as a client sends it. */
async function post(h: Harness, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await h.server.app.inject({
    method: "POST",
    url: "/graphql",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    payload: { query, variables },
  });
  return {
    status: response.statusCode,
    body: response.json<{ data?: any; errors?: { message: string; extensions: Record<string, any>; path?: string[] }[] }>(),
  };
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: editors grow the graph`, () => {
    let h: Harness;
    let editor: string;
    let reader: string;
    let council: Record<string, any>;
    beforeAll(async () => {
      h = await createHarness(dialect);
      editor = (await createToken(h.database.store.db, { name: "riverton-desk", role: "editor" })).token;
      reader = (await createToken(h.database.store.db, { name: "a-reader", role: "reader" })).token;
      council = JSON.parse(await readFile(COUNCIL, "utf8")) as Record<string, any>;
    });
    afterAll(() => h.close());

    const span = (exact: string) => {
      const text = council.text as string;
      return { sourceId: SOURCE, start: text.indexOf(exact), end: text.indexOf(exact) + exact.length, exact };
    };
    const statement = () => ({
      id: "Statement:velez-regional-fund",
      speakerId: "Person:mara-velez",
      content: "Velez said the full budget came from the regional fund.",
      quoteType: "INDIRECT",
      speechAct: "CLAIM",
      cue: "added",
      aboutIds: ["Organization:riverton-city-council"],
      evidence: [span("secured the full budget from the regional fund")],
      clientMutationId: "try-1",
    });

    it("refuses a write without a token (401 UNAUTHENTICATED) and from a reader (403 FORBIDDEN); reads stay public", async () => {
      const anonymous = await post(h, IMPORT, { document: council });
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
      const asReader = await post(h, IMPORT, { document: council }, reader);
      expect(asReader.status).toBe(403);
      expect(asReader.body.errors?.[0]?.extensions.code).toBe("FORBIDDEN");
      expect(await totalRows(h.database.store)).toBeGreaterThan(0);
      const read = await post(h, `{ statements(first: 1) { totalCount } }`, {}, reader);
      expect(read.status).toBe(200);
      expect((await post(h, `{ statements(first: 1) { totalCount } }`)).status).toBe(200);
    });

    it("refuses an unknown or malformed token with 401 even for a read, and a revoked one on the very next request", async () => {
      for (const token of ["clm_000000000000_" + "x".repeat(43), "nonsense"]) {
        const { status, body } = await post(h, `{ statements(first: 1) { totalCount } }`, {}, token);
        expect(status).toBe(401);
        expect(body.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
      }
      const made = await createToken(h.database.store.db, { name: "short-lived", role: "editor" });
      expect((await post(h, `{ statements(first: 1) { totalCount } }`, {}, made.token)).status).toBe(200);
      await revokeToken(h.database.store.db, made.tokenId);
      expect((await post(h, `{ statements(first: 1) { totalCount } }`, {}, made.token)).status).toBe(401);
    });

    it("stores nothing of an import with one bad span (SPAN_MISMATCH naming the span)", async () => {
      const before = await totalRows(h.database.store);
      const bad = structuredClone(council);
      bad.statements[1].evidence[0].exact = "She added that the city had never secured the full budget from the regional fund";
      const { body } = await post(h, IMPORT, { document: bad }, editor);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: "SPAN_MISMATCH", argument: "document.statements[1].evidence[0]" });
      expect(await totalRows(h.database.store)).toBe(before);
    });

    it("imports a second source in one transaction, stamped with the token's name, and a retry adds nothing", async () => {
      const first = await post(h, IMPORT, { document: council, id: "import-1" }, editor);
      expect(first.body.errors).toBeUndefined();
      expect(first.body.data.importSource).toEqual({
        clientMutationId: "import-1",
        stored: true,
        statements: 3,
        denials: 1,
        source: { id: SOURCE, title: "Riverton Council Notes: Mayor Defends Harbour Dredging Plan", createdBy: "riverton-desk" },
      });
      const rows = await totalRows(h.database.store);
      const retry = await post(h, IMPORT, { document: council }, editor);
      expect(retry.body.data.importSource.stored).toBe(false);
      expect(await totalRows(h.database.store)).toBe(rows);
      const changed = structuredClone(council);
      changed.statements[0].content = "Something else.";
      expect((await post(h, IMPORT, { document: changed }, editor)).body.errors?.[0]?.extensions).toMatchObject({
        code: "CONFLICT",
        argument: "document.source.id",
      });
      const { body } = await post(
        h,
        `{ actor(id: "Person:tomas-brandt") { denials { nodes { target { ... on Statement { id status } } } } } }`,
      );
      expect(body.data.actor.denials.nodes).toEqual([{ target: { id: "Statement:velez-budget-secured", status: "DISPUTED" } }]);
    });

    it("creates a statement with its span; a retry returns it; other content under its id is a CONFLICT", async () => {
      const created = await post(h, CREATE, { input: statement() }, editor);
      expect(created.body.errors).toBeUndefined();
      expect(created.body.data.createStatement).toMatchObject({
        clientMutationId: "try-1",
        created: true,
        statement: {
          id: "Statement:velez-regional-fund",
          createdBy: "riverton-desk",
          status: "UNCONTESTED",
          evidence: [{ source: { id: SOURCE } }],
        },
      });
      const retry = await post(h, CREATE, { input: statement() }, editor);
      expect(retry.body.data.createStatement).toMatchObject({ created: false, statement: { id: "Statement:velez-regional-fund" } });
      const conflict = await post(h, CREATE, { input: { ...statement(), speechAct: "PROMISE" } }, editor);
      expect(conflict.body.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", argument: "input.id" });
    });

    it("answers every kind of bad write with its code and the field at fault", async () => {
      const cases: [Record<string, unknown>, string, string][] = [
        [
          { ...statement(), id: "Statement:x1", evidence: [{ ...span("regional fund"), exact: "national fund" }] },
          "SPAN_MISMATCH",
          "input.evidence[0]",
        ],
        [
          { ...statement(), id: "Statement:x2", evidence: [{ ...span("regional fund"), end: 99_999 }] },
          "BAD_USER_INPUT",
          "input.evidence[0]",
        ],
        [{ ...statement(), id: "Statement:x3", speakerId: "Person:nobody" }, "BAD_USER_INPUT", "input.speakerId"],
        [{ ...statement(), id: "Statement:x4", speakerId: "Event:riverton-dredging-hearing" }, "BAD_USER_INPUT", "input.speakerId"],
        [
          { ...statement(), id: "Statement:x5", statedAt: { earliest: "2025-03-01", latest: "2025-02-01" } },
          "BAD_USER_INPUT",
          "input.statedAt.latest",
        ],
        [{ ...statement(), id: "Statement:x6", content: "x".repeat(5_001) }, "BAD_USER_INPUT", "input.content"],
        [{ ...statement(), id: "Statement:x7", evidence: [] }, "BAD_USER_INPUT", "input.evidence"],
        [
          { ...statement(), id: "Statement:x8", evidence: [{ ...span("regional fund"), sourceId: "Source:no-such-source" }] },
          "BAD_USER_INPUT",
          "input.evidence[0].sourceId",
        ],
      ];
      const before = await totalRows(h.database.store);
      for (const [input, code, field] of cases) {
        const { body } = await post(h, CREATE, { input }, editor);
        expect(body.errors?.[0]?.extensions, String(input.id)).toMatchObject({ code, argument: field });
      }
      expect(await totalRows(h.database.store)).toBe(before);
      const enumValue = await post(h, CREATE, { input: { ...statement(), speechAct: "CLAM" } }, editor);
      expect(enumValue.body.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
      const missing = await post(h, `mutation { updateStatement(input: { id: "Statement:no-such", hedge: "x" }) { changed } }`, {}, editor);
      expect(missing.body.errors?.[0]?.extensions.code).toBe("NOT_FOUND");
    });

    it("keeps the previous version of every update, readable as revisions", async () => {
      const UPDATE = `mutation { updateStatement(input: { id: "Statement:velez-regional-fund", hedge: "reportedly", cue: "claimed" }) {
        changed revision statement { hedge cue updatedAt createdAt } } }`;
      const { body } = await post(h, UPDATE, {}, editor);
      expect(body.errors).toBeUndefined();
      expect(body.data.updateStatement).toMatchObject({ changed: true, revision: 2, statement: { hedge: "reportedly", cue: "claimed" } });
      expect(body.data.updateStatement.statement.updatedAt > body.data.updateStatement.statement.createdAt).toBe(true);
      const again = await post(h, UPDATE, {}, editor);
      expect(again.body.data.updateStatement).toMatchObject({ changed: false, revision: 2 });
      const history = await post(
        h,
        `{ statement(id: "Statement:velez-regional-fund") {
        revisions(first: 5) { totalCount nodes { revision changedBy changes { field before after } previous } } } }`,
      );
      expect(history.body.data.statement.revisions).toMatchObject({
        totalCount: 1,
        nodes: [
          {
            revision: 2,
            changedBy: "riverton-desk",
            changes: [
              { field: "cue", before: "added", after: "claimed" },
              { field: "hedge", before: null, after: "reportedly" },
            ],
            previous: { cue: "added", hedge: null, content: "Velez said the full budget came from the regional fund." },
          },
        ],
      });
    });

    it("hides a deprecated statement from default reads and search, keeps it reachable, and never deletes it", async () => {
      const { body } = await post(
        h,
        `mutation { deprecateStatement(input: { id: "Statement:velez-regional-fund", reason: "duplicate of Statement:velez-budget-secured" }) {
          changed statement { rank rankReason } } }`,
        {},
        editor,
      );
      expect(body.data.deprecateStatement).toEqual({
        changed: true,
        statement: { rank: "DEPRECATED", rankReason: "duplicate of Statement:velez-budget-secured" },
      });
      const ids = async (filter: string) =>
        (
          await post(h, `{ statements(filter: { speakerIds: ["Person:mara-velez"] ${filter} }, first: 50) { nodes { id } } }`)
        ).body.data.statements.nodes.map((n: any) => n.id);
      expect(await ids("")).not.toContain("Statement:velez-regional-fund");
      expect(await ids(", includeDeprecated: true")).toContain("Statement:velez-regional-fund");
      const search = await post(h, `{ search(text: "regional fund") { node { ... on Statement { id } } } }`);
      expect(search.body.data.search.map((hit: any) => hit.node.id)).not.toContain("Statement:velez-regional-fund");
      expect((await post(h, `{ statement(id: "Statement:velez-regional-fund") { rank } }`)).body.data.statement.rank).toBe("DEPRECATED");
    });

    it("creates people, organisations, sources, events and denials, and updates each", async () => {
      const text = "Harbour master Lena Sorensen said the dredger arrived on Monday. The port authority denied it.";
      const steps: [string, Record<string, unknown>][] = [
        [
          `mutation($input: CreateSourceInput!) { createSource(input: $input) { created source { id } } }`,
          { input: { id: "Source:harbour-log", title: "Harbour log", text } },
        ],
        [
          `mutation($input: CreatePersonInput!) { createPerson(input: $input) { created person { id name } } }`,
          {
            input: {
              id: "Person:lena-sorensen",
              name: "Lena Sorensen",
              evidence: [{ sourceId: "Source:harbour-log", start: 15, end: 28, exact: "Lena Sorensen" }],
            },
          },
        ],
        [
          `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { created organization { id kind } } }`,
          {
            input: {
              id: "Organization:harbour-office",
              kind: "GOVERNMENT",
              name: "Harbour office",
              evidence: [{ sourceId: "Source:harbour-log", start: 0, end: 14, exact: "Harbour master" }],
            },
          },
        ],
        [
          `mutation($input: CreateEventInput!) { createEvent(input: $input) { created event { id status participants { actor { id } } } } }`,
          {
            input: {
              id: "Event:dredger-arrival",
              title: "The dredger arrives",
              type: "OTHER",
              status: "CLAIMED",
              participants: [{ actorId: "Organization:harbour-office", role: "receiver" }],
              evidence: [{ sourceId: "Source:harbour-log", start: 38, end: 64, exact: "dredger arrived on Monday." }],
            },
          },
        ],
        [
          `mutation($input: CreateDenialInput!) { createDenial(input: $input) { created denial { id target { ... on Event { id status } } } } }`,
          {
            input: {
              id: "Denial:port-denies-arrival",
              denierId: "Organization:riverton-port-authority",
              targetId: "Event:dredger-arrival",
              content: "The port authority denied that the dredger arrived.",
              evidence: [{ sourceId: "Source:harbour-log", start: 65, end: 94, exact: "The port authority denied it." }],
            },
          },
        ],
      ];
      // The port authority is not stored yet: the denial names a denier that exists nowhere.
      for (const [query, variables] of steps.slice(0, 4)) {
        const { body } = await post(h, query, variables, editor);
        expect(body.errors, query).toBeUndefined();
      }
      const dangling = await post(h, steps[4]![0], steps[4]![1], editor);
      expect(dangling.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "input.denierId" });
      const withDenier = { input: { ...(steps[4]![1].input as object), denierId: "Organization:harbour-office" } };
      const denial = await post(h, steps[4]![0], withDenier, editor);
      expect(denial.body.data.createDenial).toEqual({
        created: true,
        denial: { id: "Denial:port-denies-arrival", target: { id: "Event:dredger-arrival", status: "DISPUTED" } },
      });
      for (const mutation of [
        `updateSource(input: { id: "Source:harbour-log", publisher: "Riverton harbour office" }) { changed }`,
        `updatePerson(input: { id: "Person:lena-sorensen", aliases: ["Sorensen"] }) { changed }`,
        `updateOrganization(input: { id: "Organization:harbour-office", description: "Runs the harbour." }) { changed }`,
        `updateEvent(input: { id: "Event:dredger-arrival", location: "Riverton harbour" }) { changed }`,
        `updateDenial(input: { id: "Denial:port-denies-arrival", cue: "denied" }) { changed }`,
      ]) {
        const { body } = await post(h, `mutation { ${mutation} }`, {}, editor);
        expect(Object.values(body.data ?? {}), mutation).toEqual([{ changed: true }]);
      }
      const wrongKind = await post(
        h,
        `mutation { updateOrganization(input: { id: "Organization:harbour-office", kind: PERSON }) { changed } }`,
        {},
        editor,
      );
      expect(wrongKind.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "input.kind" });
    });
  });
}
