// A date as the source gives it: its own words first, then what it resolves to and how precisely, and any note.
import { graphql, getFragmentData, type FragmentType } from "../gql";

export const PartialDateTextFragment = graphql(/* GraphQL */ `
  fragment PartialDateText on PartialDate {
    text
    value
    precision
    circa
    earliest
    latest
    note
  }
`);

const PRECISION = { DAY: "day", MONTH: "month", YEAR: "year", DECADE: "decade" } as const;

export function PartialDateText(props: { date: FragmentType<typeof PartialDateTextFragment> | null | undefined; label?: string }) {
  const date = getFragmentData(PartialDateTextFragment, props.date);
  if (!date) return <span className="date date-unknown">{props.label ? `${props.label}: ` : ""}date not given</span>;
  // A value at its precision; failing that, the bounds the source allows ("as early as February or March").
  const resolved = date.value
    ? `${date.circa ? "c. " : ""}${date.value}${date.precision ? ` (to the ${PRECISION[date.precision]})` : ""}`
    : date.earliest && date.latest
      ? `between ${date.earliest} and ${date.latest}`
      : null;
  return (
    <span className="date">
      {props.label ? `${props.label}: ` : ""}
      {date.text && <span className="date-text">“{date.text}”</span>}
      {date.text && " "}
      {resolved ? (
        <time dateTime={date.value ?? date.earliest ?? undefined}>{date.text ? `→ ${resolved}` : resolved}</time>
      ) : (
        <span className="muted">(date not resolved)</span>
      )}
      {date.note && <span className="note"> — {date.note}</span>}
    </span>
  );
}
