// /statements/:id — one statement's permalink: the card (exact words, cue, hedge, date, occasion, about, denials,
// citation) and what the card leaves out: speech act, quote type, rank and why, topics, the words around it.
import { useQuery } from "@apollo/client/react";
import { ErrorState, Loading, NotFound } from "../common/states";
import { graphql } from "../gql";
import { QUOTE_TYPES, SPEECH_ACTS } from "../statements/speech-acts";
import { StatementCard } from "../statements/StatementCard";
import { EvidenceInContext } from "./EvidenceInContext";
import { editsText, RecordFacts } from "./RecordFacts";
import { useHeadingFocus } from "./useHeadingFocus";

const StatementPageQuery = graphql(/* GraphQL */ `
  query StatementPage($id: ID!) {
    statement(id: $id) {
      id
      speechAct
      quoteType
      rank
      rankReason
      topics
      createdAt
      updatedAt
      revisions(first: 1) {
        totalCount
      }
      speaker {
        id
        name
      }
      evidence {
        ...EvidenceInContext
      }
      ...StatementCard
    }
  }
`);

export function StatementPage({ id }: { id: string }) {
  // An unknown id answers statement: null beside a NOT_FOUND error: keep the data to say so plainly.
  const { data, error, refetch } = useQuery(StatementPageQuery, { variables: { id }, errorPolicy: "all" });
  const heading = useHeadingFocus(data?.statement?.id ?? "");
  if (data?.statement === null) return <NotFound what="statement" id={id} />;
  if (error) return <ErrorState error={error} retry={() => refetch()} what="this statement" />;
  if (!data?.statement) return <Loading label="Loading the statement…" />;
  const statement = data.statement;
  return (
    <article className="record" aria-labelledby="record-title">
      <p className="kicker">Statement</p>
      <h1 id="record-title" tabIndex={-1} ref={heading}>
        Statement by {statement.speaker.name}
      </h1>
      {statement.rank === "DEPRECATED" && (
        <p className="state state-error">
          <strong>Deprecated:</strong> {statement.rankReason ?? "no reason given"}. It is kept for the record and left out of lists.
        </p>
      )}
      <h2 className="visually-hidden">The statement and its denials</h2>
      <StatementCard statement={statement} />
      <RecordFacts
        facts={[
          ["Speech act", SPEECH_ACTS[statement.speechAct]],
          ["Quote", QUOTE_TYPES[statement.quoteType]],
          ["Rank", statement.rank === "NORMAL" ? "normal" : `deprecated: ${statement.rankReason ?? "no reason given"}`],
          ["Topics", statement.topics.length > 0 ? statement.topics.join(", ") : null],
          ["Recorded", statement.createdAt],
          ["Edits", editsText(statement.revisions.totalCount, statement.updatedAt)],
          ["Id", statement.id],
        ]}
      />
      <EvidenceInContext evidence={statement.evidence} />
    </article>
  );
}
