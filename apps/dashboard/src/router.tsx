// A router of a few lines: the URL is the state (deep links, back/forward), and links are real <a href>s.
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from "react";

const CHANGE = "claimline:navigate";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

export interface Location {
  pathname: string;
  params: URLSearchParams;
}

/** The current path and query, re-rendering on every navigation. */
export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot, snapshot);
  const url = new URL(href, "http://x");
  return { pathname: url.pathname, params: url.searchParams };
}

/** Goes to `to` (a path with an optional query); `replace` rewrites the current history entry instead. */
export function navigate(to: string, { replace = false } = {}): void {
  if (to === snapshot()) return;
  // The state marks entries this app made, so "Back" knows whether there is a page of ours to go back to.
  if (replace) window.history.replaceState(window.history.state, "", to);
  else window.history.pushState({ claimline: true }, "", to);
  window.dispatchEvent(new Event(CHANGE));
  if (!replace) window.scrollTo(0, 0);
}

export type QueryValue = string | readonly string[] | undefined | null;

/** A path with a query built from `params`, leaving out empty values; a list repeats its key: `href("/", { about: ["A", "B"] })`. */
export function href(path: string, params: Record<string, QueryValue> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === "string") {
      if (value) query.set(key, value);
    } else for (const item of value ?? []) if (item) query.append(key, item);
  }
  const text = query.toString().replaceAll("%3A", ":");
  return text ? `${path}?${text}` : path;
}

/** A global id kept readable in a path segment: colons stay, everything else is encoded. */
export const idSegment = (id: string) => encodeURIComponent(id).replaceAll("%3A", ":");

/** Back to the previous page of this app, or to the speakers when the page was opened directly. */
export function goBack(): void {
  if ((window.history.state as { claimline?: boolean } | null)?.claimline) window.history.back();
  else navigate("/");
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };

/** An <a> that navigates in place on a plain left click and behaves as a normal link otherwise (new tab, copy). */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handle} {...rest} />;
}
