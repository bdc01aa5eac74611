// The small pure pieces under the views: URL filters, span cutting, snippet marks.
import { describe, expect, it } from "vitest";
import { cut, spanFromParams } from "../src/sources/highlight.js";
import { highlightRuns, kept, reviewedDocument, withAdded, type ImportDocument } from "../src/import/review.js";
import { runs } from "../src/search/snippet.js";
import { citationMarkdown, citationText } from "../src/citation/citation.js";
import { countAbout } from "../src/statements/AboutChips.js";
import { filterParams, readFilters, toStatementFilter } from "../src/statements/filters.js";

describe("filters in the URL", () => {
  it("round-trip, and become the API's StatementFilter", () => {
    const filters = readFilters(
      new URLSearchParams(
        "speaker=Person:donald-trump&about=Person:vladimir-putin&about=Kremlin&disputed=1&act=SUGGESTION&from=2024-01-01&to=2024-12-31&q=%20summit%20&deprecated=1",
      ),
    );
    expect(filters).toEqual({
      speaker: "Person:donald-trump",
      about: ["Person:vladimir-putin", "Kremlin"],
      disputed: true,
      act: "SUGGESTION",
      from: "2024-01-01",
      to: "2024-12-31",
      q: "summit",
      deprecated: true,
    });
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(filterParams(filters)))
      for (const item of typeof value === "string" ? [value] : (value ?? [])) query.append(key, item);
    expect(readFilters(query)).toEqual(filters);
    expect(toStatementFilter("Person:donald-trump", filters)).toEqual({
      speakerIds: ["Person:donald-trump"],
      aboutIds: ["Person:vladimir-putin", "Kremlin"],
      disputed: true,
      speechActs: ["SUGGESTION"],
      statedIn: { from: "2024-01-01", to: "2024-12-31" },
      text: "summit",
      includeDeprecated: true,
    });
  });

  it("drop what the API would refuse: unknown acts, malformed days, blank text", () => {
    const filters = readFilters(new URLSearchParams("speaker=Person:x&act=SHOUT&from=yesterday&q=%20%20&disputed=yes&about="));
    expect(filters).toEqual({
      speaker: "Person:x",
      about: [],
      disputed: false,
      act: null,
      from: null,
      to: null,
      q: null,
      deprecated: false,
    });
    expect(toStatementFilter("Person:x", filters)).toEqual({ speakerIds: ["Person:x"] });
  });
});

describe("source spans", () => {
  it("cut at UTF-16 offsets, end exclusive, as the API counts them", () => {
    expect(cut("abcdef", 2, 4)).toEqual({ before: "ab", span: "cd", after: "ef" });
    expect(cut("“Putin” said", 1, 6)?.span).toBe("Putin");
  });

  it("refuse spans outside the text, and read only whole numbers from the URL", () => {
    expect(cut("abc", 2, 9)).toBeNull();
    expect(cut("abc", 2, 2)).toBeNull();
    expect(spanFromParams(new URLSearchParams("start=1797&end=1883"))).toEqual({ start: 1797, end: 1883 });
    expect(spanFromParams(new URLSearchParams("start=-1&end=3"))).toBeNull();
    expect(spanFromParams(new URLSearchParams("start=1"))).toBeNull();
  });
});

describe("search snippets", () => {
  it("split at «guillemets» into marked and plain runs", () => {
    expect(runs("a «summit» with «Putin»")).toEqual([
      { text: "a ", match: false },
      { text: "summit", match: true },
      { text: " with ", match: false },
      { text: "Putin", match: true },
    ]);
    expect(runs("no marks")).toEqual([{ text: "no marks", match: false }]);
  });
});

describe("citations", () => {
  const citation = {
    who: "Kremlin",
    cue: "denied",
    kind: "denial",
    spans: [
      {
        exact: "denied by both",
        start: 10,
        end: 24,
        source: { title: "A title", publisher: "The Post", url: "https://x.test/a", published: "2025-02" },
      },
    ],
    permalink: "http://localhost:4000/denials/Denial:x",
  };
  it("as plain text: who, cue, exact words, source, offsets, permalink", () => {
    expect(citationText(citation)).toBe(
      "Kremlin (denial, cue “denied”):\n“denied by both”\nSource: A title, The Post, 2025-02, https://x.test/a\nCharacters 10–24\nPermalink: http://localhost:4000/denials/Denial:x",
    );
  });
  it("as Markdown, with the source linked when it has a URL", () => {
    expect(citationMarkdown({ ...citation, cue: null })).toBe(
      "**Kremlin** (denial):\n\n> denied by both\n\n— [A title](https://x.test/a), The Post, 2025-02, characters 10–24\n\n[Permalink](http://localhost:4000/denials/Denial:x)",
    );
  });
});

describe("About… counts", () => {
  it("count each actor once per statement, most first, then by name", () => {
    const putin = { id: "P", name: "Putin" };
    const biden = { id: "B", name: "Biden" };
    const zelenskyy = { id: "Z", name: "Zelenskyy" };
    expect(countAbout([{ about: [putin, zelenskyy] }, { about: [putin] }, { about: [] }, { about: [biden] }])).toEqual([
      { ...putin, count: 2 },
      { ...biden, count: 1 },
      { ...zelenskyy, count: 1 },
    ]);
  });
});

describe("the Import page's review", () => {
  const doc: ImportDocument = {
    source: { id: "s" },
    text: "Ann said x. Bob denied it.",
    actors: [
      { id: "ann", name: "Ann" },
      { id: "bob", name: "Bob" },
    ],
    events: [{ id: "talks", title: "Talks", participants: [{ actorId: "ann" }, { actorId: "bob" }] }],
    statements: [
      { id: "ann-x", speakerId: "ann", content: "x" },
      { id: "ann-y", speakerId: "ann", content: "y" },
    ],
    denials: [
      { id: "bob-denies-x", denierId: "bob", targetType: "Statement", targetId: "ann-x", content: "it" },
      { id: "bob-denies-stored", denierId: "bob", targetType: "Statement", targetId: "stored-elsewhere", content: "it" },
    ],
  };

  it("drops a denial with the statement it targets, and records with their dropped actor", () => {
    expect([...kept(doc, { dropped: new Set(["statement:ann-x"]) })].sort()).toEqual(
      ["actor:ann", "actor:bob", "denial:bob-denies-stored", "event:talks", "statement:ann-y"].sort(),
    );
    const out = reviewedDocument(doc, {
      dropped: new Set(["actor:bob"]),
      edits: { "statement:ann-y": " Ann said y. ", "event:talks": "  " },
    });
    expect(out.denials).toEqual([]);
    expect(out.events).toEqual([{ id: "talks", title: "Talks", participants: [{ actorId: "ann" }] }]);
    expect(out.statements.map((s) => s.content)).toEqual(["x", "Ann said y."]);
    expect(out.text).toBe(doc.text);
  });

  it("adds the editor's statement with its selection as evidence, and drops it with its speaker", () => {
    const text = doc.text as string;
    const start = text.indexOf("denied it");
    const added = withAdded(doc, text, [{ speakerId: "bob", cue: " ", speechAct: "CRITICISM", start, end: start + 9 }]);
    expect(added.statements.at(-1)).toMatchObject({
      id: "s-added-1",
      speakerId: "bob",
      content: "denied it",
      cue: null,
      speechAct: "CRITICISM",
      evidence: [{ start, end: start + 9, exact: "denied it" }],
    });
    expect(reviewedDocument(added, { dropped: new Set(["actor:bob"]), edits: {} }).statements.map((s) => s.id)).toEqual(["ann-x", "ann-y"]);
  });

  it("cuts the text into runs marked with the strongest kind over them", () => {
    expect(
      highlightRuns("Ann said x.", [
        { start: 0, end: 10, kind: "statement" },
        { start: 0, end: 3, kind: "actor" },
        { start: 20, end: 30, kind: "denial" },
      ]),
    ).toEqual([
      { text: "Ann said x", kind: "statement" },
      { text: ".", kind: null },
    ]);
  });
});
