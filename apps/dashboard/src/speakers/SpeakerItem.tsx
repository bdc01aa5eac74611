// One speaker in the list: a link to their statements, with how many there are.
import { graphql, getFragmentData, type FragmentType } from "../gql";
import { href, Link } from "../router";
import { plural } from "../statements/AboutChips";
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
  // The link's name is its visible text ("Kremlin Government · 1 denial 0 statements"): no aria-label to disagree with it.
  return (
    <li>
      <Link
        to={href("/", { speaker: actor.id })}
        className={`speaker${props.selected ? " is-selected" : ""}`}
        aria-current={props.selected ? "page" : undefined}
      >
        <span className="speaker-name">{actor.name}</span>
        <span className="speaker-kind">
          {ACTOR_KINDS[actor.kind]}
          {denials > 0 && <span className="speaker-denial-count"> · {plural(denials, "denial")}</span>}
        </span>
        <span className="speaker-count">{plural(count, "statement")}</span>
      </Link>
    </li>
  );
}
