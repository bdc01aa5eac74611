// /events — every event, filtered by status and type (in the URL: ?status=PROPOSED&type=SUMMIT&order=newest),
// in date order; events whose source gives no date are listed last and said so.
import { useQuery } from "@apollo/client/react";
import { useId } from "react";
import { PartialDateText } from "../common/PartialDateText";
import { Empty, ErrorState, Loading } from "../common/states";
import { graphql } from "../gql";
import type { EventFilter } from "@claimline/client";
import { useHeadingFocus } from "../records/useHeadingFocus";
import { href, idSegment, Link, navigate } from "../router";
import { plural } from "../statements/AboutChips";
import { byDate, startKey } from "./event-order";
import { EVENT_TYPES, isEventStatus, isEventType, START_LABEL, STATUS_HELP } from "./event-labels";

const EventsIndexQuery = graphql(/* GraphQL */ `
  query EventsIndex($filter: EventFilter) {
    events(filter: $filter, first: 100) {
      totalCount
      nodes {
        id
        title
        type
        status
        location
        start {
          value
          earliest
          ...PartialDateText
        }
      }
    }
  }
`);

export const EVENTS_LIMIT = 100;

export function EventsIndex({ params }: { params: URLSearchParams }) {
  const id = useId();
  const status = params.get("status");
  const type = params.get("type");
  const newest = params.get("order") === "newest";
  const filter: EventFilter = {};
  if (isEventStatus(status)) filter.statuses = [status];
  if (isEventType(type)) filter.types = [type];
  const { data, error, refetch } = useQuery(EventsIndexQuery, { variables: { filter } });
  const heading = useHeadingFocus("events");
  const apply = (change: Record<string, string | null>) =>
    navigate(href("/events", { status: filter.statuses?.[0], type: filter.types?.[0], order: newest ? "newest" : null, ...change }), {
      replace: true,
    });
  const events = data ? byDate(data.events.nodes, newest) : [];
  const undated = events.filter((event) => startKey(event) === null).length;

  return (
    <section className="events-index" aria-labelledby="events-title">
      <h1 id="events-title" tabIndex={-1} ref={heading}>
        Events
      </h1>
      <form className="filters" aria-label="Filter events" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select id={`${id}-status`} value={filter.statuses?.[0] ?? ""} onChange={(e) => apply({ status: e.target.value || null })}>
            <option value="">Any</option>
            {Object.keys(STATUS_HELP).map((value) => (
              <option key={value} value={value}>
                {value.toLowerCase()}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-type`}>Type</label>
          <select id={`${id}-type`} value={filter.types?.[0] ?? ""} onChange={(e) => apply({ type: e.target.value || null })}>
            <option value="">Any</option>
            {Object.entries(EVENT_TYPES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-order`}>Order</label>
          <select
            id={`${id}-order`}
            value={newest ? "newest" : "oldest"}
            onChange={(e) => apply({ order: e.target.value === "newest" ? "newest" : null })}
          >
            <option value="oldest">Oldest first</option>
            <option value="newest">Newest first</option>
          </select>
        </div>
      </form>
      {error ? (
        <ErrorState error={error} retry={() => refetch()} what="the events" />
      ) : !data ? (
        <Loading label="Loading events…" />
      ) : data.events.totalCount === 0 ? (
        <Empty>
          No events match these filters. <Link to="/events">Show every event</Link>
        </Empty>
      ) : (
        <>
          <p className="count" role="status">
            {plural(data.events.totalCount, "event")}, {newest ? "newest" : "oldest"} first by the earliest day each could have begun
            {undated > 0 && `; ${plural(undated, "event")} whose source gives no date at the end`}
            {data.events.totalCount > EVENTS_LIMIT && ` (the first ${EVENTS_LIMIT} shown)`}
          </p>
          <ol className="event-list">
            {events.map((event) => (
              <li key={event.id} className="event-row" data-testid="event-row">
                <p className="kicker">
                  {EVENT_TYPES[event.type]} · <span className={`badge status status-${event.status.toLowerCase()}`}>{event.status}</span>
                </p>
                <p className="event-title">
                  <Link to={`/events/${idSegment(event.id)}`}>{event.title}</Link>
                </p>
                <p className="meta">
                  <PartialDateText date={event.start} label={START_LABEL[event.status]} />
                  {event.location && <span>Where: {event.location}</span>}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
