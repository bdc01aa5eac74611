// Who the selected speaker is: the name the source uses, its kind, aliases and the source-grounded description.
import { useEffect, useRef } from "react";
import { graphql, getFragmentData, type FragmentType } from "../gql";
import { ACTOR_KINDS } from "../speakers/actor-kinds";

export const SpeakerHeaderFragment = graphql(/* GraphQL */ `
  fragment SpeakerHeader on Actor {
    id
    name
    kind
    aliases
    description
  }
`);

export function SpeakerHeader(props: { actor: FragmentType<typeof SpeakerHeaderFragment> }) {
  const actor = getFragmentData(SpeakerHeaderFragment, props.actor);
  const heading = useRef<HTMLHeadingElement>(null);
  // A new speaker is a new page for a screen reader or keyboard user: move focus to its name.
  useEffect(() => heading.current?.focus({ preventScroll: true }), [actor.id]);
  return (
    <header className="speaker-header">
      <h1 tabIndex={-1} ref={heading}>
        {actor.name}
      </h1>
      <p className="meta">
        <span className="badge">{ACTOR_KINDS[actor.kind]}</span>
        {actor.aliases.length > 0 && <span> also “{actor.aliases.join("”, “")}”</span>}
      </p>
      {actor.description && <p className="description">{actor.description}</p>}
    </header>
  );
}
