// What a speaker denied, each with what it denies: a statement (and who made it) or an event's having happened.
import { DenialItem } from "./DenialItem";
import { graphql, getFragmentData, type FragmentType } from "../gql";
import { href, idSegment, Link } from "../router";

export const SpeakerDenialsFragment = graphql(/* GraphQL */ `
  fragment SpeakerDenials on Actor {
    name
    denials(first: 100) {
      totalCount
      nodes {
        id
        target {
          __typename
          ... on Statement {
            id
            content
            speaker {
              id
              name
            }
          }
          ... on Event {
            id
            title
          }
        }
        ...DenialItem
      }
    }
  }
`);

export function SpeakerDenials(props: { actor: FragmentType<typeof SpeakerDenialsFragment> }) {
  const actor = getFragmentData(SpeakerDenialsFragment, props.actor);
  if (actor.denials.totalCount === 0) return null;
  return (
    <section className="speaker-denials denials" aria-labelledby="speaker-denials">
      <h2 id="speaker-denials">
        Denials by {actor.name} ({actor.denials.totalCount})
      </h2>
      <ul>
        {actor.denials.nodes.map((denial) => (
          <li key={denial.id} className="denial-with-target">
            <p className="denial-target">
              {denial.target.__typename === "Statement" ? (
                <>
                  Denies what <Link to={href("/", { speaker: denial.target.speaker.id })}>{denial.target.speaker.name}</Link> said:{" "}
                  {denial.target.content}
                </>
              ) : (
                <>
                  Denies that this happened: <Link to={`/events/${idSegment(denial.target.id)}`}>{denial.target.title}</Link>
                </>
              )}
            </p>
            <ul>
              <DenialItem denial={denial} />
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
