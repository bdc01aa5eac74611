// /import: an editor pastes or uploads an article, gets the ingest assistant's proposals with their spans highlighted,
// keeps, edits or drops each, and imports the rest in one transaction. The token lives in sessionStorage only.
import { useApolloClient } from "@apollo/client/react";
import { useState, type ChangeEvent, type SyntheticEvent } from "react";
import { graphql } from "../gql";
import type { ProposeFromTextQuery } from "../gql/graphql";
import { idSegment, Link } from "../router";
import { explain } from "./errors";
import { ProposalReview } from "./ProposalReview";
import { reviewedDocument, withAdded, type AddedStatement, type Choices, type ImportDocument } from "./review";

const ProposeFromTextDocument = graphql(/* GraphQL */ `
  query ProposeFromText($text: String!, $source: ProposalSourceInput) {
    proposeFromText(text: $text, source: $source) {
      actors {
        slug
        name
        isNew
        mentions {
          start
          end
        }
      }
      statements {
        slug
        speakerSlug
        cue
        quoteType
        confidence
        rule
        span {
          start
          end
        }
      }
      denials {
        slug
        denierSlug
        cue
        confidence
        rule
        target {
          slug
          type
        }
        span {
          start
          end
        }
      }
      events {
        slug
        status
        confidence
        rule
        mentions {
          start
          end
        }
      }
      document
    }
  }
`);

const ImportSourceDocument = graphql(/* GraphQL */ `
  mutation ImportSource($input: ImportSourceInput!) {
    importSource(input: $input) {
      statements
      denials
      source {
        id
        title
      }
    }
  }
`);

const TOKEN_KEY = "claimline:editor-token";

export type Proposal = ProposeFromTextQuery["proposeFromText"];

type Outcome = { kind: "error"; text: string } | { kind: "imported"; statements: number; denials: number; sourceId: string } | null;

export function ImportPage() {
  const client = useApolloClient();
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? "");
  const [article, setArticle] = useState({ text: "", title: "", publisher: "", url: "", published: "" });
  const [proposal, setProposal] = useState<{ text: string; data: Proposal } | null>(null);
  const [choices, setChoices] = useState<Choices>({ dropped: new Set(), edits: {} });
  const [added, setAdded] = useState<readonly AddedStatement[]>([]);
  const [busy, setBusy] = useState<"propose" | "import" | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const headers = () => (token.trim() ? { authorization: `Bearer ${token.trim()}` } : {});
  const field = (name: keyof typeof article) => (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setArticle((a) => ({ ...a, [name]: event.target.value }));

  const saveToken = (event: ChangeEvent<HTMLInputElement>) => {
    setToken(event.target.value);
    sessionStorage.setItem(TOKEN_KEY, event.target.value);
  };

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) {
      const text = await file.text();
      setArticle((a) => ({ ...a, text }));
    }
  };

  const propose = async (event: SyntheticEvent) => {
    event.preventDefault();
    setBusy("propose");
    setOutcome(null);
    try {
      const source = {
        title: article.title.trim() || null,
        publisher: article.publisher.trim() || null,
        url: article.url.trim() || null,
        published: article.published || null,
      };
      const { data } = await client.query({
        query: ProposeFromTextDocument,
        variables: { text: article.text, source },
        context: { headers: headers() },
        fetchPolicy: "no-cache",
      });
      if (data) {
        setProposal({ text: article.text, data: data.proposeFromText });
        setChoices({ dropped: new Set(), edits: {} });
        setAdded([]);
      }
    } catch (error) {
      setProposal(null);
      setOutcome({ kind: "error", text: explain(error).text });
    } finally {
      setBusy(null);
    }
  };

  const importReviewed = async () => {
    if (!proposal) return;
    setBusy("import");
    setOutcome(null);
    try {
      const document = reviewedDocument(withAdded(proposal.data.document as ImportDocument, proposal.text, added), choices);
      const { data } = await client.mutate({
        mutation: ImportSourceDocument,
        variables: { input: { document } },
        context: { headers: headers() },
      });
      if (data) {
        const { statements, denials, source } = data.importSource;
        setOutcome({ kind: "imported", statements, denials, sourceId: source.id });
      }
    } catch (error) {
      setOutcome({ kind: "error", text: explain(error).text });
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <section aria-labelledby="import-title" className="import-form">
        <h1 id="import-title">Import an article</h1>
        <p className="muted">
          The ingest assistant reads the text and proposes its actors, statements, denials and events. Nothing is stored until you import
          what you keep.
        </p>
        <form onSubmit={(event) => void propose(event)}>
          <p className="field">
            <label htmlFor="import-token">Editor token</label>
            <input
              id="import-token"
              type="password"
              autoComplete="off"
              value={token}
              onChange={saveToken}
              aria-describedby="import-token-note"
            />
            <span id="import-token-note" className="muted small">
              Kept in this browser tab only (session storage), sent as a Bearer token.
            </span>
          </p>
          <p className="field">
            <label htmlFor="import-title-input">Title</label>
            <input id="import-title-input" value={article.title} onChange={field("title")} />
          </p>
          <p className="field">
            <label htmlFor="import-publisher">Publisher</label>
            <input id="import-publisher" value={article.publisher} onChange={field("publisher")} />
          </p>
          <p className="field">
            <label htmlFor="import-url">URL</label>
            <input id="import-url" type="url" value={article.url} onChange={field("url")} />
          </p>
          <p className="field">
            <label htmlFor="import-published">Published</label>
            <input id="import-published" type="date" value={article.published} onChange={field("published")} />
          </p>
          <p className="field">
            <label htmlFor="import-text">Article text</label>
            <textarea id="import-text" rows={10} required value={article.text} onChange={field("text")} />
          </p>
          <p className="field">
            <label htmlFor="import-file">Or upload a text file</label>
            <input id="import-file" type="file" accept=".txt,text/plain" onChange={(event) => void upload(event)} />
          </p>
          <button type="submit" disabled={busy !== null}>
            {busy === "propose" ? "Proposing…" : "Propose"}
          </button>
        </form>
      </section>
      <div aria-live="polite">
        {outcome?.kind === "error" && (
          <p className="state state-error" role="alert">
            {outcome.text}
          </p>
        )}
        {outcome?.kind === "imported" && (
          <p className="state" role="status">
            Imported {outcome.statements} statements, {outcome.denials} denials.{" "}
            <Link to={`/sources/${idSegment(outcome.sourceId)}`}>Open the new source</Link>
          </p>
        )}
      </div>
      {proposal && (
        <ProposalReview
          text={proposal.text}
          proposal={proposal.data}
          choices={choices}
          onChange={setChoices}
          added={added}
          onAdd={(statement) => setAdded((list) => [...list, statement])}
          onImport={() => void importReviewed()}
          busy={busy === "import"}
        />
      )}
    </>
  );
}
