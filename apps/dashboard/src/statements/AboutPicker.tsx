// "About": the actors the statements must be about, any of several. Type-ahead over `actors(filter: { text })`
// (name or alias contains the text), an ARIA 1.2 combobox; the chosen actors are chips that remove themselves.
import { skipToken, useQuery } from "@apollo/client/react";
import { useEffect, useId, useState } from "react";
import { graphql } from "../gql";

const AboutSuggestionsQuery = graphql(/* GraphQL */ `
  query AboutSuggestions($text: String!) {
    actors(filter: { text: $text }, first: 8) {
      nodes {
        id
        name
        kind
      }
    }
  }
`);

const AboutNamesQuery = graphql(/* GraphQL */ `
  query AboutNames($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
      ... on Person {
        name
      }
      ... on Organization {
        name
      }
    }
  }
`);

const TYPING_PAUSE_MS = 200;

export function AboutPicker({ selected, onChange }: { selected: readonly string[]; onChange: (ids: string[]) => void }) {
  const id = useId();
  const [text, setText] = useState("");
  const [typed, setTyped] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  useEffect(() => {
    const timer = setTimeout(() => setTyped(text.trim()), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const suggestions = useQuery(AboutSuggestionsQuery, typed ? { variables: { text: typed } } : skipToken);
  const names = useQuery(AboutNamesQuery, selected.length > 0 ? { variables: { ids: [...selected] } } : skipToken);
  const nameOf = (actorId: string) => {
    const node = names.data?.nodes.find((n) => n?.id === actorId);
    return node && "name" in node ? node.name : actorId;
  };
  const options = (suggestions.data?.actors.nodes ?? []).filter((actor) => !selected.includes(actor.id));
  const expanded = open && typed !== "" && text.trim() !== "";
  const choose = (actorId: string) => {
    onChange([...selected, actorId]);
    setText("");
    setTyped("");
    setActive(0);
  };

  return (
    <div className="field about-picker">
      <label htmlFor={`${id}-about`}>About</label>
      <div className="combobox">
        <input
          id={`${id}-about`}
          type="text"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={`${id}-options`}
          aria-autocomplete="list"
          aria-activedescendant={expanded && options[active] ? `${id}-option-${active}` : undefined}
          aria-describedby={`${id}-about-help`}
          autoComplete="off"
          placeholder="a person or organisation"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onBlur={() => setOpen(false)}
          onKeyDown={(event) => {
            if (event.key === "ArrowDown" || event.key === "ArrowUp") {
              event.preventDefault();
              setOpen(true);
              const step = event.key === "ArrowDown" ? 1 : -1;
              setActive((index) => (options.length === 0 ? 0 : (index + step + options.length) % options.length));
            } else if (event.key === "Enter" && expanded && options[active]) {
              event.preventDefault();
              choose(options[active].id);
            } else if (event.key === "Escape") setOpen(false);
          }}
        />
        <ul id={`${id}-options`} role="listbox" aria-label="Actors" className="options" hidden={!expanded}>
          {options.map((actor, index) => (
            <li
              key={actor.id}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? "is-active" : undefined}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(actor.id);
              }}
            >
              {actor.name}
            </li>
          ))}
          {expanded && suggestions.data && options.length === 0 && (
            <li role="option" aria-selected={false} aria-disabled="true" className="muted">
              No actor’s name contains “{typed}”
            </li>
          )}
        </ul>
      </div>
      <p id={`${id}-about-help`} className="visually-hidden">
        Type part of a name, then pick with the arrow keys and Enter. Statements about any chosen actor are shown.
      </p>
      {selected.length > 0 && (
        <ul className="chips" aria-label="Chosen actors">
          {selected.map((actorId) => (
            <li key={actorId}>
              <button type="button" className="chip" onClick={() => onChange(selected.filter((x) => x !== actorId))}>
                <span className="visually-hidden">Remove </span>
                {nameOf(actorId)} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
