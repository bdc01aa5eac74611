// Label–value pairs of a record's page; a null value reads "not given" rather than vanishing.
import type { ReactNode } from "react";
import { plural } from "../statements/AboutChips";

/** "none since it was recorded", or "edited 2 times, last at 2026-…". */
export const editsText = (count: number, updatedAt: string) =>
  count === 0 ? "none since it was recorded" : `edited ${plural(count, "time")}, last at ${updatedAt}`;

export function RecordFacts({ facts }: { facts: readonly (readonly [string, ReactNode])[] }) {
  return (
    <dl className="facts record-facts">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value ?? <span className="muted">not given</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
