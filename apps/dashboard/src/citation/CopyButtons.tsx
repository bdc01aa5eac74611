// "Copy citation" (plain text and Markdown) for a record, and "Copy link" for the view. Each says what it did,
// in a live region, or that the clipboard refused, so nobody pastes nothing unawares.
import { useState } from "react";
import { EvidenceQuoteFragment } from "../common/EvidenceQuote";
import { getFragmentData, type FragmentType } from "../gql";
import { citationMarkdown, citationText, type Citation } from "./citation";

/** An absolute URL for a path of this app: what a reader pastes elsewhere. */
export const absolute = (path: string) => new URL(path, window.location.origin).href;

function useCopy() {
  const [message, setMessage] = useState("");
  const copy = (text: string, what: string) =>
    navigator.clipboard.writeText(text).then(
      () => setMessage(`Copied ${what}.`),
      () => setMessage(`The browser refused the clipboard; ${what} was not copied.`),
    );
  return { message, copy };
}

interface CopyCitationProps {
  who: string;
  cue: string | null | undefined;
  kind: "statement" | "denial";
  evidence: readonly FragmentType<typeof EvidenceQuoteFragment>[];
  /** The record's own page: "/statements/Statement:…". */
  path: string;
}

/** The citation of one record, from the same evidence its card shows. */
export function toCitation(props: CopyCitationProps): Citation {
  const spans = getFragmentData(EvidenceQuoteFragment, props.evidence).map((span) => ({
    exact: span.exact,
    start: span.start,
    end: span.end,
    source: {
      title: span.source.title,
      publisher: span.source.publisher,
      url: span.source.url,
      published: span.source.publishedAt?.value ?? span.source.publishedAt?.text ?? null,
    },
  }));
  return { who: props.who, cue: props.cue, kind: props.kind, spans, permalink: absolute(props.path) };
}

export function CopyCitation(props: CopyCitationProps) {
  const { message, copy } = useCopy();
  return (
    <div className="copy-buttons">
      <button type="button" className="secondary small" onClick={() => void copy(citationText(toCitation(props)), "the citation")}>
        Copy citation
      </button>
      <button
        type="button"
        className="secondary small"
        onClick={() => void copy(citationMarkdown(toCitation(props)), "the citation as Markdown")}
      >
        Copy citation as Markdown
      </button>
      <span className="copy-status" role="status">
        {message}
      </span>
    </div>
  );
}

/** Copies the address of the page as it is now (filters included). */
export function CopyLink() {
  const { message, copy } = useCopy();
  return (
    <div className="copy-buttons">
      <button type="button" className="secondary small" onClick={() => void copy(window.location.href, "the link to this view")}>
        Copy link
      </button>
      <span className="copy-status" role="status">
        {message}
      </span>
    </div>
  );
}
