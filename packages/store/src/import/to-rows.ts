import type { PartialDateData } from "./document.js";

/** A partial date as its stored JSON and bounds. */
export function dateColumns(date: PartialDateData | null) {
  return {
    json: date ? JSON.stringify(date) : null,
    earliest: date?.earliest ?? null,
    latest: date?.latest ?? null,
    /** Sort key: the earliest known day; undated records sort before every date. */
    sortDate: date?.earliest ?? date?.latest ?? "",
  };
}

/** Lower-cased name and aliases: what name filters match against. */
export function searchName(name: string, aliases: readonly string[]): string {
  return [name, ...aliases].join("\n").toLowerCase();
}
