// The statement filters live in the URL (`?speaker=Person:donald-trump&about=Person:vladimir-putin&disputed=1&act=…&q=…`),
// so every view is a link. These functions translate between the query string and the API's StatementFilter.
import type { SpeechAct, StatementFilter } from "@claimline/client";
import { href, type QueryValue } from "../router";
import { isSpeechAct } from "./speech-acts";

export interface Filters {
  speaker: string | null;
  /** Actors the statements are about, any of them (`about=` repeated). */
  about: readonly string[];
  /** Only statements someone denies (`disputed=1`). */
  disputed: boolean;
  act: SpeechAct | null;
  from: string | null;
  to: string | null;
  q: string | null;
  /** Deprecated statements too, marked as such (`deprecated=1`). */
  deprecated: boolean;
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
    about: [...new Set(params.getAll("about").filter(Boolean))],
    disputed: params.get("disputed") === "1",
    act: isSpeechAct(act) ? act : null,
    from: day("from"),
    to: day("to"),
    q: params.get("q")?.trim() || null,
    deprecated: params.get("deprecated") === "1",
  };
}

/** The query-string values for `filters`, in a stable order: `href("/", filterParams(f))`. */
export function filterParams(filters: Filters): Record<string, QueryValue> {
  return {
    speaker: filters.speaker,
    about: filters.about,
    disputed: filters.disputed ? "1" : null,
    act: filters.act,
    from: filters.from,
    to: filters.to,
    q: filters.q,
    deprecated: filters.deprecated ? "1" : null,
  };
}

/** The link to a speaker's page with these filters: `filtersHref({ ...NO_FILTERS, speaker: "Person:x" })`. */
export const filtersHref = (filters: Filters) => href("/", filterParams(filters));

export const NO_FILTERS: Filters = {
  speaker: null,
  about: [],
  disputed: false,
  act: null,
  from: null,
  to: null,
  q: null,
  deprecated: false,
};

/** The API filter for a speaker's statements: `{ speakerIds: ["Person:donald-trump"], aboutIds: ["Person:vladimir-putin"], disputed: true }`. */
export function toStatementFilter(speaker: string, filters: Omit<Filters, "speaker">): StatementFilter {
  const filter: StatementFilter = { speakerIds: [speaker] };
  if (filters.about.length > 0) filter.aboutIds = [...filters.about];
  if (filters.disputed) filter.disputed = true;
  if (filters.act) filter.speechActs = [filters.act];
  if (filters.from || filters.to) filter.statedIn = { from: filters.from, to: filters.to };
  if (filters.q) filter.text = filters.q;
  if (filters.deprecated) filter.includeDeprecated = true;
  return filter;
}

export const hasFilters = (filters: Filters) =>
  Boolean(filters.about.length > 0 || filters.disputed || filters.act || filters.from || filters.to || filters.q || filters.deprecated);
