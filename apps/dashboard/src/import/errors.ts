// Why proposing or importing failed, in plain words: the API's error codes read for an editor.

interface GraphQLErrorLike {
  message: string;
  extensions?: { code?: unknown };
}

const WORDS: Record<string, string> = {
  UNAUTHENTICATED: "You are not signed in: the server did not accept the token. Paste a valid editor token.",
  FORBIDDEN: "This token may not do that: proposing and importing need an editor's token.",
  SPAN_MISMATCH: "A span no longer matches the text it points at, so nothing was imported.",
  BAD_USER_INPUT: "The server refused the input, so nothing was imported.",
  CONFLICT: "Something in the document clashes with what is already stored, so nothing was imported.",
  RATE_LIMITED: "Too many requests: wait a moment and try again.",
  QUERY_TOO_COMPLEX: "The request was too large for the server.",
  TIMEOUT: "The server took too long: try again.",
  UNAVAILABLE: "The server is unavailable for now: try again shortly.",
};

/** The error's code (or null) and a sentence for it, followed by the server's own message where it adds detail. */
export function explain(error: unknown): { code: string | null; text: string } {
  const errors = (error as { errors?: readonly GraphQLErrorLike[] } | null)?.errors ?? [];
  const first = errors[0];
  if (!first) return { code: null, text: "Could not reach the server. Check the connection and try again." };
  const code = typeof first.extensions?.code === "string" ? first.extensions.code : null;
  const words = code ? WORDS[code] : undefined;
  const detail = errors.map((e) => e.message).join(" ");
  return { code, text: words ? `${words} (${code}: ${detail})` : detail };
}
