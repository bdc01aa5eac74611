// Loading, empty and error states, the same everywhere: announced to screen readers, with a retry on errors.
import type { ErrorLike } from "@apollo/client";
import type { ReactNode } from "react";

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

/** Why a request failed, in words, with a button that tries again. */
export function ErrorState({ error, retry, what = "this" }: { error: ErrorLike; retry?: () => unknown; what?: string }) {
  return (
    <div className="state state-error" role="alert">
      <p>
        <strong>Could not load {what}.</strong> {describe(error)}
      </p>
      {retry && (
        <button type="button" onClick={() => void Promise.resolve(retry()).catch(() => undefined)}>
          Try again
        </button>
      )}
    </div>
  );
}

function describe(error: ErrorLike): string {
  const graphQLErrors = (error as { errors?: readonly { message: string }[] }).errors;
  if (graphQLErrors?.length) return graphQLErrors.map((e) => e.message).join(" ");
  if (/fetch|network/i.test(error.message)) return "The server did not answer; check that it is running.";
  return error.message;
}
