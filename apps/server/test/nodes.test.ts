import { DIALECTS } from "@claimline/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, nonEmpty, type Harness } from "./harness.js";

for (const dialect of DIALECTS) {
  describe(`${dialect}: actors, events, denials and nodes`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await createHarness(dialect);
    });
    afterAll(() => h.close());

    it("fetches any record by global id through node(id), and null for an unknown one", async () => {
      const ids = [
        "Person:donald-trump",
        "Organization:kremlin",
        "Statement:trump-better-not-say-how-many-times",
        "Denial:kremlin-denies-private-conversations-claims",
        "Event:putin-trump-summit",
        "Source:trump-admits-talking-to-putin",
      ];
      for (const id of nonEmpty(ids)) {
        const { data, errors } = await h.run(`query($id: ID!) { node(id: $id) { __typename id } }`, { id });
        expect(errors).toBeUndefined();
        expect(data.node).toEqual({ __typename: id.split(":")[0], id });
      }
      const unknown = await h.run(`{ node(id: "Person:nobody-at-all") { id } }`);
      expect(unknown).toEqual({ data: { node: null }, errors: undefined });
      const wrongType = await h.run(`{ node(id: "Organization:donald-trump") { id } }`);
      expect(wrongType.data.node).toBeNull();
    });

    it("answers actor(id) with the person, roles and country, and NOT_FOUND for an unknown id", async () => {
      const { data } = await h.run(
        `{ actor(id: "Person:vladimir-putin") { id name kind evidence { exact source { text } start end } ... on Person { country roles { title } } } }`,
      );
      expect(data.actor).toMatchObject({ id: "Person:vladimir-putin", name: "Vladimir Putin", kind: "PERSON", country: "RU" });
      expect(data.actor.evidence.length).toBeGreaterThan(1);
      for (const e of nonEmpty(data.actor.evidence)) {
        expect(e.exact).toMatch(/Putin|Russian leader/);
        expect(e.source.text.slice(e.start, e.end)).toBe(e.exact);
      }
      expect(data.actor.roles.map((r: any) => r.title).join(" ")).toMatch(/President/);
      const missing = await h.run(`{ actor(id: "Person:nobody-at-all") { id } }`);
      expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    });

    it("lists actors by name with their kinds, people and organisations alike", async () => {
      const { data } = await h.run(`{ actors(first: 100) { totalCount nodes { __typename id name kind } } }`);
      expect(data.actors.totalCount).toBe(data.actors.nodes.length);
      const names = data.actors.nodes.map((a: any) => a.name);
      expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
      const kinds = new Set(data.actors.nodes.map((a: any) => a.kind));
      for (const kind of ["PERSON", "GOVERNMENT", "MEDIA", "COLLECTIVE"]) expect(kinds).toContain(kind);
    });

    it("lists events with status, dates as written, participants and evidence", async () => {
      const { data } = await h.run(
        `{ events(first: 100) { totalCount nodes { id title type status start { value text earliest latest } participants { actor { id } role } partOf { id } evidence { exact } } } }`,
      );
      const events = data.events.nodes;
      expect(events.length).toBeGreaterThanOrEqual(8);
      const byId = new Map(events.map((e: any) => [e.id, e]));
      expect(byId.get("Event:putin-trump-summit")).toMatchObject({
        type: "SUMMIT",
        status: "PROPOSED",
        start: { text: "as early as February or March" },
      });
      expect(byId.get("Event:russian-invasion-of-ukraine-2022")).toMatchObject({ type: "INVASION", status: "ONGOING" });
      for (const e of nonEmpty(events)) expect(e.evidence.length).toBeGreaterThan(0);
    });

    it("lists denials with denier, target and evidence", async () => {
      const { data } = await h.run(
        `{ denials { totalCount nodes { id denier { name } cue target { __typename ... on Statement { id speaker { name } status } } evidence { exact } } } }`,
      );
      expect(data.denials.totalCount).toBeGreaterThanOrEqual(2);
      const deniers = data.denials.nodes.map((d: any) => d.denier.name);
      expect(deniers.some((n: string) => /Kremlin/.test(n))).toBe(true);
      for (const d of nonEmpty(data.denials.nodes)) {
        expect(d.target).toMatchObject({ __typename: "Statement", status: "DISPUTED" });
        expect(d.evidence[0].exact).toMatch(/denied/);
      }
    });

    it("resolves an actor's own statements, denials, mentions and events", async () => {
      const { data, errors } = await h.run(`{
        trump: actor(id: "Person:donald-trump") { statements(first: 3) { totalCount edges { node { speaker { id } } } } events { totalCount } }
        kremlin: actor(id: "Organization:kremlin") { denials { totalCount } }
        zelenskyy: actor(id: "Person:volodymyr-zelenskyy") { mentionedIn { totalCount } events { nodes { id } } }
      }`);
      expect(errors).toBeUndefined();
      expect(data.trump.statements.edges).toHaveLength(3);
      expect(data.trump.statements.totalCount).toBeGreaterThan(3);
      expect(data.trump.events.totalCount).toBeGreaterThan(0);
      expect(data.kremlin.denials.totalCount).toBeGreaterThanOrEqual(1);
      expect(data.zelenskyy.mentionedIn.totalCount).toBeGreaterThanOrEqual(1);
      expect(data.zelenskyy.events.nodes.map((e: any) => e.id)).toContain("Event:trump-zelenskyy-meeting");
    });
  });
}
