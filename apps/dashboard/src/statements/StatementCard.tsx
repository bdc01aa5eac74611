// One statement as the source reports it: the editor's summary, the source's exact words with its title, the quote
// when there is one, the cue, the hedge, the date as written, the occasion, who it is about, and every denial beside it.
import { CopyCitation } from "../citation/CopyButtons";
import { EvidenceQuotes } from "../common/EvidenceQuote";
import { PartialDateText } from "../common/PartialDateText";
import { graphql, getFragmentData, type FragmentType } from "../gql";
import { href, idSegment, Link } from "../router";
import { DenialItem } from "./DenialItem";
import { SPEECH_ACTS } from "./speech-acts";

export const StatementCardFragment = graphql(/* GraphQL */ `
  fragment StatementCard on Statement {
    id
    content
    quote
    quoteType
    cue
    hedge
    hedged
    note
    speechAct
    status
    rank
    rankReason
    speaker {
      id
      name
    }
    statedAt {
      ...PartialDateText
    }
    occasion {
      id
      title
    }
    about {
      id
      name
    }
    evidence {
      ...EvidenceQuote
    }
    denials {
      id
      ...DenialItem
    }
  }
`);

/** The permalink of a statement: "/statements/Statement:trump-…". */
export const statementPath = (id: string) => `/statements/${idSegment(id)}`;

export function StatementCard(props: { statement: FragmentType<typeof StatementCardFragment>; showSpeaker?: boolean }) {
  const statement = getFragmentData(StatementCardFragment, props.statement);
  const disputed = statement.status === "DISPUTED";
  const deprecated = statement.rank === "DEPRECATED";
  const quoted = statement.quote && (statement.quoteType === "DIRECT" || statement.quoteType === "MIXED");
  const headingId = `statement-${statement.id}`;
  return (
    <article
      className={`statement${disputed ? " is-disputed" : ""}${deprecated ? " is-deprecated" : ""}`}
      aria-labelledby={headingId}
      data-testid="statement"
    >
      <header className="statement-head">
        <span className="badge act">{SPEECH_ACTS[statement.speechAct]}</span>
        {disputed && (
          <span className="badge disputed" title="At least one actor denies this">
            Disputed
          </span>
        )}
        {deprecated && (
          <span className="badge deprecated" title="Kept for the record; left out of lists unless asked for">
            Deprecated: {statement.rankReason ?? "no reason given"}
          </span>
        )}
        {statement.hedged && (
          <span className="badge hedge" title="The source hedges its report of this">
            hedged: “{statement.hedge ?? "yes"}”
          </span>
        )}
      </header>
      <p className="statement-text" id={headingId}>
        <span className="summary-label">Editor’s summary</span>{" "}
        {props.showSpeaker && (
          <>
            <Link to={href("/", { speaker: statement.speaker.id })} className="speaker-name">
              {statement.speaker.name}
            </Link>
            {": "}
          </>
        )}
        {statement.content}
      </p>
      <EvidenceQuotes evidence={statement.evidence} what="this statement" />
      {quoted && (
        <p className="quote">
          Words the source quotes: <span className="quoted">“{statement.quote}”</span>
          {statement.quoteType === "MIXED" && <span className="muted"> (a fragment)</span>}
        </p>
      )}
      <dl className="facts">
        <div>
          <dt>Cue</dt>
          <dd>{statement.cue ? <span className="cue">{statement.cue}</span> : <span className="muted">none given</span>}</dd>
        </div>
        <div>
          <dt>When</dt>
          <dd>
            <PartialDateText date={statement.statedAt} />
          </dd>
        </div>
        <div>
          <dt>Occasion</dt>
          <dd>
            {statement.occasion ? (
              <Link to={`/events/${idSegment(statement.occasion.id)}`}>{statement.occasion.title}</Link>
            ) : (
              <span className="muted">not given</span>
            )}
          </dd>
        </div>
        <div>
          <dt>About</dt>
          <dd>
            {statement.about.length === 0 ? (
              <span className="muted">no one named</span>
            ) : (
              statement.about.map((actor, index) => (
                <span key={actor.id}>
                  {index > 0 && ", "}
                  <Link to={href("/", { speaker: actor.id })}>{actor.name}</Link>
                </span>
              ))
            )}
          </dd>
        </div>
      </dl>
      {statement.note && <p className="note">Note: {statement.note}</p>}
      <div className="record-actions">
        <Link to={statementPath(statement.id)}>Permalink</Link>
        <CopyCitation
          who={statement.speaker.name}
          cue={statement.cue}
          kind="statement"
          evidence={statement.evidence}
          path={statementPath(statement.id)}
        />
      </div>
      {statement.denials.length > 0 && (
        <section className="denials" aria-label="Denials">
          <h3 className="denials-heading">Denied by</h3>
          <ul>
            {statement.denials.map((denial) => (
              <DenialItem key={denial.id} denial={denial} />
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
