// Links from a record to the exact spans of its sources, opened with the span highlighted.
import { graphql, getFragmentData, type FragmentType } from "../gql";
import { href, idSegment, Link } from "../router";

export const EvidenceLinksFragment = graphql(/* GraphQL */ `
  fragment EvidenceLinks on Evidence {
    start
    end
    source {
      id
      title
    }
  }
`);

/** The path of a source page with one span highlighted. */
export const sourceHref = (sourceId: string, start: number, end: number) =>
  href(`/sources/${idSegment(sourceId)}`, { start: String(start), end: String(end) });

export function EvidenceLinks(props: { evidence: readonly FragmentType<typeof EvidenceLinksFragment>[]; what: string }) {
  const evidence = getFragmentData(EvidenceLinksFragment, props.evidence);
  return (
    <span className="evidence">
      {evidence.map((span, index) => (
        <Link
          key={`${span.source.id}:${span.start}`}
          to={sourceHref(span.source.id, span.start, span.end)}
          aria-label={`Show ${props.what} in the source “${span.source.title}”, characters ${span.start}–${span.end}`}
        >
          {index === 0 ? "Show in source" : `span ${index + 1}`}
        </Link>
      ))}
    </span>
  );
}
