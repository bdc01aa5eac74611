// GET /export/statements.csv, .jsonl and /export/claims.jsonld: the same statements as the API for the same filter,
// in each format; the JSON-LD checked against schema.org's definitions (fixtures, no network).
import { importDocument } from "@claimline/store";
import { DIALECTS } from "@claimline/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildClaimlineSchema } from "../src/build-schema.js";
import { pageCost } from "../src/exports/export-pages.js";
import { syntheticDocument } from "./fixtures/synthetic-document.js";
import { createHarness, nonEmpty, type Harness } from "./harness.js";
import { vocabularyErrors } from "./jsonld-vocabulary.js";

const TRUMP_ON_PUTIN = { speakerIds: ["Person:donald-trump"], aboutIds: ["Person:vladimir-putin"] };

/** RFC 4180, as a spreadsheet reads it: quoted cells may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== "," && c !== "\r")) cell += c;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else {
      // "\r\n" ends a row.
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    }
  }
  return rows;
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: exports`, () => {
    let harness: Harness;
    let expected: any[];
    const get = (file: string, filter?: unknown, orderBy?: string) => {
      const query = new URLSearchParams();
      if (filter !== undefined) query.set("filter", typeof filter === "string" ? filter : JSON.stringify(filter));
      if (orderBy) query.set("orderBy", orderBy);
      return harness.server.app.inject({ method: "GET", url: `/export/${file}?${query.toString()}` });
    };
    beforeAll(async () => {
      harness = await createHarness(dialect);
      const { data } = await harness.run(
        `query ($filter: StatementFilter) { statements(filter: $filter, first: 100) { nodes {
           id content speaker { name } denials { id denier { name } } evidence { start end exact source { id } } } } }`,
        { filter: TRUMP_ON_PUTIN },
      );
      expected = nonEmpty(data.statements.nodes);
    });
    afterAll(() => harness?.close());

    it("statements.jsonl: one line per statement the API lists for the filter, in its order", async () => {
      const response = await get("statements.jsonl", TRUMP_ON_PUTIN);
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toBe("application/jsonl; charset=utf-8");
      const lines = response.body
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line));
      expect(lines.map((s) => s.id)).toEqual(expected.map((s) => s.id));
      const spans = (statement: any) => statement.evidence.map((e: any) => [e.source.id, e.start, e.end, e.exact]);
      expect(lines.map(spans)).toEqual(expected.map(spans));
      const reversed = await get("statements.jsonl", TRUMP_ON_PUTIN, "OLDEST_FIRST");
      expect(
        reversed.body
          .trimEnd()
          .split("\n")
          .map((line) => JSON.parse(line).id),
      ).toEqual(expected.map((s) => s.id).reverse());
    });

    it("statements.csv: a header and a row per statement; commas and quotes survive", async () => {
      const response = await get("statements.csv", TRUMP_ON_PUTIN);
      expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8; header=present");
      const [header, ...rows] = parseCsv(response.body);
      const column = (name: string) => header!.indexOf(name);
      expect(rows.map((row) => row[column("id")])).toEqual(expected.map((s) => s.id));
      for (const [index, row] of rows.entries()) {
        const statement = expected[index];
        expect(row).toHaveLength(header!.length);
        expect(row[column("content")]).toBe(statement.content);
        expect(row[column("exact")]).toBe(statement.evidence[0].exact);
        expect(row[column("denied_by")]).toBe(statement.denials.map((d: any) => d.denier.name).join("; "));
      }
      const all = parseCsv((await get("statements.csv")).body);
      const { data } = await harness.run("{ statements { totalCount } }");
      expect(all).toHaveLength(1 + Number(data.statements.totalCount));
      expect(all.flat().some((cell) => cell.includes(","))).toBe(true);
    });

    it("claims.jsonld: a schema.org Claim per statement and a ClaimReview per denial, every node in the vocabulary", async () => {
      const response = await get("claims.jsonld", TRUMP_ON_PUTIN);
      expect(response.headers["content-type"]).toBe("application/ld+json; charset=utf-8");
      const document = JSON.parse(response.body);
      expect(document["@context"]).toBe("https://schema.org");
      const nodes: any[] = document["@graph"];
      for (const node of nodes) expect(vocabularyErrors(node), JSON.stringify(node)).toEqual([]);
      const claims = nodes.filter((node) => node["@type"] === "Claim");
      const reviews = nodes.filter((node) => node["@type"] === "ClaimReview");
      expect(claims.map((claim) => claim.identifier)).toEqual(expected.map((s) => s.id));
      expect(reviews.map((review) => review.identifier)).toEqual(expected.flatMap((s) => s.denials.map((d: any) => d.id)));
      const kremlin = reviews.find((review) => review.author.name === "Kremlin");
      expect(kremlin).toMatchObject({
        claimReviewed: "Trump suggested that his private conversations with the Russian leader were beneficial.",
        itemReviewed: { "@id": "urn:claimline:Statement:trump-private-conversations-beneficial" },
        author: { "@type": "Organization", identifier: "Organization:kremlin" },
        reviewRating: { "@type": "Rating", alternateName: "Denied" },
      });
      expect(claims.map((claim) => claim["@id"])).toContain(kremlin.itemReviewed["@id"]);
    });

    it("refuses a filter that is not a StatementFilter with 400 BAD_USER_INPUT, and an unknown file with 404", async () => {
      for (const filter of ["{not json", { speakerIds: ["Event:putin-trump-summit"] }, { bogus: true }, { text: "the" }]) {
        const response = await get("statements.csv", filter);
        expect(response.statusCode, JSON.stringify(filter)).toBe(400);
        expect(JSON.parse(response.body).errors[0].extensions.code).toBe("BAD_USER_INPUT");
      }
      expect((await get("statements.xml")).statusCode).toBe(404);
    });
  });
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: exports pay for their pages and say when the database is away`, () => {
    let harness: Harness;
    let cost: number;
    const get = (file: string, headers: Record<string, string> = {}) =>
      harness.server.app.inject({ method: "GET", url: `/export/${file}`, headers });
    beforeAll(async () => {
      cost = pageCost(await buildClaimlineSchema(), { filter: null, orderBy: null });
      // Room for one page and a half: the seed's statements fit in one page, so one export and no second.
      harness = await createHarness(dialect, { rateLimit: { capacity: Math.floor(cost * 1.5), refillPerSecond: 1 } });
    });
    afterAll(() => harness?.close());

    it("charge each page to the caller's bucket: a tight bucket refuses the second export with 429 and Retry-After", async () => {
      expect(cost).toBeGreaterThan(1);
      const first = await get("statements.jsonl");
      expect(first.statusCode).toBe(200);
      expect(first.body.trimEnd().split("\n").length).toBeGreaterThan(0);
      const second = await get("statements.csv");
      expect(second.statusCode).toBe(429);
      const wait = Number(second.headers["retry-after"]);
      expect(wait).toBeGreaterThan(0);
      expect(JSON.parse(second.body).errors[0]).toMatchObject({ extensions: { code: "RATE_LIMITED", retryAfter: wait } });
      // The same bucket as /graphql: an operation there finds the export's page taken from it.
      const capacity = Math.floor(cost * 1.5);
      const { body } = await harness.post(`{ actor(id: "Person:donald-trump") { name } }`);
      expect(body.extensions.rateLimit.remaining).toBeLessThan(capacity - cost + 10);
    });

    it("stop a stream whose next page the bucket cannot pay: the transfer is cut off, not ended as if whole", async () => {
      const tight = await createHarness(dialect, { rateLimit: { capacity: Math.floor(cost * 1.5), refillPerSecond: 1 } });
      try {
        await importDocument(tight.database.store.db, syntheticDocument(120));
        const url = await tight.server.app.listen({ port: 0, host: "127.0.0.1" });
        const response = await fetch(`${url}/export/statements.jsonl`);
        expect(response.status).toBe(200);
        await expect(response.text()).rejects.toThrow(/terminated/);
        // The bucket was not charged for pages it refused, and the server goes on answering.
        expect((await tight.post(`{ actor(id: "Person:donald-trump") { name } }`)).status).toBe(200);
      } finally {
        await tight.close();
      }
    });

    it("refuse a made-up token with 401 rather than give it a fresh bucket", async () => {
      const response = await get("statements.csv", { authorization: "Bearer made-up" });
      expect(response.statusCode).toBe(401);
      expect(JSON.parse(response.body).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    });

    it("answer 503 UNAVAILABLE with Retry-After, not 500, while the database is away", async () => {
      const outage = await createHarness(dialect, { rateLimit: false });
      try {
        outage.server.health.report(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }));
        const response = await outage.server.app.inject({ method: "GET", url: "/export/claims.jsonld" });
        expect(response.statusCode).toBe(503);
        expect(response.headers["retry-after"]).toBe("5");
        expect(JSON.parse(response.body).errors[0].extensions.code).toBe("UNAVAILABLE");
      } finally {
        await outage.close();
      }
    });
  });
}

describe("the schema.org check itself", () => {
  it("refuses a property outside its type's domain, an unknown type, and text where a node belongs", () => {
    expect(vocabularyErrors({ "@type": "Claim", reviewRating: { "@type": "Rating" } })).toEqual([
      "node.reviewRating: not a property of Claim (domain Review)",
    ]);
    expect(vocabularyErrors({ "@type": "Denial" })).toEqual(["node: Denial is not a schema.org class"]);
    expect(vocabularyErrors({ "@type": "ClaimReview", reviewRating: "false", datePublished: "Friday" })).toEqual([
      'node.reviewRating: "false" does not fit Rating',
      'node.datePublished: "Friday" does not fit Date or DateTime',
      'node.datePublished: "Friday" is not an ISO 8601 date',
    ]);
  });
});
