// One event: its status (DISPUTED once anyone denies it), dates as written, participants,
// the statements made at it and the denials that it happened.
import { useQuery } from "@apollo/client/react";
import { useEffect, useRef } from "react";
import { EvidenceQuotes } from "../common/EvidenceQuote";
import { PartialDateText } from "../common/PartialDateText";
import { Empty, ErrorState, Loading, NotFound } from "../common/states";
import { graphql, getFragmentData, type FragmentType } from "../gql";
import { href, idSegment, Link } from "../router";
import { DenialItem } from "../statements/DenialItem";
import { START_LABEL, STATUS_HELP } from "./event-labels";
import { StatementCard } from "../statements/StatementCard";

const EventPageQuery = graphql(/* GraphQL */ `
  query EventPage($id: ID!) {
    event(id: $id) {
      id
      ...EventDetails
    }
  }
`);

export const EventDetailsFragment = graphql(/* GraphQL */ `
  fragment EventDetails on Event {
    id
    title
    type
    status
    description
    location
    note
    start {
      ...PartialDateText
    }
    end {
      ...PartialDateText
    }
    partOf {
      id
      title
    }
    participants {
      role
      actor {
        id
        name
      }
    }
    evidence {
      ...EvidenceQuote
    }
    statements(first: 100) {
      totalCount
      nodes {
        id
        ...StatementCard
      }
    }
    denials(first: 100) {
      totalCount
      nodes {
        id
        ...DenialItem
      }
    }
  }
`);

export function EventPage({ id }: { id: string }) {
  // An unknown id answers event: null beside a NOT_FOUND error: keep the data to say so plainly.
  const { data, error, refetch } = useQuery(EventPageQuery, { variables: { id }, errorPolicy: "all" });
  if (data?.event === null) {
    return <NotFound what="event" id={id} index={{ to: "/events", label: "All events" }} />;
  }
  if (error) return <ErrorState error={error} retry={() => refetch()} what="this event" back={<Link to="/events">All events</Link>} />;
  if (!data?.event) return <Loading label="Loading the event…" />;
  return <EventDetails event={data.event} />;
}

function EventDetails(props: { event: FragmentType<typeof EventDetailsFragment> }) {
  const event = getFragmentData(EventDetailsFragment, props.event);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), [event.id]);
  return (
    <article className="event" aria-labelledby="event-title">
      <header>
        <p className="kicker">Event · {event.type.toLowerCase()}</p>
        <h1 id="event-title" tabIndex={-1} ref={heading}>
          {event.title}
        </h1>
        <p className="meta">
          <span className={`badge status status-${event.status.toLowerCase()}`} title={STATUS_HELP[event.status]}>
            {event.status}
          </span>{" "}
          <span className="muted">{STATUS_HELP[event.status]}</span>
        </p>
      </header>
      <dl className="facts">
        <div>
          <dt>{START_LABEL[event.status]}</dt>
          <dd>
            <PartialDateText date={event.start} />
          </dd>
        </div>
        {event.end && (
          <div>
            <dt>Ended</dt>
            <dd>
              <PartialDateText date={event.end} />
            </dd>
          </div>
        )}
        {event.location && (
          <div>
            <dt>Where</dt>
            <dd>{event.location}</dd>
          </div>
        )}
        {event.partOf && (
          <div>
            <dt>Part of</dt>
            <dd>
              <Link to={`/events/${idSegment(event.partOf.id)}`}>{event.partOf.title}</Link>
            </dd>
          </div>
        )}
      </dl>
      {event.description && <p className="description">{event.description}</p>}
      <EvidenceQuotes evidence={event.evidence} what="this event" />
      {event.note && <p className="note">Note: {event.note}</p>}

      <section aria-labelledby="participants">
        <h2 id="participants">Participants</h2>
        {event.participants.length === 0 ? (
          <Empty>No participants recorded.</Empty>
        ) : (
          <ul className="participants">
            {event.participants.map(({ actor, role }) => (
              <li key={actor.id}>
                <Link to={href("/", { speaker: actor.id })}>{actor.name}</Link>
                {role && <span className="muted"> — {role}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="denials">
        <h2 id="denials">Denials that it happened ({event.denials.totalCount})</h2>
        {event.denials.nodes.length === 0 ? (
          <Empty>No one on record denies this event.</Empty>
        ) : (
          <ul className="denials">
            {event.denials.nodes.map((denial) => (
              <DenialItem key={denial.id} denial={denial} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="said-at">
        <h2 id="said-at">Said at this event ({event.statements.totalCount})</h2>
        {event.statements.nodes.length === 0 ? (
          <Empty>No statements recorded as made at this event.</Empty>
        ) : (
          <ol className="statement-list">
            {event.statements.nodes.map((statement) => (
              <li key={statement.id}>
                <StatementCard statement={statement} showSpeaker />
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
