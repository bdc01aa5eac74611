import { registerEnumType } from "type-graphql";

export const QuoteType = {
  DIRECT: "DIRECT",
  INDIRECT: "INDIRECT",
  MIXED: "MIXED",
} as const;
export type QuoteType = (typeof QuoteType)[keyof typeof QuoteType];

export const SpeechAct = {
  CLAIM: "CLAIM",
  ADMISSION: "ADMISSION",
  SUGGESTION: "SUGGESTION",
  PROMISE: "PROMISE",
  INTENT: "INTENT",
  CONCERN: "CONCERN",
  CRITICISM: "CRITICISM",
  ARGUMENT: "ARGUMENT",
  OTHER: "OTHER",
} as const;
export type SpeechAct = (typeof SpeechAct)[keyof typeof SpeechAct];

export const StatementStatus = {
  UNCONTESTED: "UNCONTESTED",
  DISPUTED: "DISPUTED",
} as const;
export type StatementStatus = (typeof StatementStatus)[keyof typeof StatementStatus];

export const Rank = {
  NORMAL: "NORMAL",
  DEPRECATED: "DEPRECATED",
} as const;
export type Rank = (typeof Rank)[keyof typeof Rank];

registerEnumType(QuoteType, {
  name: "QuoteType",
  description: "How the source reports the words.",
  valuesConfig: {
    DIRECT: { description: "Verbatim, in quotation marks." },
    INDIRECT: { description: "Reported speech, paraphrased." },
    MIXED: { description: "Paraphrase with a verbatim fragment." },
  },
});
registerEnumType(SpeechAct, { name: "SpeechAct", description: "What the speaker does in saying it. Denials are their own type." });
registerEnumType(StatementStatus, {
  name: "StatementStatus",
  description: "Derived from denials: DISPUTED as soon as anyone denies the statement.",
});
registerEnumType(Rank, {
  name: "Rank",
  description: "Nothing is hard-deleted: a wrong or superseded record is DEPRECATED with a reason.",
});
