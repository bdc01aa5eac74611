import { PartialDate } from "@claimline/schema";

/** A partial date as stored inside a JSON document (e.g. a role's `from`) as the GraphQL type. */
export function partialDateFrom(data: Partial<PartialDate> | null | undefined): PartialDate | null {
  if (data == null) return null;
  const { value = null, precision = null, earliest = null, latest = null, text = null, circa = false, note = null } = data;
  return Object.assign(new PartialDate(), { value, precision, earliest, latest, text, circa, note });
}

/** A stored partial date (a JSON column) as the GraphQL type; null stays null. */
export function toPartialDate(json: string | null): PartialDate | null {
  return json == null ? null : partialDateFrom(JSON.parse(json) as Partial<PartialDate>);
}
