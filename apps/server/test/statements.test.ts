import { DIALECTS } from "@claimline/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, nonEmpty, type Harness } from "./harness.js";

const TRUMPS_STATEMENTS = /* GraphQL */ `
  query TrumpsStatements($first: Int, $after: String) {
    statements(filter: { speakerIds: ["Person:donald-trump"] }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
          content
          quote
          quoteType
          speechAct
          cue
          hedged
          hedge
          status
          statedAt {
            value
            precision
            text
          }
          speaker {
            id
            name
          }
          occasion {
            id
            title
            type
          }
          about {
            id
            name
          }
          evidence {
            start
            end
            exact
            prefix
            suffix
            source {
              id
              text
            }
          }
          denials {
            id
            cue
            content
            denier {
              id
              name
              kind
            }
            evidence {
              exact
            }
          }
        }
      }
    }
  }
`;

for (const dialect of DIALECTS) {
  describe(`${dialect}: statements by speaker`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await createHarness(dialect);
    });
    afterAll(() => h.close());

    it("returns Trump's statements from the article, each with a span that says what it claims", async () => {
      const { data, errors } = await h.run(TRUMPS_STATEMENTS, { first: 100 });
      expect(errors).toBeUndefined();
      const statements = data.statements.edges.map((e: any) => e.node);
      expect(statements.length).toBeGreaterThanOrEqual(10);
      expect(data.statements.totalCount).toBe(statements.length);
      for (const s of nonEmpty(statements)) {
        expect(s.speaker).toEqual({ id: "Person:donald-trump", name: "Donald Trump" });
        expect(s.evidence.length).toBeGreaterThan(0);
        for (const span of nonEmpty(s.evidence)) expect(span.source.text.slice(span.start, span.end)).toBe(span.exact);
      }
      const admitted = statements.find((s: any) => s.cue === "admitted");
      expect(admitted).toMatchObject({ speechAct: "ADMISSION", hedged: true, hedge: "reportedly" });
      const betterNotSay = statements.find((s: any) => s.quote === "better not say");
      expect(betterNotSay).toMatchObject({ cue: "alluding", quoteType: "MIXED", occasion: { type: "INTERVIEW" } });
      expect(betterNotSay.evidence[0].exact).toContain("‘better not say’");
    });

    it("shows the Kremlin's denial beside the statement it denies, and marks it DISPUTED", async () => {
      const { data } = await h.run(TRUMPS_STATEMENTS, { first: 100 });
      const statements = data.statements.edges.map((e: any) => e.node);
      const denied = statements.filter((s: any) => s.denials.length > 0);
      expect(denied.length).toBeGreaterThan(0);
      const kremlin = denied.flatMap((s: any) => s.denials).find((d: any) => d.denier.id === "Organization:kremlin");
      expect(kremlin).toMatchObject({ cue: "denied", denier: { name: expect.stringContaining("Kremlin"), kind: "GOVERNMENT" } });
      expect(kremlin.evidence[0].exact).toContain("denied by both the Kremlin");
      for (const s of nonEmpty(statements)) expect(s.status).toBe(s.denials.length > 0 ? "DISPUTED" : "UNCONTESTED");
    });

    it("pages through every statement with cursors, without gaps or repeats", async () => {
      const all = (await h.run(TRUMPS_STATEMENTS, { first: 100 })).data.statements.edges.map((e: any) => e.node.id);
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 20; page++) {
        const { data }: { data?: any } = await h.run(TRUMPS_STATEMENTS, { first: 4, after });
        seen.push(...data.statements.edges.map((e: any) => e.node.id));
        expect(data.statements.pageInfo.hasPreviousPage).toBe(after != null);
        if (!data.statements.pageInfo.hasNextPage) break;
        after = data.statements.pageInfo.endCursor;
      }
      expect(seen).toEqual(all);
    });

    it("refuses a page larger than 100 and a cursor it never gave, with BAD_USER_INPUT", async () => {
      const tooMany = await h.run(TRUMPS_STATEMENTS, { first: 101 });
      expect(tooMany.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const forged = await h.run(TRUMPS_STATEMENTS, { first: 5, after: "not-a-cursor" });
      expect(forged.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    });

    it("answers a malformed speaker id with BAD_USER_INPUT and an unknown one with an empty page", async () => {
      const q = `query($ids: [ID!]) { statements(filter: { speakerIds: $ids }) { totalCount edges { node { id } } } }`;
      const malformed = await h.run(q, { ids: ["donald-trump"] });
      expect(malformed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const wrongType = await h.run(q, { ids: ["Event:putin-trump-summit"] });
      expect(wrongType.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const unknown = await h.run(q, { ids: ["Person:nobody-at-all"] });
      expect(unknown.errors).toBeUndefined();
      expect(unknown.data.statements).toEqual({ totalCount: 0, edges: [] });
    });
  });
}
