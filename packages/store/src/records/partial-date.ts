import type { PartialDateData } from "../import/document.schema.js";

/** A PartialDate column (JSON written by the importer) as its object; null stays null. */
export function decodeDate(json: string | null): PartialDateData | null {
  return json == null ? null : (JSON.parse(json) as PartialDateData);
}
