// The exact words a record rests on, in quotation marks, with the source's title beside them and a link that opens
// the source at that span. The same fragment feeds the citation a reader copies (../citation/).
import { graphql, getFragmentData, type FragmentType } from "../gql";
import { href, idSegment, Link } from "../router";

export const EvidenceQuoteFragment = graphql(/* GraphQL */ `
  fragment EvidenceQuote on Evidence {
    start
    end
    exact
    source {
      id
      title
      publisher
      url
      publishedAt {
        value
        text
      }
    }
  }
`);

/** The path of a source page with one span highlighted. */
export const sourceHref = (sourceId: string, start: number, end: number) =>
  href(`/sources/${idSegment(sourceId)}`, { start: String(start), end: String(end) });

export function EvidenceQuotes(props: { evidence: readonly FragmentType<typeof EvidenceQuoteFragment>[]; what: string }) {
  const evidence = getFragmentData(EvidenceQuoteFragment, props.evidence);
  if (evidence.length === 0) return <p className="muted">No span of a source recorded.</p>;
  return (
    <>
      {evidence.map((span) => (
        <figure className="exact-words" key={`${span.source.id}:${span.start}`} data-testid="exact-words">
          <blockquote cite={span.source.url ?? undefined}>
            <span className="visually-hidden">Exact words: </span>“{span.exact}”
          </blockquote>
          <figcaption>
            — <cite>{span.source.title}</cite>
            {span.source.publisher && <span className="muted">, {span.source.publisher}</span>}{" "}
            <Link
              to={sourceHref(span.source.id, span.start, span.end)}
              aria-label={`Show in source: ${props.what}, in “${span.source.title}”, characters ${span.start}–${span.end}`}
            >
              Show in source
            </Link>
          </figcaption>
        </figure>
      ))}
    </>
  );
}
