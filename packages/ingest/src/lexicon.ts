import { readFileSync } from "node:fs";
import type { SpeechActValue } from "@claimline/store";

/** What a cue does: a speech act of the import format, or DENIAL. */
export type CueAct = SpeechActValue | "DENIAL";

/** One reporting verb of the curated lexicon (lexicon/cues.json). */
export interface CueEntry {
  lemma: string;
  act: CueAct;
  forms: string[];
  /** Words that must follow the verb for it to be a cue ("declined to comment"). */
  requires?: string[];
  /** Objects that carry the meaning ("expressed concern"): the cue is then the verb up to its object. */
  objects?: Record<string, CueAct>;
}

export interface Lexicon {
  cues: CueEntry[];
  hedges: string[];
  secondHand: string[];
  /** Every written form, lowercased, to its entry. */
  byForm: ReadonlyMap<string, CueEntry>;
}

/** Reads and indexes the cue lexicon; a form listed under two verbs is an error in the data. */
export function loadLexicon(url = new URL("../lexicon/cues.json", import.meta.url)): Lexicon {
  const data = JSON.parse(readFileSync(url, "utf8")) as Omit<Lexicon, "byForm">;
  const byForm = new Map<string, CueEntry>();
  for (const entry of data.cues) {
    for (const form of entry.forms) {
      if (byForm.has(form)) throw new Error(`cue lexicon: "${form}" is listed twice`);
      byForm.set(form, entry);
    }
  }
  return { cues: data.cues, hedges: data.hedges, secondHand: data.secondHand, byForm };
}

export const lexicon = loadLexicon();
