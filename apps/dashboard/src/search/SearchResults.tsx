// Search hits across people, organisations, statements, denials and events, each linking to its own page, most relevant first, matches marked.
import { skipToken, useQuery } from "@apollo/client/react";
import { useEffect, useRef } from "react";
import { Empty, ErrorState, Loading } from "../common/states";
import { graphql, getFragmentData, type FragmentType } from "../gql";
import { href, idSegment, Link } from "../router";
import { denialPath } from "../statements/DenialItem";
import { statementPath } from "../statements/StatementCard";
import { plural } from "../statements/AboutChips";
import { runs } from "./snippet";

const SearchQuery = graphql(/* GraphQL */ `
  query Search($text: String!, $first: Int!) {
    search(text: $text, first: $first) {
      ...SearchHitItem
    }
  }
`);

export const SearchHitItemFragment = graphql(/* GraphQL */ `
  fragment SearchHitItem on SearchHit {
    score
    snippet
    node {
      __typename
      ... on Person {
        id
        name
      }
      ... on Organization {
        id
        name
      }
      ... on Statement {
        id
        content
        speaker {
          id
          name
        }
      }
      ... on Denial {
        id
        content
        denier {
          id
          name
        }
      }
      ... on Event {
        id
        title
        status
      }
    }
  }
`);

export const SEARCH_LIMIT = 25;

export function SearchResults({ text }: { text: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), [text]);
  const { data, error, refetch } = useQuery(SearchQuery, text ? { variables: { text, first: SEARCH_LIMIT } } : skipToken);
  return (
    <section className="search-results" aria-labelledby="search-title">
      <h1 id="search-title" tabIndex={-1} ref={heading}>
        {text ? <>Search: “{text}”</> : "Search"}
      </h1>
      {!text ? (
        <Empty>Type words in the search box above: a name, a topic, a phrase.</Empty>
      ) : error ? (
        <ErrorState error={error} retry={() => refetch()} what="search results" />
      ) : !data ? (
        <Loading label="Searching…" />
      ) : data.search.length === 0 ? (
        <Empty>Nothing matches “{text}”.</Empty>
      ) : (
        <>
          <p className="count" role="status">
            {plural(data.search.length, "hit")}, most relevant first{data.search.length === SEARCH_LIMIT && ` (the first ${SEARCH_LIMIT})`}
          </p>
          <ol className="hits">
            {data.search.map((hit, index) => (
              <SearchHitItem key={index} hit={hit} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function SearchHitItem(props: { hit: FragmentType<typeof SearchHitItemFragment> }) {
  const hit = getFragmentData(SearchHitItemFragment, props.hit);
  const { node } = hit;
  let kind: string;
  let title: string;
  let to: string;
  switch (node.__typename) {
    case "Person":
    case "Organization":
      kind = node.__typename === "Person" ? "Person" : "Organisation";
      title = node.name;
      to = href("/", { speaker: node.id });
      break;
    case "Statement":
      kind = `Statement by ${node.speaker.name}`;
      title = node.content;
      to = statementPath(node.id);
      break;
    case "Denial":
      kind = `Denial by ${node.denier.name}`;
      title = node.content;
      to = denialPath(node.id);
      break;
    case "Event":
      kind = `Event · ${node.status.toLowerCase()}`;
      title = node.title;
      to = `/events/${idSegment(node.id)}`;
      break;
  }
  return (
    <li className="hit" data-testid="search-hit">
      <p className="kicker">{kind}</p>
      <p className="hit-title">
        <Link to={to}>{title}</Link>
      </p>
      <p className="snippet">
        {runs(hit.snippet).map((run, index) => (run.match ? <mark key={index}>{run.text}</mark> : <span key={index}>{run.text}</span>))}
      </p>
    </li>
  );
}
