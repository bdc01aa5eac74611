import { DIALECTS } from "@claimline/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, nonEmpty, type Harness } from "./harness.js";

/** The article's queries and the top hit each must rank first, on every dialect alike. */
const TOP_HITS: Record<string, string> = {
  summit: "Event:putin-trump-summit",
  Zelenskyy: "Person:volodymyr-zelenskyy",
  Kremlin: "Organization:kremlin",
  "better not say": "Statement:trump-better-not-say-how-many-times",
  invasion: "Event:russian-invasion-of-ukraine-2022",
  "private conversations": "Event:trump-putin-private-conversations-in-office",
};

const SEARCH = `query($text: String!, $first: Int) { search(text: $text, first: $first) {
  score snippet node { __typename ... on Node { id } } } }`;

for (const dialect of DIALECTS) {
  describe(`${dialect}: search`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await createHarness(dialect);
    });
    afterAll(() => h.close());

    it.each(Object.entries(TOP_HITS))('ranks the expected record first for "%s"', async (text, expected) => {
      const { data, errors } = await h.run(SEARCH, { text, first: 5 });
      expect(errors).toBeUndefined();
      expect(data.search[0].node.id).toBe(expected);
      const scores = data.search.map((hit: any) => hit.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const hit of nonEmpty(data.search)) expect(hit.snippet).toMatch(/«[^»]+»/);
    });

    it("finds actors, statements and events in one search", async () => {
      const { data } = await h.run(SEARCH, { text: "Zelenskyy", first: 10 });
      const kinds = new Set(data.search.map((hit: any) => hit.node.__typename));
      for (const kind of ["Person", "Statement", "Event"]) expect(kinds).toContain(kind);
    });

    it("stems words, ignores case and survives punctuation", async () => {
      const { data } = await h.run(SEARCH, { text: "INTERVIEWS", first: 5 });
      expect(data.search.length).toBeGreaterThan(0);
      const odd = await h.run(SEARCH, { text: `summit" OR (*`, first: 5 });
      expect(odd.errors).toBeUndefined();
    });

    it("refuses empty text and first over 100 with BAD_USER_INPUT", async () => {
      expect((await h.run(SEARCH, { text: "  !? " })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect((await h.run(SEARCH, { text: "summit", first: 101 })).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    });
  });
}
