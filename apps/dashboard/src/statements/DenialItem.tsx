// One denial: who denies, in what words (quoted when the source quotes them), when, and where it is written.
import { EvidenceLinks } from "../common/EvidenceLinks";
import { PartialDateText } from "../common/PartialDateText";
import { graphql, getFragmentData, type FragmentType } from "../gql";
import { href, Link } from "../router";

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
      ...EvidenceLinks
    }
  }
`);

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
        {denial.content}
        {denial.quote && (
          <>
            {" "}
            <span className="quote">“{denial.quote}”</span>
          </>
        )}
      </p>
      <p className="meta">
        {denial.statedAt && <PartialDateText date={denial.statedAt} />}
        {denial.note && <span className="note">Note: {denial.note}</span>}
        <EvidenceLinks evidence={denial.evidence} what="this denial" />
      </p>
    </li>
  );
}
