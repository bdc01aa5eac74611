// /timeline — events and dated statements on a time axis (?actor=Person:… narrows both to one actor: the events it
// took part in, the statements it made). Items whose source fixes no date are listed apart, and the page says so.
import { useQuery } from "@apollo/client/react";
import { useId } from "react";
import { Empty, ErrorState, Loading } from "../common/states";
import { graphql } from "../gql";
import { useHeadingFocus } from "../records/useHeadingFocus";
import { href, idSegment, Link, navigate } from "../router";
import { plural } from "../statements/AboutChips";
import { statementPath } from "../statements/StatementCard";
import { eventInterval, intervalOf, type PartialDateLike } from "./intervals";
import { TimelineChart, TimelineList, type TimelineItem } from "./TimelineChart";

const TimelineQuery = graphql(/* GraphQL */ `
  query Timeline($events: EventFilter, $statements: StatementFilter) {
    actors(first: 100) {
      nodes {
        id
        name
      }
    }
    events(filter: $events, first: 100) {
      totalCount
      nodes {
        id
        title
        status
        start {
          value
          precision
          earliest
          latest
          text
        }
        end {
          value
          precision
          earliest
          latest
          text
        }
      }
    }
    statements(filter: $statements, first: 100) {
      totalCount
      nodes {
        id
        content
        speaker {
          name
        }
        statedAt {
          value
          precision
          earliest
          latest
          text
        }
      }
    }
  }
`);

const words = (date: (PartialDateLike & { text?: string | null }) | null | undefined) =>
  date
    ? [date.text && `“${date.text}”`, date.value ?? (date.earliest && `${date.earliest} to ${date.latest ?? "?"}`)]
        .filter(Boolean)
        .join(" → ")
    : "";

export function TimelinePage({ params }: { params: URLSearchParams }) {
  const id = useId();
  const actor = params.get("actor") || null;
  const heading = useHeadingFocus("timeline");
  const { data, error, refetch } = useQuery(TimelineQuery, {
    variables: actor ? { events: { participantIds: [actor] }, statements: { speakerIds: [actor] } } : {},
  });
  const now = new Date();
  const dated: TimelineItem[] = [];
  const undated: { id: string; kind: string; label: string; path: string; when: string }[] = [];
  for (const event of data?.events.nodes ?? []) {
    const span = eventInterval(event.start, event.end, event.status === "ONGOING", now);
    const item = {
      id: event.id,
      kind: "Event" as const,
      label: event.title,
      path: `/events/${idSegment(event.id)}`,
      when: words(event.start),
    };
    if (span) dated.push({ ...item, ...span });
    else undated.push({ ...item, when: event.start?.text ? `“${event.start.text}”, not resolved` : "no date given" });
  }
  for (const statement of data?.statements.nodes ?? []) {
    const span = intervalOf(statement.statedAt);
    const label = `${statement.speaker.name}: ${statement.content}`;
    const item = {
      id: statement.id,
      kind: "Statement" as const,
      label,
      path: statementPath(statement.id),
      when: words(statement.statedAt),
    };
    if (span) dated.push({ ...item, ...span, open: false });
    else undated.push({ ...item, when: statement.statedAt?.text ? `“${statement.statedAt.text}”, not resolved` : "no date given" });
  }
  dated.sort((a, b) => a.from.getTime() - b.from.getTime() || a.label.localeCompare(b.label));
  const truncated = (data?.events.totalCount ?? 0) > 100 || (data?.statements.totalCount ?? 0) > 100;

  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <h1 id="timeline-title" tabIndex={-1} ref={heading}>
        Timeline
      </h1>
      <form className="filters" aria-label="Filter the timeline" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor={`${id}-actor`}>Actor</label>
          <select
            id={`${id}-actor`}
            value={actor ?? ""}
            onChange={(e) => navigate(href("/timeline", { actor: e.target.value }), { replace: true })}
          >
            <option value="">Everyone</option>
            {data?.actors.nodes.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
      </form>
      {error ? (
        <ErrorState error={error} retry={() => refetch()} what="the timeline" back={<Link to="/timeline">The whole timeline</Link>} />
      ) : !data ? (
        <Loading label="Loading the timeline…" />
      ) : (
        <>
          <p className="count" role="status">
            {plural(dated.length, "dated item")} on the axis, {plural(undated.length, "item")} whose source gives no date listed apart
            {truncated && " (the first 100 events and 100 statements)"}
          </p>
          {dated.length === 0 ? (
            <Empty>Nothing here has a date its source fixes.</Empty>
          ) : (
            <>
              <TimelineChart
                items={dated}
                caption={`${plural(dated.length, "dated item")} from ${dated[0]?.from.getUTCFullYear() ?? ""} to ${Math.max(...dated.map((d) => d.to.getUTCFullYear()))}: bars run from the earliest to the latest day each could be; ongoing events run to today. The same items are listed below.`}
              />
              <h2>Dated, oldest first</h2>
              <TimelineList items={dated} />
            </>
          )}
          <section aria-labelledby="undated">
            <h2 id="undated">Undated ({undated.length})</h2>
            {undated.length === 0 ? (
              <Empty>Every item here has a date.</Empty>
            ) : (
              <>
                <p>Their source gives no date, or one it does not fix (“on Friday” without a week), so they are not on the axis.</p>
                <ul className="timeline-list">
                  {undated.map((item) => (
                    <li key={item.id} data-testid="undated-item">
                      <span className="muted">{item.kind}</span> <Link to={item.path}>{item.label}</Link> — {item.when}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        </>
      )}
    </section>
  );
}
