// One speaker in the list: a link to their statements, with how many there are.
import { graphql, getFragmentData, type FragmentType } from "../gql";
import { href, Link } from "../router";
import { ACTOR_KINDS } from "./actor-kinds";

export const SpeakerItemFragment = graphql(/* GraphQL */ `
  fragment SpeakerItem on Actor {
    id
    name
    kind
    statements {
      totalCount
    }
    denials {
      totalCount
    }
  }
`);

export function SpeakerItem(props: { actor: FragmentType<typeof SpeakerItemFragment>; selected: boolean }) {
  const actor = getFragmentData(SpeakerItemFragment, props.actor);
  const count = actor.statements.totalCount;
  const denials = actor.denials.totalCount;
  const denialText = denials === 0 ? "" : `, ${denials} denial${denials === 1 ? "" : "s"}`;
  return (
    <li>
      <Link
        to={href("/", { speaker: actor.id })}
        className={`speaker${props.selected ? " is-selected" : ""}`}
        aria-current={props.selected ? "page" : undefined}
        aria-label={`${actor.name}, ${ACTOR_KINDS[actor.kind].toLowerCase()}, ${count} statement${count === 1 ? "" : "s"}${denialText}`}
      >
        <span className="speaker-name">{actor.name}</span>
        <span className="speaker-kind">
          {ACTOR_KINDS[actor.kind]}
          {denialText && <span className="speaker-denial-count">{denialText.replace(",", " ·")}</span>}
        </span>
        <span className="speaker-count" aria-hidden="true" title="Statements">
          {count}
        </span>
      </Link>
    </li>
  );
}
