import { SPEECH_ACTS } from "@claimline/store";
import { describe, expect, it } from "vitest";
import { lexicon } from "../src/lexicon.js";
import { propose } from "../src/propose.js";

describe("the cue lexicon (lexicon/cues.json)", () => {
  it("maps every cue to a speech act of the import format or to DENIAL, with lowercase forms listed once", () => {
    const acts = new Set<string>([...SPEECH_ACTS, "DENIAL"]);
    for (const entry of lexicon.cues) {
      expect(acts.has(entry.act), entry.lemma).toBe(true);
      for (const act of Object.values(entry.objects ?? {})) expect(acts.has(act), entry.lemma).toBe(true);
      for (const form of entry.forms) expect(form).toBe(form.toLowerCase());
    }
    expect(lexicon.byForm.size).toBe(lexicon.cues.reduce((n, e) => n + e.forms.length, 0));
  });

  it("knows the reporting verbs of the attribution literature, and which of them deny", () => {
    const act = (form: string) => lexicon.byForm.get(form)?.act;
    expect(["denied", "dismissed", "rejected", "refuted", "contested", "disputed"].map(act)).toEqual(Array(6).fill("DENIAL"));
    expect([act("said"), act("claimed"), act("admitted"), act("suggested"), act("promised"), act("alluding")]).toEqual([
      "CLAIM",
      "CLAIM",
      "ADMISSION",
      "SUGGESTION",
      "PROMISE",
      "OTHER",
    ]);
    expect(act("criticised")).toBe("CRITICISM");
    expect(act("argued")).toBe("ARGUMENT");
  });

  const actOf = (sentence: string) => {
    const p = propose(sentence);
    return [...p.statements.map((s) => [s.cue, s.speechAct]), ...p.denials.map((d) => [d.cue, "DENIAL"])];
  };

  it("reads a cue whose meaning is in its object, and fixed phrases, as written", () => {
    expect(actOf("Mayor Ana Velez expressed concern about the budget.")).toEqual([["expressed concern", "CONCERN"]]);
    expect(actOf("Mayor Ana Velez expressed her interest in a second term.")).toEqual([["expressed her interest", "INTENT"]]);
    expect(actOf("Mayor Ana Velez declined to comment.")).toEqual([["declined to comment", "OTHER"]]);
    expect(actOf("Mayor Ana Velez called for calm.")).toEqual([["called for", "SUGGESTION"]]);
    expect(actOf("Mayor Ana Velez denied the reports.")).toEqual([["denied", "DENIAL"]]);
  });

  it("does not take a cue used as a modifier for an attribution", () => {
    expect(actOf("The proposed summit was the main topic. These claims were everywhere.")).toEqual([]);
    expect(actOf("Mayor Ana Velez expressed the plan in writing.")).toEqual([]);
  });
});

describe("words that are also names of Object.prototype", () => {
  it("are neither cues nor events (found by the property test)", () => {
    const p = propose("The constructor said the toString was broken, and the hasOwnProperty denied it.");
    expect(p.events).toEqual([]);
  });
});
