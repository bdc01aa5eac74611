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
  }
`);

export function SpeakerItem(props: { actor: FragmentType<typeof SpeakerItemFragment>; selected: boolean }) {
  const actor = getFragmentData(SpeakerItemFragment, props.actor);
  const count = actor.statements.totalCount;
  return (
    <li>
      <Link
        to={href("/", { speaker: actor.id })}
        className={`speaker${props.selected ? " is-selected" : ""}`}
        aria-current={props.selected ? "page" : undefined}
        aria-label={`${actor.name}, ${ACTOR_KINDS[actor.kind].toLowerCase()}, ${count} statement${count === 1 ? "" : "s"}`}
      >
        <span className="speaker-name">{actor.name}</span>
        <span className="speaker-kind">{ACTOR_KINDS[actor.kind]}</span>
        <span className="speaker-count" aria-hidden="true">
          {count}
        </span>
      </Link>
    </li>
  );
}
