import { importDocument } from "@claimline/store";
import { DIALECTS } from "@claimline/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticDocument } from "./fixtures/synthetic-document.js";
import { createHarness, nonEmpty, type Harness } from "./harness.js";

/** Every page of a connection, `first` at a time, with the totalCount each page reported. */
async function walk(h: Harness, query: string, select: (data: any) => any, first: number) {
  const ids: string[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const { data, errors }: { data?: any; errors?: unknown } = await h.run(query, { first, after });
    expect(errors).toBeUndefined();
    const connection = select(data);
    ids.push(...connection.edges.map((e: any) => e.node.id));
    totals.push(connection.totalCount);
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  return { ids, totals };
}

const PAGE = `edges { node { id } } totalCount pageInfo { hasNextPage endCursor }`;

/** Each nested connection, with a filter where it takes one: page 2 must mean what page 1 means. */
const NESTED: [name: string, query: string, select: (data: any) => any][] = [
  [
    "an actor's statements about someone",
    `query($first: Int, $after: String) { actor(id: "Person:speaker-alpha") {
      statements(filter: { aboutIds: ["Person:subject-alpha", "Person:subject-bravo"] }, first: $first, after: $after) { ${PAGE} } } }`,
    (d) => d.actor.statements,
  ],
  [
    "an actor's statements by text, oldest first",
    `query($first: Int, $after: String) { actor(id: "Person:speaker-bravo") {
      statements(filter: { text: "synthetic fact" }, orderBy: OLDEST_FIRST, first: $first, after: $after) { ${PAGE} } } }`,
    (d) => d.actor.statements,
  ],
  [
    "an actor's statements by relevance",
    `query($first: Int, $after: String) { actor(id: "Person:speaker-charlie") {
      statements(filter: { text: "synthetic" }, orderBy: RELEVANCE, first: $first, after: $after) { ${PAGE} } } }`,
    (d) => d.actor.statements,
  ],
  [
    "the statements about an actor, disputed only",
    `query($first: Int, $after: String) { actor(id: "Person:subject-alpha") {
      mentionedIn(filter: { disputed: true }, first: $first, after: $after) { ${PAGE} } } }`,
    (d) => d.actor.mentionedIn,
  ],
  [
    "an actor's denials",
    `query($first: Int, $after: String) { actor(id: "Person:denier-alpha") { denials(first: $first, after: $after) { ${PAGE} } } }`,
    (d) => d.actor.denials,
  ],
  [
    "an actor's events",
    `query($first: Int, $after: String) { actor(id: "Person:speaker-alpha") { events(first: $first, after: $after) { ${PAGE} } } }`,
    (d) => d.actor.events,
  ],
  [
    "the statements made at an event",
    `query($first: Int, $after: String) { event(id: "Event:first-synthetic-interview") { statements(first: $first, after: $after) { ${PAGE} } } }`,
    (d) => d.event.statements,
  ],
];

for (const dialect of DIALECTS) {
  describe(`${dialect}: lists mean the same on every page`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await createHarness(dialect);
      await importDocument(h.database.store.db, syntheticDocument(60));
    });
    afterAll(() => h.close());

    it("a parent ANDs with the filter on the first page and on every later page: Trump's statements said by Putin are none", async () => {
      const TRUMP_BY_PUTIN = `query($after: String) { actor(id: "Person:donald-trump") {
        statements(filter: { speakerIds: ["Person:vladimir-putin"] }, first: 2, after: $after) { totalCount nodes { id } } } }`;
      const first = await h.run(TRUMP_BY_PUTIN);
      expect(first.data.actor.statements).toEqual({ totalCount: 0, nodes: [] });
      const cursor = (await h.run(`{ actor(id: "Person:donald-trump") { statements(first: 2) { pageInfo { endCursor } } } }`)).data.actor
        .statements.pageInfo.endCursor;
      expect(cursor).toEqual(expect.any(String));
      const later = await h.run(TRUMP_BY_PUTIN, { after: cursor });
      expect(later.errors).toBeUndefined();
      expect(later.data.actor.statements).toEqual({ totalCount: 0, nodes: [] });
    });

    it.each(NESTED)(
      "pages %s one by one to exactly the records of one big page, with a steady totalCount",
      async (_name, query, select) => {
        const whole = await walk(h, query, select, 100);
        expect(whole.ids.length).toBeGreaterThanOrEqual(2);
        expect(whole.totals).toEqual([whole.ids.length]);
        for (const first of [1, 2]) {
          const paged = await walk(h, query, select, first);
          expect(paged.ids).toEqual(whole.ids);
          expect(new Set(paged.totals)).toEqual(new Set([whole.ids.length]));
        }
      },
    );

    it("pages a parent's list the same whether asked alone or beside its siblings", async () => {
      const siblings = await h.run(
        `{ actors(filter: { text: "speaker" }, first: 5) { nodes { id statements(first: 3, filter: { text: "fact" }) { totalCount nodes { id } } } } }`,
      );
      const nodes = nonEmpty(siblings.data.actors.nodes);
      for (const actor of nodes) {
        const alone = await h.run(
          `query($id: ID!) { actor(id: $id) { statements(first: 3, filter: { text: "fact" }) { totalCount nodes { id } } } }`,
          {
            id: actor.id,
          },
        );
        expect(alone.data.actor.statements).toEqual(actor.statements);
      }
    });

    it("refuses a cursor from another list or another order, and an empty cursor, with BAD_USER_INPUT", async () => {
      const denialCursor = (await h.run(`{ denials(first: 1) { pageInfo { endCursor } } }`)).data.denials.pageInfo.endCursor;
      const newest = (await h.run(`{ statements(first: 1) { pageInfo { endCursor } } }`)).data.statements.pageInfo.endCursor;
      const code = async (query: string, variables: Record<string, unknown>) => (await h.run(query, variables)).errors?.[0]?.extensions;
      const STATEMENTS = `query($after: String, $order: StatementOrder) { statements(filter: { text: "fact" }, orderBy: $order, first: 1, after: $after) { totalCount } }`;
      expect(await code(STATEMENTS, { after: denialCursor })).toMatchObject({ code: "BAD_USER_INPUT", argument: "after" });
      expect(await code(STATEMENTS, { after: newest, order: "RELEVANCE" })).toMatchObject({ code: "BAD_USER_INPUT", argument: "after" });
      expect(await code(STATEMENTS, { after: newest, order: "OLDEST_FIRST" })).toMatchObject({ code: "BAD_USER_INPUT", argument: "after" });
      expect(await code(STATEMENTS, { after: "" })).toMatchObject({ code: "BAD_USER_INPUT", argument: "after" });
      expect(await code(STATEMENTS, { after: newest })).toBeUndefined();
    });

    it("serves a denial of an event end to end: the union's Event branch, a DISPUTED event, event.denials, the filter by event", async () => {
      const { data, errors } = await h.run(`{
        denial(id: "Denial:synthetic-interview-denial") { denier { name } target { __typename ... on Event { id status } } evidence { exact } }
        event(id: "Event:first-synthetic-interview") { status denials { totalCount nodes { id } } }
        disputedEvents: events(filter: { statuses: [DISPUTED] }) { nodes { id } }
        byTarget: denials(filter: { targetIds: ["Event:first-synthetic-interview"] }) { nodes { id } }
      }`);
      expect(errors).toBeUndefined();
      expect(data.denial).toMatchObject({
        denier: { name: "Denier alpha" },
        target: { __typename: "Event", id: "Event:first-synthetic-interview", status: "DISPUTED" },
        evidence: [{ exact: "Denier alpha denied that the first synthetic interview took place." }],
      });
      expect(data.event).toEqual({ status: "DISPUTED", denials: { totalCount: 1, nodes: [{ id: "Denial:synthetic-interview-denial" }] } });
      expect(data.disputedEvents.nodes).toEqual([{ id: "Event:first-synthetic-interview" }]);
      expect(data.byTarget.nodes).toEqual([{ id: "Denial:synthetic-interview-denial" }]);
    });

    it("answers an unknown id with null and NOT_FOUND at its path, keeping the rest of the response", async () => {
      const { data, errors } = await h.run(`{
        statement(id: "Statement:no-such-statement") { id }
        actor(id: "Person:speaker-alpha") { name }
        event(id: "Event:no-such-event") { id }
        denial(id: "Denial:no-such-denial") { id }
      }`);
      expect(data).toEqual({ statement: null, actor: { name: "Speaker alpha" }, event: null, denial: null });
      expect(errors?.map((e: any) => [e.path, e.extensions.code])).toEqual(
        expect.arrayContaining([
          [["statement"], "NOT_FOUND"],
          [["event"], "NOT_FOUND"],
          [["denial"], "NOT_FOUND"],
        ]),
      );
    });
  });
}
