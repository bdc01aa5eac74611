// /sources — every source document: title, publisher and date, each opening its full text.
import { useQuery } from "@apollo/client/react";
import { PartialDateText } from "../common/PartialDateText";
import { Empty, ErrorState, Loading } from "../common/states";
import { graphql } from "../gql";
import { useHeadingFocus } from "../records/useHeadingFocus";
import { idSegment, Link } from "../router";
import { plural } from "../statements/AboutChips";

const SourcesIndexQuery = graphql(/* GraphQL */ `
  query SourcesIndex {
    sources(first: 100) {
      totalCount
      nodes {
        id
        title
        publisher
        url
        publishedAt {
          ...PartialDateText
        }
      }
    }
  }
`);

export function SourcesIndex() {
  const { data, error, refetch } = useQuery(SourcesIndexQuery);
  const heading = useHeadingFocus("sources");
  return (
    <section className="sources-index" aria-labelledby="sources-title">
      <h1 id="sources-title" tabIndex={-1} ref={heading}>
        Sources
      </h1>
      <p>Every record rests on an exact span of one of these documents.</p>
      {error ? (
        <ErrorState error={error} retry={() => refetch()} what="the sources" />
      ) : !data ? (
        <Loading label="Loading sources…" />
      ) : data.sources.totalCount === 0 ? (
        <Empty>No sources stored yet.</Empty>
      ) : (
        <>
          <p className="count" role="status">
            {plural(data.sources.totalCount, "source")}
            {data.sources.totalCount > data.sources.nodes.length && ` (the first ${data.sources.nodes.length} shown)`}
          </p>
          <ol className="source-list">
            {data.sources.nodes.map((source) => (
              <li key={source.id} data-testid="source-row">
                <p className="event-title">
                  <Link to={`/sources/${idSegment(source.id)}`}>{source.title}</Link>
                </p>
                <p className="meta">
                  {source.publisher ?? <span className="muted">publisher not given</span>}
                  {" · "}
                  {source.publishedAt ? (
                    <PartialDateText date={source.publishedAt} label="published" />
                  ) : (
                    <span className="muted">date not given</span>
                  )}
                  {source.url && (
                    <>
                      {" · "}
                      <a href={source.url} rel="noreferrer noopener">
                        original at {new URL(source.url).host}
                      </a>
                    </>
                  )}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
