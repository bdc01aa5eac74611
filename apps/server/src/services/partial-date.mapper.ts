import { PartialDate } from "@claimline/schema";

/** A stored partial date (JSON) as the GraphQL type; null stays null. */
export function toPartialDate(json: string | null): PartialDate | null {
  if (json == null) return null;
  const { value = null, precision = null, earliest = null, latest = null, text = null, circa = false, note = null } = JSON.parse(json) as Partial<PartialDate>;
  return Object.assign(new PartialDate(), { value, precision, earliest, latest, text, circa, note });
}
