import { DIALECTS } from "@claimline/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, nonEmpty, type Harness } from "./harness.js";

/** The questions a newcomer asks in Sandbox, each answered by one query on the seeded article. */
for (const dialect of DIALECTS) {
  describe(`${dialect}: a newcomer's questions, one query each`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await createHarness(dialect);
    });
    afterAll(() => h.close());

    it("everything Trump said in the New York Post interview", async () => {
      const { data, errors } = await h.run(`{
        statements(filter: { speakerIds: ["Person:donald-trump"], eventId: "Event:new-york-post-interview" }) {
          totalCount nodes { content cue occasion { title } evidence { exact } }
        }
      }`);
      expect(errors).toBeUndefined();
      const nodes = data.statements.nodes;
      expect(nodes.length).toBeGreaterThanOrEqual(3);
      for (const s of nonEmpty(nodes)) expect(s.occasion.title).toMatch(/New York Post/);
      const words = nodes.map((s: any) => s.evidence[0].exact).join(" | ");
      expect(words).toMatch(/end the war in Ukraine/);
      expect(words).toMatch(/meet with Ukrainian President Volodymyr Zelenskyy/);
      expect(words).toMatch(/multiple private conversations/);
    });

    it("every disputed statement and who disputed it", async () => {
      const { data } = await h.run(`{
        statements(filter: { disputed: true }) { totalCount nodes { id status speaker { name } denials { denier { name } cue } } }
      }`);
      expect(data.statements.totalCount).toBeGreaterThanOrEqual(1);
      for (const s of nonEmpty(data.statements.nodes)) {
        expect(s.status).toBe("DISPUTED");
        expect(s.denials.length).toBeGreaterThan(0);
      }
      const deniers = data.statements.nodes.flatMap((s: any) => s.denials.map((d: any) => d.denier.name));
      expect(deniers).toEqual(expect.arrayContaining(["Kremlin", "traditional media outlets"]));
      const undisputed = await h.run(`{ statements(filter: { disputed: false }) { nodes { status } } }`);
      expect(undisputed.data.statements.nodes.every((s: any) => s.status === "UNCONTESTED")).toBe(true);
    });

    it("what happened in February 2022", async () => {
      const { data } = await h.run(`{
        events(filter: { during: { from: "2022-02-01", to: "2022-02-28" } }) { nodes { id title status start { value text } } }
      }`);
      const ids = data.events.nodes.map((e: any) => e.id);
      expect(ids).toEqual(expect.arrayContaining(["Event:russian-invasion-of-ukraine-2022", "Event:putin-biden-conversation-2022"]));
      // The summit proposed for "February or March" of another year, and the 2014 revolution, are not February 2022.
      expect(ids).not.toContain("Event:putin-trump-summit");
      expect(ids).not.toContain("Event:revolution-of-dignity");
    });

    it("everything that mentions Zelenskyy", async () => {
      const { data, errors } = await h.run(`{
        actor(id: "Person:volodymyr-zelenskyy") {
          name
          mentionedIn { nodes { id content speaker { name } } }
          events { nodes { id title } }
        }
      }`);
      expect(errors).toBeUndefined();
      expect(data.actor.mentionedIn.nodes.map((s: any) => s.id)).toContain("Statement:trump-would-meet-zelenskyy");
      expect(data.actor.events.nodes.map((e: any) => e.id)).toContain("Event:trump-zelenskyy-meeting");
    });

    it('full-text "summit"', async () => {
      const { data, errors } = await h.run(
        `{ search(text: "summit", first: 10) { score snippet node { __typename ... on Event { id status } } } }`,
      );
      expect(errors).toBeUndefined();
      expect(data.search[0].node).toEqual({ __typename: "Event", id: "Event:putin-trump-summit", status: "PROPOSED" });
      expect(data.search[0].snippet).toContain("«summit»");
    });
  });
}
