// A speaker's statements, newest first, filtered by the URL, a page at a time ("Load more" uses fetchMore;
// the cache's relayStylePagination policy appends the page to the list kept for these filter arguments).
import { NetworkStatus, type ErrorLike } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { Empty, ErrorState, Loading } from "../common/states";
import { useState } from "react";
import { graphql } from "../gql";
import { CopyLink } from "../citation/CopyButtons";
import { AboutChips, plural } from "./AboutChips";
import { FilterBar } from "./FilterBar";
import { hasFilters, toStatementFilter, type Filters } from "./filters";
import { SpeakerDenials } from "./SpeakerDenials";
import { SpeakerHeader } from "./SpeakerHeader";
import { StatementCard } from "./StatementCard";

/** Statements per page; small enough that "Load more" matters on the seeded article. */
export const PAGE_SIZE = 10;

const SpeakerStatementsQuery = graphql(/* GraphQL */ `
  query SpeakerStatements($speaker: ID!, $filter: StatementFilter!, $first: Int!, $after: String) {
    actor(id: $speaker) {
      id
      ...SpeakerHeader
      ...SpeakerDenials
      ...SpeakerAbout
    }
    statements(filter: $filter, orderBy: NEWEST_FIRST, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          ...StatementCard
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export function SpeakerStatements({ speaker, filters }: { speaker: string; filters: Filters }) {
  const { data, error, loading, networkStatus, refetch, fetchMore } = useQuery(SpeakerStatementsQuery, {
    variables: { speaker, filter: toStatementFilter(speaker, filters), first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const statements = data?.statements;
  const [moreError, setMoreError] = useState<ErrorLike | null>(null);
  const loadMore = () => {
    setMoreError(null);
    return fetchMore({ variables: { after: statements?.pageInfo.endCursor } }).catch((e: unknown) => {
      setMoreError(e instanceof Error ? e : new Error(String(e)));
    });
  };

  return (
    <section className="speaker-statements" aria-busy={loading}>
      {data?.actor ? (
        <SpeakerHeader actor={data.actor} />
      ) : (
        <h1 tabIndex={-1} className="visually-hidden">
          Statements
        </h1>
      )}
      {data?.actor && <AboutChips actor={data.actor} filters={filters} />}
      <FilterBar filters={filters} />
      <CopyLink />
      {error && !loadingMore ? (
        <ErrorState error={error} retry={() => refetch()} what="the statements" />
      ) : !statements ? (
        <Loading label="Loading statements…" />
      ) : (
        <>
          <p className="count" role="status" aria-live="polite">
            {statements.totalCount === 0
              ? ""
              : `Showing ${statements.edges.length} of ${plural(statements.totalCount, "statement")}, newest first`}
            {loading && !loadingMore && " — updating…"}
          </p>
          {statements.totalCount === 0 ? (
            <Empty>
              {hasFilters(filters) ? "No statements match these filters." : "No statements recorded for this speaker."}
              {(filters.from || filters.to) && " A date range matches only statements whose source fixes a date; many give none."}
            </Empty>
          ) : (
            <>
              <h2 className="visually-hidden">Statements</h2>
              <ol className="statement-list">
                {statements.edges.map(({ node }) => (
                  <li key={node.id}>
                    <StatementCard statement={node} />
                  </li>
                ))}
              </ol>
            </>
          )}
          {moreError && <ErrorState error={moreError} retry={loadMore} what="more statements" />}
          {statements.pageInfo.hasNextPage && (
            <button type="button" className="load-more" disabled={loadingMore} onClick={() => void loadMore()}>
              {loadingMore ? "Loading more…" : `Load more (${statements.totalCount - statements.edges.length} left)`}
            </button>
          )}
        </>
      )}
      {data?.actor && <SpeakerDenials actor={data.actor} />}
    </section>
  );
}
