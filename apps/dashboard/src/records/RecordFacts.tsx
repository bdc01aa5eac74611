// Label–value pairs of a record's page; a null value reads "not given" rather than vanishing.
import type { ReactNode } from "react";

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
