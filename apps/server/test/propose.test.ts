import { createToken } from "@claimline/store";
import { DIALECTS, totalRows } from "@claimline/store/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "./harness.js";

const PROPOSE = `query($text: String!, $source: ProposalSourceInput) { proposeFromText(text: $text, source: $source) {
  actors { slug actorId isNew name kind mentions { start end exact } rule confidence }
  statements { slug speakerSlug cue speechAct quoteType hedge reportedVia contentSpan { exact } span { start end exact } rule confidence }
  denials { slug denierSlug cue target { type slug } span { exact } }
  events { slug type status start { value precision text } mentions { exact } }
  document } }`;
const IMPORT = `mutation($document: JSONObject!) { importSource(input: { document: $document }) { stored statements denials } }`;

const TEXT = [
  "Kremlin rebuffs Trump",
  "",
  "Donald Trump said on Friday that he had spoken to the Russian leader twice.",
  '"We have nothing to add," Kremlin spokesman Dmitry Peskov told reporters. The Kremlin denied the claims.',
].join("\n");

for (const dialect of DIALECTS) {
  describe(`${dialect}: proposeFromText reads a text for an editor and writes nothing`, () => {
    let h: Harness;
    let editor = "";
    let reader = "";
    beforeAll(async () => {
      h = await createHarness(dialect);
      editor = (await createToken(h.database.store.db, { name: "desk", role: "editor" })).token;
      reader = (await createToken(h.database.store.db, { name: "a-reader", role: "reader" })).token;
    });
    afterAll(() => h.close());

    const ask = (token: string | null, variables: Record<string, unknown>) =>
      h.post(PROPOSE, variables, token ? { authorization: `Bearer ${token}` } : {});

    it("is for editors: anonymous is 401 UNAUTHENTICATED, a reader 403 FORBIDDEN", async () => {
      const anonymous = await ask(null, { text: TEXT });
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
      const asReader = await ask(reader, { text: TEXT });
      expect(asReader.status).toBe(403);
      expect(asReader.body.errors[0].extensions.code).toBe("FORBIDDEN");
    });

    it("matches stored actors by name and alias, flags new ones, and proposes statements, denials and dated events", async () => {
      const before = await totalRows(h.database.store);
      const { status, body } = await ask(editor, { text: TEXT, source: { title: "Kremlin rebuffs Trump", published: "2025-01-27" } });
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      const p = body.data.proposeFromText;
      const actor = (slug: string) => p.actors.find((a: any) => a.slug === slug);
      expect(actor("donald-trump")).toMatchObject({ actorId: "Person:donald-trump", isNew: false });
      expect(actor("vladimir-putin")).toMatchObject({
        actorId: "Person:vladimir-putin",
        isNew: false,
        mentions: [{ exact: "the Russian leader" }],
      });
      expect(actor("kremlin")).toMatchObject({ actorId: "Organization:kremlin", isNew: false });
      expect(actor("dmitry-peskov")).toMatchObject({ actorId: null, isNew: true, kind: "PERSON", rule: "role-and-name" });
      expect(p.statements.map((s: any) => [s.speakerSlug, s.cue, s.quoteType, s.reportedVia])).toEqual([
        ["donald-trump", "said", "INDIRECT", null],
        ["dmitry-peskov", "told", "DIRECT", "reporters"],
      ]);
      expect(p.statements[1].contentSpan.exact).toBe("We have nothing to add");
      expect(p.denials).toEqual([
        {
          slug: expect.any(String),
          denierSlug: "kremlin",
          cue: "denied",
          target: { type: "Statement", slug: p.statements[0].slug },
          span: { exact: "The Kremlin denied the claims" },
        },
      ]);
      expect(p.events[0]).toMatchObject({ type: "CALL", status: "CLAIMED" });
      for (const s of p.statements) expect(TEXT.slice(s.span.start, s.span.end)).toBe(s.span.exact);
      expect(await totalRows(h.database.store)).toBe(before);

      // Reviewed as it is, the document imports in one transaction.
      const imported = await h.post(IMPORT, { document: p.document }, { authorization: `Bearer ${editor}` });
      expect(imported.body.data).toEqual({ importSource: { stored: true, statements: 2, denials: 1 } });
    });

    it("refuses an empty text, an oversized one and a malformed date with BAD_USER_INPUT", async () => {
      const empty = await ask(editor, { text: "  \n" });
      expect(empty.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "text" });
      const huge = await ask(editor, { text: "word ".repeat(20_001) });
      expect(huge.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "text" });
      expect(huge.body.errors[0].message).toMatch(/at most 100000/);
      const badDate = await ask(editor, { text: TEXT, source: { published: "27 January" } });
      expect(badDate.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    });
  });
}
