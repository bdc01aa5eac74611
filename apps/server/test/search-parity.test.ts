import { DIALECTS } from "@claimline/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, nonEmpty, type Harness } from "./harness.js";

const SEARCH = `query($text: String!) { search(text: $text, first: 100) { score snippet node { __typename ... on Node { id } } } }`;
const FILTER = `query($text: String!) { statements(filter: { text: $text }, orderBy: RELEVANCE, first: 100) { totalCount nodes { id } } }`;

/** Queries a journalist might type, chosen to probe each seam: stopwords, stems, quotes, punctuation, non-ASCII, one letter. */
const QUERIES = [
  // stopwords, alone and beside real words
  "the",
  "and the of",
  "the summit",
  "to end the war",
  // stems
  "conversations",
  "conversation",
  "denied",
  "deny",
  "denials",
  "interviews",
  "meeting",
  "suggesting",
  // quotes and punctuation
  '"better not say"',
  "“better not say”",
  "‘better not say’",
  "Trump's",
  "Putin?",
  "(invasion)",
  "Air-Force-One",
  "New York Post!",
  "e.g. Kremlin",
  'summit" OR (*',
  // non-ASCII and case
  "Zelenskyy",
  "ZELÉNSKYY",
  "Ukraïne",
  "Дональд",
  // one letter
  "a summit",
  "I",
  "x",
  "s Putin",
  // names and the "about" seam
  "Putin",
  "Russian leader",
  "Trump Putin",
  "Biden",
  "Yanukovych",
  "Revolution of Dignity",
  "Kremlin denied",
  "traditional media",
  "2022",
  "February or March",
  "bloodbath",
  "authoritarian leaders",
];

/** What a user sees for a query: the whole hit list, in order, with scores and snippets, or the error code. */
async function answers(h: Harness, text: string) {
  const search = await h.run(SEARCH, { text });
  const filter = await h.run(FILTER, { text });
  return {
    search: search.errors?.map((e) => e.extensions?.code) ?? search.data.search.map((hit: any) => [hit.node.id, hit.score, hit.snippet]),
    filter: filter.errors?.map((e) => e.extensions?.code) ?? [
      filter.data.statements.totalCount,
      filter.data.statements.nodes.map((n: any) => n.id),
    ],
  };
}

describe.runIf(DIALECTS.includes("postgres"))("search is one product on both dialects", () => {
  let sqlite: Harness;
  let postgres: Harness;
  beforeAll(async () => {
    [sqlite, postgres] = await Promise.all([createHarness("sqlite"), createHarness("postgres")]);
  });
  afterAll(() => Promise.all([sqlite.close(), postgres.close()]));

  it(`answers ${QUERIES.length} queries with the same hits, in the same order, with the same scores and snippets`, async () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(30);
    let found = 0;
    for (const text of QUERIES) {
      const [onSqlite, onPostgres] = [await answers(sqlite, text), await answers(postgres, text)];
      expect(onPostgres, text).toEqual(onSqlite);
      if (Array.isArray(onSqlite.search[0])) found += 1;
    }
    expect(found).toBeGreaterThan(25);
  });
});

for (const dialect of DIALECTS) {
  describe(`${dialect}: what search finds`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await createHarness(dialect);
    });
    afterAll(() => h.close());

    const hits = async (text: string) => (await h.run(SEARCH, { text })).data.search.map((hit: any) => hit.node.id);

    it("refuses text with only common words, too many words or too many characters, naming the argument", async () => {
      for (const [text, why] of [
        ["the", /too common/],
        ["and the of", /too common/],
        ["word ".repeat(33), /at most 32/],
        ["x".repeat(501), /at most 500/],
      ] as const) {
        const search = await h.run(SEARCH, { text });
        expect(search.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "text" });
        expect(search.errors?.[0]?.message).toMatch(why);
        const filter = await h.run(FILTER, { text });
        expect(filter.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "filter.text" });
      }
    });

    it("finds what was said about Putin as 'the Russian leader' when searching for Putin", async () => {
      expect(await hits("Putin")).toContain("Statement:trump-private-conversations-beneficial");
      const { data } = await h.run(SEARCH, { text: "Putin" });
      const disputed = data.search.find((hit: any) => hit.node.id === "Statement:trump-private-conversations-beneficial");
      expect(disputed.snippet).toMatch(/the Russian leader.*about Vladimir «Putin»/);
    });

    it("finds Trump's statements about Putin, the disputed one among them, with the text filter", async () => {
      const { data } = await h.run(`{ actor(id: "Person:donald-trump") {
        all: statements(filter: { text: "Putin" }, first: 100) { totalCount nodes { id } }
        disputed: statements(filter: { text: "Putin", disputed: true }) { nodes { id denials { denier { name } } } }
      } }`);
      expect(data.actor.all.totalCount).toBe(9);
      expect(data.actor.all.nodes.map((n: any) => n.id)).toContain("Statement:trump-private-conversations-beneficial");
      expect(data.actor.disputed.nodes).toEqual([
        {
          id: "Statement:trump-private-conversations-beneficial",
          denials: [{ denier: { name: "Kremlin" } }, { denier: { name: "traditional media outlets" } }],
        },
      ]);
    });

    it("finds denials, by their words and by their denier", async () => {
      expect(await hits("Kremlin denied")).toContain("Denial:kremlin-denies-private-conversations-claims");
      const { data } = await h.run(`{ denials(filter: { text: "traditional media" }) { nodes { id } } }`);
      expect(nonEmpty(data.denials.nodes).map((n: any) => n.id)).toEqual(["Denial:traditional-media-deny-private-conversations-claims"]);
    });

    it("matches the same record however the words are inflected, quoted or accented", async () => {
      expect(await hits("conversations")).toEqual(await hits("conversation"));
      expect(await hits('"better not say"')).toEqual(await hits("better not say"));
      expect(await hits("ZELÉNSKYY")).toEqual(await hits("zelenskyy"));
      expect(await hits("Дональд")).toEqual([]);
    });
  });
}
