// Partial dates as spans of time: "2022-02-24" is that day, "2022-02" the month, "2014" the year, and bounds
// ("as early as February or March" → 2025-02-01…2025-03-31) the whole band. Times are UTC; `to` is exclusive.
import { utcDay, utcMonth, utcYear } from "d3-time";

export interface PartialDateLike {
  value?: string | null;
  precision?: string | null;
  earliest?: string | null;
  latest?: string | null;
}

export interface Interval {
  from: Date;
  to: Date;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The span a partial date covers, or null when the source fixes no date at all. */
export function intervalOf(date: PartialDateLike | null | undefined): Interval | null {
  if (!date) return null;
  const first = date.earliest ?? date.latest;
  const last = date.latest ?? date.earliest;
  if (first && last) return { from: day(first), to: utcDay.offset(day(last), 1) };
  const value = date.value;
  if (!value) return null;
  const [year = "", month, dayOfMonth] = value.split("-");
  if (dayOfMonth) return { from: day(value), to: utcDay.offset(day(value), 1) };
  if (month) return { from: day(`${year}-${month}-01`), to: utcMonth.offset(day(`${year}-${month}-01`), 1) };
  const start = day(`${year.padEnd(4, "0")}-01-01`);
  return { from: start, to: utcYear.offset(start, date.precision === "DECADE" ? 10 : 1) };
}

/** An event's span: from its start to the end of its end; an ongoing one runs on to `now` (and is marked open). */
export function eventInterval(
  start: PartialDateLike | null | undefined,
  end: PartialDateLike | null | undefined,
  ongoing: boolean,
  now: Date,
): (Interval & { open: boolean }) | null {
  const begun = intervalOf(start);
  if (!begun) return null;
  const ended = intervalOf(end);
  if (ended) return { from: begun.from, to: ended.to > begun.to ? ended.to : begun.to, open: false };
  if (ongoing && now > begun.to) return { from: begun.from, to: now, open: true };
  return { ...begun, open: false };
}
