import { describe, expect, it } from "vitest";
import type { KnownActor } from "../src/proposal.js";
import { propose } from "../src/propose.js";

const statementsOf = (text: string, known: KnownActor[] = []) =>
  propose(text, { known }).statements.map((s) => ({
    speaker: s.speakerId,
    cue: s.cue,
    quoteType: s.quoteType,
    content: s.contentSpan.exact,
    rule: s.rule,
  }));

describe("attribution patterns", () => {
  it('"…," X said — the quotation is the content, a direct quote', () => {
    expect(statementsOf('"We will not negotiate under pressure," Kremlin spokesman Dmitry Peskov said.')).toEqual([
      { speaker: "dmitry-peskov", cue: "said", quoteType: "DIRECT", content: "We will not negotiate under pressure", rule: "quote-before" },
    ]);
    expect(statementsOf('"It is over," said Marta Kovač.')[0]).toMatchObject({
      speaker: "marta-kovac",
      quoteType: "DIRECT",
      content: "It is over",
    });
  });

  it("X said (that) … — an indirect statement up to the end of its clause", () => {
    expect(statementsOf("Mayor Ana Velez said that the bridge would reopen in May, according to the council.")[0]).toMatchObject({
      speaker: "ana-velez",
      cue: "said",
      quoteType: "INDIRECT",
      content: "the bridge would reopen in May",
      rule: "subject-cue-that",
    });
    expect(statementsOf('Mayor Ana Velez said the plan was "dead on arrival".')[0]).toMatchObject({ quoteType: "MIXED" });
  });

  it("according to X, … — the source is the speaker, the hedge is kept", () => {
    const p = propose("According to the Harbour Authority, the dredger arrived on Monday.");
    expect(p.statements[0]).toMatchObject({ cue: "According to", hedge: "according to", rule: "according-to" });
    expect(p.statements[0]?.contentSpan.exact).toBe("the dredger arrived on Monday");
    expect(p.actors.find((a) => a.id === p.statements[0]?.speakerId)?.name).toBe("Harbour Authority");
  });

  it("X told Y that … — the addressee is not the speaker; told reporters is second-hand", () => {
    const p = propose("Mayor Ana Velez told reporters that the budget was secured.");
    expect(p.statements[0]).toMatchObject({ speakerId: "ana-velez", cue: "told", reportedVia: "reporters" });
    expect(p.statements[0]?.contentSpan.exact).toBe("the budget was secured");
  });

  it("media reports claimed … — second-hand attribution kept apart from the speaker's own words", () => {
    const p = propose("Local media reports claimed that the mayor had resigned. Mayor Ana Velez said she would stay.");
    const [reported, own] = p.statements;
    expect(reported).toMatchObject({ reportedVia: "Local media reports", cue: "claimed" });
    expect(p.actors.find((a) => a.id === reported?.speakerId)?.kind).toBe("MEDIA");
    expect(own).toMatchObject({ speakerId: "ana-velez", reportedVia: null });
  });

  it("X denied … — a denial whose target is the claim it points back to", () => {
    const p = propose("Mayor Ana Velez said the budget was secured. Councillor Tomas Brandt denied the claims.");
    expect(p.denials).toHaveLength(1);
    expect(p.denials[0]).toMatchObject({ denierId: "tomas-brandt", cue: "denied", target: { type: "Statement", id: p.statements[0]?.id } });
  });

  it('X dismissed the claims, stating "…" — the quotation is the denial\'s words, not a statement of its own', () => {
    const p = propose(
      'Local media reports claimed that the bridge was unsafe. Engineer Lina Okafor dismissed the claims, stating "the bridge is sound."',
    );
    expect(p.statements.map((s) => s.cue)).toEqual(["claimed"]);
    expect(p.denials[0]).toMatchObject({
      denierId: "lina-okafor",
      cue: "dismissed",
      quoteType: "DIRECT",
      target: { id: p.statements[0]?.id },
    });
    expect(p.denials[0]?.contentSpan.exact).toBe("the bridge is sound.");
  });

  it("X denied that <event> took place — the denial targets the event", () => {
    const p = propose(
      "Minister Anton Meric met Lea Dorn in Vienna. The Kestrian Foreign Ministry denied that any meeting had taken place.",
    );
    const event = p.events.find((e) => e.type === "MEETING");
    expect(p.denials[0]?.target).toEqual({ type: "Event", id: event?.id });
  });

  it("passive denials name each denier", () => {
    const p = propose(
      "Mayor Ana Velez said the budget was secured. However, these claims have been denied by both the Harbour Authority and local residents.",
    );
    expect(p.denials.map((d) => d.denierId)).toEqual(["harbour-authority", "local-residents"]);
  });
});

describe("actors", () => {
  const known: KnownActor[] = [
    { id: "dmitry-peskov", type: "Person", kind: "PERSON", name: "Dmitry Peskov", aliases: ["Peskov", "the Kremlin spokesman"] },
    { id: "vladimir-putin", type: "Person", kind: "PERSON", name: "Vladimir Putin", aliases: ["Putin", "the Russian leader"] },
  ];

  it("matches known actors by name and alias, and flags the rest as new", () => {
    const p = propose(
      "The Kremlin spokesman said the Russian leader was ready. Peskov added that Foreign Minister Sergei Lavrov would travel.",
      { known },
    );
    expect(p.statements.map((s) => s.speakerId)).toEqual(["dmitry-peskov", "dmitry-peskov"]);
    const byId = new Map(p.actors.map((a) => [a.id, a]));
    expect(byId.get("vladimir-putin")).toMatchObject({ isNew: false, mentions: [{ exact: "the Russian leader" }] });
    expect(byId.get("sergei-lavrov")).toMatchObject({
      isNew: true,
      type: "Person",
      aliases: expect.arrayContaining(["Lavrov", "the minister"]),
    });
  });

  it("resolves he and she to the speaker before, and a role to the person who holds it", () => {
    const p = propose(
      "Kremlin spokesman Dmitry Peskov said talks were possible. He added that no date was set. Later the spokesman said more.",
    );
    expect(p.statements.map((s) => s.speakerId)).toEqual(["dmitry-peskov", "dmitry-peskov", "dmitry-peskov"]);
  });
});

describe("events and dates", () => {
  it("proposes events with status and dates relative to the publication day, as ranges with precision", () => {
    const p = propose(
      "Trump said he spoke to Putin on Friday. A potential summit could take place in February or March. Fighting has continued since 2021, and the war goes on.",
      { published: "2025-01-27" },
    );
    const call = p.events.find((e) => e.type === "CALL");
    expect(call).toMatchObject({ status: "CLAIMED", start: { value: "2025-01-24", precision: "DAY", text: "on Friday" } });
    const summit = p.events.find((e) => e.type === "SUMMIT");
    expect(summit).toMatchObject({ status: "PROPOSED", start: { earliest: "2025-02-01", latest: "2025-03-31", value: null } });
  });

  it("leaves a relative date unresolved, with a note, when the publication day is unknown", () => {
    const p = propose("Trump said he spoke to Putin on Friday.");
    expect(p.events[0]?.start).toMatchObject({ value: null, text: "on Friday", note: expect.stringMatching(/no publication date/) });
  });
});
