// The exact words with the text around them (the evidence's prefix and suffix), and where they sit in the source.
import { PartialDateText } from "../common/PartialDateText";
import { graphql, getFragmentData, type FragmentType } from "../gql";
import { idSegment, Link } from "../router";

export const EvidenceInContextFragment = graphql(/* GraphQL */ `
  fragment EvidenceInContext on Evidence {
    start
    end
    exact
    prefix
    suffix
    source {
      id
      title
      publisher
      url
      publishedAt {
        ...PartialDateText
      }
    }
  }
`);

export function EvidenceInContext(props: { evidence: readonly FragmentType<typeof EvidenceInContextFragment>[] }) {
  const evidence = getFragmentData(EvidenceInContextFragment, props.evidence);
  return (
    <section aria-labelledby="in-context">
      <h2 id="in-context">In its source</h2>
      {evidence.map((span) => (
        <div key={`${span.source.id}:${span.start}`} className="in-context">
          <p className="context-text">
            …{span.prefix}
            <mark>{span.exact}</mark>
            {span.suffix}…
          </p>
          <dl className="facts">
            <div>
              <dt>Source</dt>
              <dd>
                <Link to={`/sources/${idSegment(span.source.id)}`}>{span.source.title}</Link>
              </dd>
            </div>
            <div>
              <dt>Publisher</dt>
              <dd>{span.source.publisher ?? <span className="muted">not given</span>}</dd>
            </div>
            <div>
              <dt>Published</dt>
              <dd>
                {span.source.publishedAt ? <PartialDateText date={span.source.publishedAt} /> : <span className="muted">not given</span>}
              </dd>
            </div>
            <div>
              <dt>Address</dt>
              <dd>
                {span.source.url ? (
                  <a href={span.source.url} rel="noreferrer noopener">
                    {span.source.url}
                  </a>
                ) : (
                  <span className="muted">not given</span>
                )}
              </dd>
            </div>
            <div>
              <dt>Characters</dt>
              <dd>
                {span.start}–{span.end}
              </dd>
            </div>
          </dl>
        </div>
      ))}
    </section>
  );
}
