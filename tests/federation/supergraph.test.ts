// Claimline as a Federation 2 subgraph: composed beside a small subgraph that adds a field to Person, and queried
// through @apollo/gateway across both.
import { composeServices } from "@apollo/composition";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { createTestDatabase, DIALECTS, type TestDatabase } from "@claimline/store/testing";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stopWithin } from "../support/processes.js";
import { postGraphQL, startServer, type RunningServer } from "../support/start-server.js";

/** The second subgraph: how many followers a person has, keyed by Claimline's global id. */
const SOCIAL = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Person @key(fields: "id") {
    id: ID!
    followers: Int!
  }
`);
const FOLLOWERS: Record<string, number> = { "Person:donald-trump": 100, "Person:vladimir-putin": 50 };

const SPANNING = `{
  statement(id: "Statement:trump-admits-direct-conversations") {
    content
    speaker { ... on Person { id name followers } }
    about { ... on Person { name followers } }
  }
}`;

for (const dialect of DIALECTS) {
  describe(`${dialect}: the FEDERATION=1 subgraph in a composed supergraph`, () => {
    let database: TestDatabase | undefined;
    let claimline: RunningServer | undefined;
    let social: ApolloServer | undefined;
    let socialUrl = "";
    let gateway: ApolloServer | undefined;
    beforeAll(async () => {
      database = await createTestDatabase(dialect, { migrate: false });
      claimline = await startServer({ DATABASE_URL: database.url, FEDERATION: "1", RATE_LIMIT_CAPACITY: "0" });
      social = new ApolloServer({
        schema: buildSubgraphSchema({
          typeDefs: SOCIAL,
          resolvers: { Person: { __resolveReference: ({ id }: { id: string }) => ({ id, followers: FOLLOWERS[id] ?? 0 }) } },
        }),
      });
      socialUrl = (await startStandaloneServer(social, { listen: { port: 0, host: "127.0.0.1" } })).url;
    });
    afterAll(async () => {
      await gateway?.stop();
      await social?.stop();
      if (claimline) await stopWithin(claimline);
      await database?.drop();
    });

    it("serves _service.sdl with every Node type keyed by id, and _entities by global id", async () => {
      const { body } = await postGraphQL(claimline!.url, `{ _service { sdl } }`);
      const sdl: string = body.data._service.sdl;
      for (const type of ["Person", "Organization", "Source", "Statement", "Denial", "Event"])
        expect(sdl).toMatch(new RegExp(`type ${type} implements [^{]*@key\\(fields: "id"\\)`));

      const entities = await postGraphQL(
        claimline!.url,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { name } ... on Statement { content } } }`,
        {
          r: [
            { __typename: "Person", id: "Person:vladimir-putin" },
            { __typename: "Statement", id: "Statement:trump-promises-to-end-war" },
            { __typename: "Person", id: "Person:nobody" },
          ],
        },
      );
      expect(entities.body.data._entities).toEqual([
        { name: "Vladimir Putin" },
        { content: "Trump has long promised to bring an end to the war in Ukraine." },
        null,
      ]);
    });

    it("composes with a second subgraph extending Person, and a gateway query spans both", async () => {
      const { body } = await postGraphQL(claimline!.url, `{ _service { sdl } }`);
      const composed = composeServices([
        { name: "claimline", typeDefs: parse(body.data._service.sdl as string), url: `${claimline!.url}/graphql` },
        { name: "social", typeDefs: SOCIAL, url: socialUrl },
      ]);
      expect(composed.errors?.map((e) => e.message)).toBeUndefined();
      gateway = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: composed.supergraphSdl! }) });
      await gateway.start();
      const response = await gateway.executeOperation({ query: SPANNING });
      if (response.body.kind !== "single") throw new Error("expected a single result");
      expect(response.body.singleResult.errors).toBeUndefined();
      expect(response.body.singleResult.data).toEqual({
        statement: {
          content:
            "Donald Trump has reportedly admitted to having direct conversations with Vladimir Putin about ending his invasion of Ukraine.",
          speaker: { id: "Person:donald-trump", name: "Donald Trump", followers: 100 },
          about: [{ name: "Vladimir Putin", followers: 50 }],
        },
      });
    });
  });
}
