// One denial: who denies, the editor's summary, the source's exact words with its title (and the denier's own words
// when the source quotes them), when, a permalink and a citation to copy.
import { CopyCitation } from "../citation/CopyButtons";
import { EvidenceQuotes } from "../common/EvidenceQuote";
import { PartialDateText } from "../common/PartialDateText";
import { graphql, getFragmentData, type FragmentType } from "../gql";
import { href, idSegment, Link } from "../router";

export const DenialItemFragment = graphql(/* GraphQL */ `
  fragment DenialItem on Denial {
    id
    content
    quote
    cue
    note
    denier {
      id
      name
    }
    statedAt {
      ...PartialDateText
    }
    evidence {
      ...EvidenceQuote
    }
  }
`);

/** The permalink of a denial: "/denials/Denial:kremlin-…". */
export const denialPath = (id: string) => `/denials/${idSegment(id)}`;

export function DenialItem(props: { denial: FragmentType<typeof DenialItemFragment> }) {
  const denial = getFragmentData(DenialItemFragment, props.denial);
  return (
    <li className="denial" data-testid="denial">
      <p>
        <span className="denier">
          <Link to={href("/", { speaker: denial.denier.id })}>{denial.denier.name}</Link>
        </span>{" "}
        {denial.cue ? (
          <span className="cue" title="The reporting verb as written">
            {denial.cue}
          </span>
        ) : (
          "denies"
        )}
        {": "}
        <span className="summary-label">Editor’s summary</span> {denial.content}
      </p>
      <EvidenceQuotes evidence={denial.evidence} what="this denial" />
      {denial.quote && (
        <p className="quote">
          Words the source quotes: <span className="quoted">“{denial.quote}”</span>
        </p>
      )}
      <p className="meta">
        {denial.statedAt && <PartialDateText date={denial.statedAt} />}
        {denial.note && <span className="note">Note: {denial.note}</span>}
      </p>
      <div className="record-actions">
        <Link to={denialPath(denial.id)}>Permalink</Link>
        <CopyCitation who={denial.denier.name} cue={denial.cue} kind="denial" evidence={denial.evidence} path={denialPath(denial.id)} />
      </div>
    </li>
  );
}
