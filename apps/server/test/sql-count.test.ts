import { importDocument, openDatabase, type Store } from "@claimline/store";
import { DIALECTS } from "@claimline/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../src/index.js";
import { syntheticDocument } from "./fixtures/synthetic-document.js";
import { createHarness, type Harness } from "./harness.js";

const PAGE = /* GraphQL */ `
  query Page($first: Int!) {
    statements(first: $first) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          content
          status
          speaker {
            id
            name
          }
          denials {
            id
            content
            denier {
              id
              name
            }
          }
          occasion {
            id
            title
          }
          about {
            id
            name
          }
          evidence {
            start
            end
            exact
            source {
              id
              title
            }
          }
        }
      }
    }
  }
`;

for (const dialect of DIALECTS) {
  describe(`${dialect}: SQL per request`, () => {
    let h: Harness;
    let counted: Store;
    let queries: string[] = [];
    beforeAll(async () => {
      h = await createHarness(dialect);
      await importDocument(h.database.store.db, syntheticDocument(120));
      counted = openDatabase(h.database.url, { onQuery: (sql) => queries.push(sql) });
    });
    afterAll(async () => {
      await counted.close();
      await h.close();
    });

    async function countFor(first: number) {
      queries = [];
      const response = await h.server.apollo.executeOperation(
        { query: PAGE, variables: { first } },
        { contextValue: createContext(counted) },
      );
      if (response.body.kind !== "single") throw new Error("expected a single result");
      expect(response.body.singleResult.errors).toBeUndefined();
      const edges = (response.body.singleResult.data as any).statements.edges;
      expect(edges).toHaveLength(first);
      return queries.length;
    }

    it("issues the same number of SQL queries for a page of 5 and a page of 50 (no N+1)", async () => {
      const five = await countFor(5);
      const fifty = await countFor(50);
      console.log(`${dialect}: SQL queries for a page of 5: ${five}; for a page of 50: ${fifty}`);
      expect(fifty).toBe(five);
      // page + count + speakers + denials + deniers + occasions + about links + about actors + evidence + sources
      expect(five).toBeLessThanOrEqual(10);
    });

    it("answers similar(first: 3) for every statement of a page in a number of queries that does not grow with the page", async () => {
      const SIMILAR = `query($first: Int!) { statements(first: $first) { nodes { id similar(first: 3) { edges { score node { id } } } } } }`;
      const countSimilar = async (first: number) => {
        queries = [];
        const response = await h.server.apollo.executeOperation(
          { query: SIMILAR, variables: { first } },
          { contextValue: createContext(counted) },
        );
        if (response.body.kind !== "single") throw new Error("expected a single result");
        expect(response.body.singleResult.errors).toBeUndefined();
        const nodes = (response.body.singleResult.data as any).statements.nodes as {
          id: string;
          similar: { edges: { node: { id: string } }[] };
        }[];
        expect(nodes).toHaveLength(first);
        expect(nodes.filter((n) => n.similar.edges.length === 3).length).toBeGreaterThan(0);
        for (const n of nodes) expect(n.similar.edges.map((e) => e.node.id)).not.toContain(n.id);
        return { count: queries.length, nodes };
      };
      const five = await countSimilar(5);
      const twenty = await countSimilar(20);
      console.log(`${dialect}: SQL queries for 5 statements with similar(first: 3): ${five.count}; for 20: ${twenty.count}`);
      expect(twenty.count).toBe(five.count);
      // The batch answers as each statement asked alone would.
      const alone = await h.run(`query($id: ID!) { statement(id: $id) { similar(first: 3) { edges { score node { id } } } } }`, {
        id: twenty.nodes[7]!.id,
      });
      expect(twenty.nodes[7]!.similar.edges).toEqual(alone.data.statement.similar.edges);
    });

    it("lists actors with their statements, denials, mentions and events in a number of queries that does not grow with the page", async () => {
      const ACTORS = `query($first: Int!) { actors(first: $first) { nodes { id
        statements(first: 3) { totalCount nodes { id speaker { id } } }
        denials(first: 2) { totalCount nodes { id } }
        mentionedIn(first: 2) { totalCount nodes { id } }
        events(first: 2) { totalCount nodes { id } }
      } } }`;
      const countActors = async (first: number) => {
        queries = [];
        const response = await h.server.apollo.executeOperation(
          { query: ACTORS, variables: { first } },
          { contextValue: createContext(counted) },
        );
        if (response.body.kind !== "single") throw new Error("expected a single result");
        expect(response.body.singleResult.errors).toBeUndefined();
        expect((response.body.singleResult.data as any).actors.nodes).toHaveLength(first);
        return queries.length;
      };
      const five = await countActors(5);
      const twenty = await countActors(20);
      console.log(`${dialect}: SQL queries for 5 actors with four connections each: ${five}; for 20: ${twenty}`);
      expect(twenty).toBe(five);
    });
  });
}
