// The statement filters live in the URL (`?speaker=Person:donald-trump&act=SUGGESTION&from=…&to=…&q=…`),
// so every view is a link. These functions translate between the query string and the API's StatementFilter.
import type { SpeechAct, StatementFilter } from "../gql/graphql";
import { isSpeechAct } from "./speech-acts";

export interface Filters {
  speaker: string | null;
  act: SpeechAct | null;
  from: string | null;
  to: string | null;
  q: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the filters from a query string, dropping values the API would refuse (an unknown act, a malformed day). */
export function readFilters(params: URLSearchParams): Filters {
  const day = (key: string) => {
    const value = params.get(key);
    return value && DAY.test(value) ? value : null;
  };
  const act = params.get("act");
  return {
    speaker: params.get("speaker") || null,
    act: isSpeechAct(act) ? act : null,
    from: day("from"),
    to: day("to"),
    q: params.get("q")?.trim() || null,
  };
}

/** The query-string values for `filters`, in a stable order: `href("/", filterParams(f))`. */
export function filterParams(filters: Filters): Record<string, string | null> {
  return { speaker: filters.speaker, act: filters.act, from: filters.from, to: filters.to, q: filters.q };
}

/** The API filter for a speaker's statements: `{ speakerIds: ["Person:donald-trump"], speechActs: ["SUGGESTION"] }`. */
export function toStatementFilter(speaker: string, filters: Omit<Filters, "speaker">): StatementFilter {
  const filter: StatementFilter = { speakerIds: [speaker] };
  if (filters.act) filter.speechActs = [filters.act];
  if (filters.from || filters.to) filter.statedIn = { from: filters.from, to: filters.to };
  if (filters.q) filter.text = filters.q;
  return filter;
}

export const hasFilters = (filters: Filters) => Boolean(filters.act || filters.from || filters.to || filters.q);
