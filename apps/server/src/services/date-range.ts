import type { DateRange } from "@claimline/schema";
import type { DayRange } from "@claimline/store";
import { badInput } from "../errors.js";

/** Checks a GraphQL date range (from ≤ to) and passes it on to the store. */
export function dayRange(range: DateRange, argument: string): DayRange {
  const { from = null, to = null } = range;
  if (from && to && from > to) throw badInput(`${argument}.from (${from}) is after ${argument}.to (${to})`, { argument });
  return { from, to };
}
