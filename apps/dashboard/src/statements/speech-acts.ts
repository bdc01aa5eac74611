import type { QuoteType, SpeechAct } from "@claimline/client";

/** Every speech act with its label; `satisfies` makes a new value in the schema a type error here. */
export const SPEECH_ACTS = {
  ADMISSION: "Admission",
  ARGUMENT: "Argument",
  CLAIM: "Claim",
  CONCERN: "Concern",
  CRITICISM: "Criticism",
  INTENT: "Intent",
  OTHER: "Other",
  PROMISE: "Promise",
  SUGGESTION: "Suggestion",
} as const satisfies Record<SpeechAct, string>;

export const isSpeechAct = (value: string | null): value is SpeechAct => value != null && Object.hasOwn(SPEECH_ACTS, value);

/** How much of a statement the source quotes. */
export const QUOTE_TYPES = {
  DIRECT: "direct quotation",
  INDIRECT: "reported speech, not quoted",
  MIXED: "reported speech with a quoted fragment",
} as const satisfies Record<QuoteType, string>;
