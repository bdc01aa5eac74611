import { PartialDate } from "@claimline/schema";
import type { PartialDateData } from "@claimline/store";
import { build } from "./fields.js";

/** A stored partial date as its GraphQL type; null stays null. */
export function partialDateFrom(date: PartialDateData | null): PartialDate | null {
  if (date == null) return null;
  const { value, precision, earliest, latest, text, circa, note } = date;
  return build(PartialDate, { value, precision, earliest, latest, text, circa, note });
}
