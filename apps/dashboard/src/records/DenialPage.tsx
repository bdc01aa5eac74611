// /denials/:id — one denial's permalink: who denies what (a statement, shown in full, or an event's having
// happened), in the source's exact words, with the words around them and a citation to copy.
import { useQuery } from "@apollo/client/react";
import { ErrorState, Loading, NotFound } from "../common/states";
import { graphql } from "../gql";
import { idSegment, Link } from "../router";
import { DenialItem } from "../statements/DenialItem";
import { StatementCard } from "../statements/StatementCard";
import { EvidenceInContext } from "./EvidenceInContext";
import { editsText, RecordFacts } from "./RecordFacts";
import { useHeadingFocus } from "./useHeadingFocus";

const DenialPageQuery = graphql(/* GraphQL */ `
  query DenialPage($id: ID!) {
    denial(id: $id) {
      id
      createdAt
      updatedAt
      revisions(first: 1) {
        totalCount
      }
      denier {
        id
        name
      }
      target {
        __typename
        ... on Statement {
          id
          ...StatementCard
        }
        ... on Event {
          id
          title
          eventStatus: status
        }
      }
      evidence {
        ...EvidenceInContext
      }
      ...DenialItem
    }
  }
`);

export function DenialPage({ id }: { id: string }) {
  const { data, error, refetch } = useQuery(DenialPageQuery, { variables: { id }, errorPolicy: "all" });
  const heading = useHeadingFocus(data?.denial?.id ?? "");
  if (data?.denial === null) return <NotFound what="denial" id={id} />;
  if (error) return <ErrorState error={error} retry={() => refetch()} what="this denial" />;
  if (!data?.denial) return <Loading label="Loading the denial…" />;
  const denial = data.denial;
  const { target } = denial;
  return (
    <article className="record" aria-labelledby="record-title">
      <p className="kicker">Denial</p>
      <h1 id="record-title" tabIndex={-1} ref={heading}>
        Denial by {denial.denier.name}
      </h1>
      <ul className="denials record-denial">
        <DenialItem denial={denial} />
      </ul>
      <RecordFacts
        facts={[
          ["Recorded", denial.createdAt],
          ["Edits", editsText(denial.revisions.totalCount, denial.updatedAt)],
          ["Id", denial.id],
        ]}
      />
      <section aria-labelledby="denied">
        {target.__typename === "Statement" ? (
          <>
            <h2 id="denied">What it denies</h2>
            <StatementCard statement={target} showSpeaker />
          </>
        ) : (
          <>
            <h2 id="denied">What it denies: that this event happened</h2>
            <p>
              <Link to={`/events/${idSegment(target.id)}`}>{target.title}</Link> <span className="badge status">{target.eventStatus}</span>
            </p>
          </>
        )}
      </section>
      <EvidenceInContext evidence={denial.evidence} />
    </article>
  );
}
