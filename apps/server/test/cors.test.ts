// CORS_ORIGINS: named origins read and write, `*` only reads, everyone else gets no CORS headers at all.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CorsPolicy } from "../src/index.js";
import { createHarness, type Harness } from "./harness.js";

const EDITOR = "https://editor.example";
const STRANGER = "https://elsewhere.example";
const READ = "{ statements(first: 1) { totalCount } }";
const WRITE = 'mutation { createPerson(input: { name: "Ana Rivera", evidence: [] }) { person { id } } }';

async function preflight(harness: Harness, origin: string) {
  return harness.server.app.inject({
    method: "OPTIONS",
    url: "/graphql",
    headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type, authorization" },
  });
}

describe("CORS", () => {
  describe("with CORS_ORIGINS unset", () => {
    let harness: Harness;
    beforeAll(async () => (harness = await createHarness("sqlite")));
    afterAll(() => harness?.close());

    it("allows no other origin: a preflight gets no Access-Control-Allow-Origin, nor does an answer", async () => {
      const answer = await preflight(harness, STRANGER);
      expect(answer.statusCode).toBe(204);
      expect(answer.headers["access-control-allow-origin"]).toBeUndefined();
      const read = await harness.post(READ, undefined, { origin: STRANGER });
      expect(read.headers["access-control-allow-origin"]).toBeUndefined();
      expect(read.headers.vary).toContain("Origin");
    });

    it("still lets the server's own pages write (same origin)", async () => {
      const write = await harness.post(WRITE, undefined, { origin: "http://localhost", host: "localhost:80" });
      expect(write.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    });
  });

  describe('with CORS_ORIGINS="*, https://editor.example"', () => {
    let harness: Harness;
    beforeAll(async () => (harness = await createHarness("sqlite", { cors: CorsPolicy.fromEnv(`*, ${EDITOR}`) })));
    afterAll(() => harness?.close());

    it("answers a named origin's preflight with that origin, the methods and headers, and no credentials", async () => {
      const answer = await preflight(harness, EDITOR);
      expect(answer.statusCode).toBe(204);
      expect(answer.headers["access-control-allow-origin"]).toBe(EDITOR);
      expect(answer.headers["access-control-allow-methods"]).toBe("GET, POST");
      expect(answer.headers["access-control-allow-headers"]).toContain("authorization");
      expect(answer.headers["access-control-allow-credentials"]).toBeUndefined();
    });

    it("lets any other origin read, with `*` and never credentials", async () => {
      expect((await preflight(harness, STRANGER)).headers["access-control-allow-origin"]).toBe("*");
      const read = await harness.post(READ, undefined, { origin: STRANGER });
      expect(read.status).toBe(200);
      expect(read.body.data.statements.totalCount).toBeGreaterThan(0);
      expect(read.headers["access-control-allow-origin"]).toBe("*");
      expect(read.headers["access-control-allow-credentials"]).toBeUndefined();
    });

    it("refuses a write from an origin allowed only by `*` with 403 FORBIDDEN, before it runs", async () => {
      const write = await harness.post(WRITE, undefined, { origin: STRANGER });
      expect(write.status).toBe(403);
      expect(write.body.errors[0].extensions.code).toBe("FORBIDDEN");
      expect(write.body.errors[0].message).toContain("CORS_ORIGINS");
    });

    it("lets a named origin write (it then needs a token like anyone)", async () => {
      const write = await harness.post(WRITE, undefined, { origin: EDITOR });
      expect(write.status).toBe(401);
      expect(write.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
      expect(write.headers["access-control-allow-origin"]).toBe(EDITOR);
    });
  });

  it("refuses a CORS_ORIGINS entry that is not an origin", () => {
    expect(() => CorsPolicy.fromEnv("https://a.example/path")).toThrow(/not an origin/);
    expect(() => CorsPolicy.fromEnv("a.example")).toThrow(/not an origin/);
    expect(CorsPolicy.fromEnv(" https://a.example , * ").allowOrigin("https://a.example")).toBe("https://a.example");
  });
});
