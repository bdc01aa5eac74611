import { registerEnumType } from "type-graphql";

export enum QuoteType {
  DIRECT = "DIRECT",
  INDIRECT = "INDIRECT",
  MIXED = "MIXED",
}

export enum SpeechAct {
  CLAIM = "CLAIM",
  ADMISSION = "ADMISSION",
  SUGGESTION = "SUGGESTION",
  PROMISE = "PROMISE",
  INTENT = "INTENT",
  CONCERN = "CONCERN",
  CRITICISM = "CRITICISM",
  ARGUMENT = "ARGUMENT",
  OTHER = "OTHER",
}

export enum StatementStatus {
  UNCONTESTED = "UNCONTESTED",
  DISPUTED = "DISPUTED",
}

export enum Rank {
  NORMAL = "NORMAL",
  DEPRECATED = "DEPRECATED",
}

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
