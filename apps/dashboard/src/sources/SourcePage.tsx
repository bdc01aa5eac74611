// A source document in full, with the span a record rests on highlighted and scrolled into view.
import { useQuery } from "@apollo/client/react";
import { useEffect, useRef } from "react";
import { PartialDateText } from "../common/PartialDateText";
import { ErrorState, Loading, NotFound } from "../common/states";
import { graphql, getFragmentData, type FragmentType } from "../gql";
import { cut } from "./highlight";

const SourcePageQuery = graphql(/* GraphQL */ `
  query SourcePage($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Source {
        ...SourceText
      }
    }
  }
`);

export const SourceTextFragment = graphql(/* GraphQL */ `
  fragment SourceText on Source {
    id
    title
    publisher
    url
    note
    contentHash
    publishedAt {
      ...PartialDateText
    }
    text
  }
`);

export function SourcePage({ id, span }: { id: string; span: { start: number; end: number } | null }) {
  const { data, error, refetch } = useQuery(SourcePageQuery, { variables: { id } });
  if (error) return <ErrorState error={error} retry={() => refetch()} what="the source" />;
  if (!data) return <Loading label="Loading the source…" />;
  if (!data.node || data.node.__typename !== "Source") {
    return <NotFound what="source" id={id} index={{ to: "/sources", label: "All sources" }} />;
  }
  return <SourceText source={data.node} span={span} />;
}

function SourceText(props: { source: FragmentType<typeof SourceTextFragment>; span: { start: number; end: number } | null }) {
  const source = getFragmentData(SourceTextFragment, props.source);
  const mark = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const { span } = props;
  const pieces = span ? cut(source.text, span.start, span.end) : null;
  useEffect(() => {
    if (mark.current) {
      mark.current.scrollIntoView({ block: "center" });
      mark.current.focus({ preventScroll: true });
    } else heading.current?.focus({ preventScroll: true });
  }, [source.id, props.span?.start, props.span?.end]);
  return (
    <article className="source" aria-labelledby="source-title">
      <header>
        <p className="kicker">Source</p>
        <h1 id="source-title" tabIndex={-1} ref={heading}>
          {source.title}
        </h1>
        <p className="meta">
          {source.publisher ?? <span className="muted">publisher not given</span>}
          {" · "}
          {source.publishedAt ? (
            <PartialDateText date={source.publishedAt} label="published" />
          ) : (
            <span className="muted">publication date not given</span>
          )}
          {source.url && (
            <>
              {" · "}
              <a href={source.url} rel="noreferrer noopener">
                original
              </a>
            </>
          )}
        </p>
        {source.note && <p className="note">Note: {source.note}</p>}
        {props.span && !pieces && (
          <p className="state state-error" role="alert">
            The requested span {props.span.start}–{props.span.end} is not inside this text ({source.text.length} characters).
          </p>
        )}
        {pieces && span && (
          <p className="muted">
            Highlighted: characters {span.start}–{span.end}.
          </p>
        )}
      </header>
      <div className="source-text">
        {pieces && span ? (
          <>
            {pieces.before}
            <mark ref={mark} tabIndex={-1} aria-label={`Evidence, characters ${span.start} to ${span.end}`}>
              {pieces.span}
            </mark>
            {pieces.after}
          </>
        ) : (
          source.text
        )}
      </div>
      <p className="muted small">
        SHA-256 of the text: <code>{source.contentHash}</code>
      </p>
    </article>
  );
}
