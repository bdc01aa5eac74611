import { DIALECTS } from "@claimline/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, nonEmpty, type Harness } from "./harness.js";

const ids = (data: any, field = "statements") => data[field].nodes.map((n: any) => n.id);

for (const dialect of DIALECTS) {
  describe(`${dialect}: filters`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await createHarness(dialect);
    });
    afterAll(() => h.close());

    it("matches speakerName case-insensitively, on aliases too", async () => {
      const byName = await h.run(`{ statements(filter: { speakerName: "TRUMP" }, first: 100) { totalCount nodes { speaker { id } } } }`);
      const byId = await h.run(`{ statements(filter: { speakerIds: ["Person:donald-trump"] }, first: 100) { totalCount } }`);
      expect(byName.data.statements.totalCount).toBe(byId.data.statements.totalCount);
      expect(new Set(byName.data.statements.nodes.map((s: any) => s.speaker.id))).toEqual(new Set(["Person:donald-trump"]));
      const percent = await h.run(`{ statements(filter: { speakerName: "%" }) { totalCount } }`);
      expect(percent.data.statements.totalCount).toBe(0);
    });

    it("filters by speech act and quote type", async () => {
      const { data } = await h.run(`{ statements(filter: { speechActs: [ADMISSION, PROMISE] }, first: 100) { nodes { id speechAct } } }`);
      expect(data.statements.nodes.length).toBeGreaterThan(0);
      for (const s of nonEmpty(data.statements.nodes)) expect(["ADMISSION", "PROMISE"]).toContain(s.speechAct);
      const mixed = await h.run(`{ statements(filter: { quoteTypes: [MIXED] }) { nodes { quote quoteType } } }`);
      expect(mixed.data.statements.nodes.map((s: any) => s.quote)).toContain("better not say");
    });

    it("filters by the actors a statement is about", async () => {
      const { data } = await h.run(`{ statements(filter: { aboutIds: ["Person:volodymyr-zelenskyy"] }) { nodes { id about { id } } } }`);
      expect(data.statements.nodes.length).toBeGreaterThan(0);
      for (const s of nonEmpty(data.statements.nodes)) expect(s.about.map((a: any) => a.id)).toContain("Person:volodymyr-zelenskyy");
    });

    it("matches partial dates by overlap: a month and a whole year both overlap a range inside them", async () => {
      const feb2022 = await h.run(`{ events(filter: { during: { from: "2022-02-10", to: "2022-02-20" } }) { nodes { id } } }`);
      expect(ids(feb2022.data, "events")).toContain("Event:putin-biden-conversation-2022");
      const year = await h.run(
        `{ events(filter: { during: { from: "2014-06-01", to: "2014-06-30" } }) { nodes { id start { value precision } } } }`,
      );
      // The war began in 2014 (YEAR precision) and is ongoing: a June 2014 range overlaps it.
      expect(ids(year.data, "events")).toContain("Event:russo-ukrainian-war");
      const before = await h.run(`{ events(filter: { during: { to: "1999-12-31" } }) { nodes { id } } }`);
      expect(before.data.events.nodes).toEqual([]);
    });

    it("refuses a date range that ends before it starts, and a date that is not a date", async () => {
      const backwards = await h.run(`{ events(filter: { during: { from: "2022-03-01", to: "2022-02-01" } }) { nodes { id } } }`);
      expect(backwards.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const notADate = await h.run(`query($r: DateRange) { statements(filter: { statedIn: $r }) { totalCount } }`, {
        r: { from: "February" },
      });
      expect(notADate.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    });

    it("filters statements by full text, and orders them by relevance when asked", async () => {
      const { data } = await h.run(
        `{ statements(filter: { text: "private conversations" }, orderBy: RELEVANCE, first: 100) { totalCount nodes { id content } } }`,
      );
      expect(data.statements.totalCount).toBeGreaterThanOrEqual(2);
      for (const s of nonEmpty(data.statements.nodes)) expect(s.content.toLowerCase()).toMatch(/private/);
      const nothing = await h.run(`{ statements(filter: { text: "zzzyxw" }) { totalCount } }`);
      expect(nothing.data.statements.totalCount).toBe(0);
      const punctuation = await h.run(`{ statements(filter: { text: "private \\"(*" }) { totalCount } }`);
      expect(punctuation.errors).toBeUndefined();
      expect(punctuation.data.statements.totalCount).toBeGreaterThan(0);
      const onlyPunctuation = await h.run(`{ statements(filter: { text: "\\"(*" }) { totalCount } }`);
      expect(onlyPunctuation.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "filter.text" });
    });

    it("filters events by status (DISPUTED when denied), type and participant", async () => {
      const proposed = await h.run(`{ events(filter: { statuses: [PROPOSED] }) { nodes { id status } } }`);
      expect(ids(proposed.data, "events")).toEqual(expect.arrayContaining(["Event:putin-trump-summit", "Event:trump-zelenskyy-meeting"]));
      const interviews = await h.run(
        `{ events(filter: { types: [INTERVIEW], participantIds: ["Person:donald-trump"] }) { nodes { id type } } }`,
      );
      expect(ids(interviews.data, "events")).toEqual(
        expect.arrayContaining(["Event:air-force-one-interview", "Event:new-york-post-interview"]),
      );
      // The article denies no event: a denied event is tested on the synthetic fixture (seams.test.ts).
      const disputed = await h.run(`{ events(filter: { statuses: [DISPUTED] }) { nodes { status } } }`);
      expect(disputed.data.events.nodes).toEqual([]);
    });

    it("filters denials by denier and target, and actors by kind and name", async () => {
      const kremlin = await h.run(
        `{ denials(filter: { denierIds: ["Organization:kremlin"] }) { nodes { denier { id } target { ... on Statement { id } } } } }`,
      );
      expect(kremlin.data.denials.nodes.length).toBeGreaterThan(0);
      const target = kremlin.data.denials.nodes[0].target.id;
      const byTarget = await h.run(`query($t: [ID!]) { denials(filter: { targetIds: $t }) { totalCount } }`, { t: [target] });
      expect(byTarget.data.denials.totalCount).toBeGreaterThanOrEqual(2);
      const collectives = await h.run(`{ actors(filter: { kinds: [COLLECTIVE] }) { nodes { kind } } }`);
      expect(collectives.data.actors.nodes.length).toBeGreaterThanOrEqual(2);
      for (const a of nonEmpty(collectives.data.actors.nodes)) expect(a.kind).toBe("COLLECTIVE");
      const putin = await h.run(`{ actors(filter: { text: "putin" }) { nodes { id } } }`);
      expect(ids(putin.data, "actors")).toEqual(["Person:vladimir-putin"]);
      const people = await h.run(`{ people(first: 100) { nodes { __typename } } }`);
      expect(new Set(people.data.people.nodes.map((p: any) => p.__typename))).toEqual(new Set(["Person"]));
    });
  });
}
