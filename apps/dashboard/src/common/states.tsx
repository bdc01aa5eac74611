// Loading, empty, error and not-found states, the same everywhere: announced to screen readers. An error offers
// "Try again" only when trying again can help (the server was unreachable or failed), and always a way back.
import type { ErrorLike } from "@apollo/client";
import type { ReactNode } from "react";
import { Link } from "../router";

export function Loading({ label = "Loading…" }: { label?: string }) {
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {label}
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return (
    <p className="state state-empty" role="status">
      {children}
    </p>
  );
}

interface GraphQLErrorLike {
  message: string;
  extensions?: { code?: unknown };
}

const graphQLErrors = (error: ErrorLike) => (error as { errors?: readonly GraphQLErrorLike[] }).errors ?? [];

/** True when the server refused the request itself (bad input, unknown id): asking again gives the same answer. */
export function isRefusal(error: ErrorLike): boolean {
  const errors = graphQLErrors(error);
  return errors.length > 0 && errors.every((e) => e.extensions?.code === "BAD_USER_INPUT" || e.extensions?.code === "NOT_FOUND");
}

/** Why a request failed, in words; "Try again" where it can help, and `back` (by default, to the speakers). */
export function ErrorState({
  error,
  retry,
  what = "this",
  back,
}: {
  error: ErrorLike;
  retry?: () => unknown;
  what?: string;
  back?: ReactNode;
}) {
  const refusal = isRefusal(error);
  return (
    <div className="state state-error" role="alert">
      <p>
        <strong>{refusal ? `The server refused to load ${what}.` : `Could not load ${what}.`}</strong> {describe(error)}
      </p>
      <p className="state-actions">
        {retry && !refusal && (
          <button type="button" onClick={() => void Promise.resolve(retry()).catch(() => undefined)}>
            Try again
          </button>
        )}
        {back ?? <Link to="/">Back to the speakers</Link>}
      </p>
    </div>
  );
}

/** An id that names nothing: say so, and offer the way back and a search. */
export function NotFound({ what, id, index }: { what: string; id: string; index?: { to: string; label: string } }) {
  return (
    <div className="state state-error" role="alert">
      <h1>No such {what}</h1>
      <p>
        There is no {what} with the id <code>{id}</code>. It may have been mistyped, or the link may come from another Claimline.
      </p>
      <p className="state-actions">
        {index && <Link to={index.to}>{index.label}</Link>}
        <Link to="/">Back to the speakers</Link>
      </p>
    </div>
  );
}

function describe(error: ErrorLike): string {
  const errors = graphQLErrors(error);
  if (errors.length) return errors.map((e) => e.message).join(" ");
  if (/fetch|network/i.test(error.message)) return "The server did not answer; check that it is running.";
  return error.message;
}
