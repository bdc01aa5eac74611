// The small pure pieces under the views: URL filters, span cutting, snippet marks.
import { describe, expect, it } from "vitest";
import { cut, spanFromParams } from "../src/sources/highlight.js";
import { runs } from "../src/search/snippet.js";
import { filterParams, readFilters, toStatementFilter } from "../src/statements/filters.js";

describe("filters in the URL", () => {
  it("round-trip, and become the API's StatementFilter", () => {
    const filters = readFilters(
      new URLSearchParams("speaker=Person:donald-trump&act=SUGGESTION&from=2024-01-01&to=2024-12-31&q=%20summit%20"),
    );
    expect(filters).toEqual({ speaker: "Person:donald-trump", act: "SUGGESTION", from: "2024-01-01", to: "2024-12-31", q: "summit" });
    expect(readFilters(new URLSearchParams(filterParams(filters) as Record<string, string>))).toEqual(filters);
    expect(toStatementFilter("Person:donald-trump", filters)).toEqual({
      speakerIds: ["Person:donald-trump"],
      speechActs: ["SUGGESTION"],
      statedIn: { from: "2024-01-01", to: "2024-12-31" },
      text: "summit",
    });
  });

  it("drop what the API would refuse: unknown acts, malformed days, blank text", () => {
    const filters = readFilters(new URLSearchParams("speaker=Person:x&act=SHOUT&from=yesterday&q=%20%20"));
    expect(filters).toEqual({ speaker: "Person:x", act: null, from: null, to: null, q: null });
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
