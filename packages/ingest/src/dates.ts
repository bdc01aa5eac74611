import * as chrono from "chrono-node";
import type { PartialDateData } from "@claimline/store";

const YEAR = /\b(since|in|from|until|by|during)?\s*((?:19|20)\d\d)\b/;

/**
 * The first date written in `phrase`, as a partial date with bounds and precision: "on Friday" relative to the
 * publication day (`published`, YYYY-MM-DD), "February or March" as one range, "since 2021" as a year. Relative
 * dates stay unresolved (text only, with a note) when the publication day is unknown.
 * Example: `partialDate("on Friday", "2025-01-27")` → `{ value: "2025-01-24", precision: "DAY", … }`.
 */
export function partialDate(phrase: string, published?: string): PartialDateData | null {
  const ref = published ? new Date(`${published}T12:00:00Z`) : new Date("2000-01-01T12:00:00Z");
  const results = chrono.parse(phrase, { instant: ref, timezone: 0 }, { forwardDate: false });
  const [first, second] = results;
  if (!first) return yearOnly(phrase);
  const yearKnown = first.start.isCertain("year");
  const base = { circa: false, note: null as string | null };
  if (!yearKnown && !published) {
    return {
      ...base,
      value: null,
      precision: null,
      earliest: null,
      latest: null,
      text: first.text,
      note: "Not resolved: no publication date was given.",
    };
  }
  const resolvedNote = yearKnown ? null : `Resolved against the publication date ${published ?? ""}.`;
  const day = iso(first.start.date());
  const isMonth = first.start.isCertain("month") && !first.start.isCertain("day") && !first.start.isCertain("weekday");
  if (isMonth && second && phrase.slice(first.index + first.text.length, second.index).trim() === "or") {
    const end = iso(second.start.date());
    return {
      ...base,
      value: null,
      precision: null,
      earliest: day,
      latest: lastOfMonth(end),
      text: phrase.slice(first.index, second.index + second.text.length),
      note: resolvedNote,
    };
  }
  if (isMonth)
    return {
      ...base,
      value: day.slice(0, 7),
      precision: "MONTH",
      earliest: day,
      latest: lastOfMonth(day),
      text: first.text,
      note: resolvedNote,
    };
  return { ...base, value: day, precision: "DAY", earliest: day, latest: day, text: first.text, note: resolvedNote };
}

function yearOnly(phrase: string): PartialDateData | null {
  const m = YEAR.exec(phrase);
  if (!m?.[2]) return null;
  const year = m[2];
  const since = m[1] === "since";
  return {
    value: year,
    precision: "YEAR",
    earliest: `${year}-01-01`,
    latest: since ? null : `${year}-12-31`,
    text: m[0].trim(),
    circa: false,
    note: null,
  };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

function lastOfMonth(day: string): string {
  const [y, m] = day.split("-").map(Number) as [number, number];
  return iso(new Date(Date.UTC(y, m, 0)));
}
