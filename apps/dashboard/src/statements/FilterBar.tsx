// The filters above a speaker's statements. Each change rewrites the URL; typing waits for a pause first.
import { useEffect, useId, useState } from "react";
import { navigate } from "../router";
import { AboutPicker } from "./AboutPicker";
import { filtersHref, hasFilters, type Filters } from "./filters";
import { isSpeechAct, SPEECH_ACTS } from "./speech-acts";

const TYPING_PAUSE_MS = 350;

export function FilterBar({ filters }: { filters: Filters }) {
  const id = useId();
  const [text, setText] = useState(filters.q ?? "");
  const apply = (change: Partial<Filters>) => navigate(filtersHref({ ...filters, ...change }), { replace: true });

  // Follow the URL when it changes from elsewhere (back button, a link).
  useEffect(() => setText(filters.q ?? ""), [filters.q]);
  useEffect(() => {
    const q = text.trim() || null;
    if (q === filters.q) return;
    const timer = setTimeout(() => apply({ q }), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  });

  return (
    <form
      className="filters"
      role="search"
      aria-label="Filter statements"
      onSubmit={(event) => {
        event.preventDefault();
        apply({ q: text.trim() || null });
      }}
    >
      <AboutPicker selected={filters.about} onChange={(about) => apply({ about })} />
      <div className="field checkbox">
        <input id={`${id}-disputed`} type="checkbox" checked={filters.disputed} onChange={(e) => apply({ disputed: e.target.checked })} />
        <label htmlFor={`${id}-disputed`}>Disputed only</label>
      </div>
      <div className="field checkbox">
        <input
          id={`${id}-deprecated`}
          type="checkbox"
          checked={filters.deprecated}
          onChange={(e) => apply({ deprecated: e.target.checked })}
        />
        <label htmlFor={`${id}-deprecated`}>Show deprecated</label>
      </div>
      <div className="field">
        <label htmlFor={`${id}-act`}>Speech act</label>
        <select
          id={`${id}-act`}
          value={filters.act ?? ""}
          onChange={(e) => apply({ act: isSpeechAct(e.target.value) ? e.target.value : null })}
        >
          <option value="">Any</option>
          {Object.entries(SPEECH_ACTS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>Said from</label>
        <input id={`${id}-from`} type="date" value={filters.from ?? ""} onChange={(e) => apply({ from: e.target.value || null })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>to</label>
        <input id={`${id}-to`} type="date" value={filters.to ?? ""} onChange={(e) => apply({ to: e.target.value || null })} />
      </div>
      <div className="field grow">
        <label htmlFor={`${id}-text`}>Words</label>
        <input id={`${id}-text`} type="search" value={text} placeholder="e.g. summit" onChange={(e) => setText(e.target.value)} />
      </div>
      {hasFilters(filters) && (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setText("");
            apply({ about: [], disputed: false, act: null, from: null, to: null, q: null, deprecated: false });
          }}
        >
          Clear filters
        </button>
      )}
    </form>
  );
}
