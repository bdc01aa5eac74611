// The global search box in the header. "/" anywhere on the page (outside a text field) focuses it.
import { useEffect, useRef, useState } from "react";
import { href, navigate, useLocation } from "../router";

export function SearchBox() {
  const { pathname, params } = useLocation();
  const current = pathname === "/search" ? (params.get("q") ?? "") : "";
  const [text, setText] = useState(current);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => setText(current), [current]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
      if (event.key === "/" && !typing && !event.metaKey && !event.ctrlKey && !event.altKey) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <form
      role="search"
      aria-label="Everything"
      className="search-box"
      onSubmit={(event) => {
        event.preventDefault();
        const q = text.trim();
        if (q) navigate(href("/search", { q }));
      }}
    >
      <label htmlFor="global-search" className="visually-hidden">
        Search people, statements, denials and events
      </label>
      <input
        id="global-search"
        ref={input}
        type="search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder="Search (press /)"
        aria-keyshortcuts="/"
        autoComplete="off"
      />
      <button type="submit">Search</button>
    </form>
  );
}
