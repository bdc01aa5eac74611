// "About…": the actors a speaker's statements are about, each with how many of them, one click from the filter.
// Counted over the speaker's latest 100 statements (one request); past that the heading says so.
import { graphql, getFragmentData, type FragmentType } from "../gql";
import { Link } from "../router";
import { filtersHref, type Filters } from "./filters";

export const ABOUT_SAMPLE = 100;

export const SpeakerAboutFragment = graphql(/* GraphQL */ `
  fragment SpeakerAbout on Actor {
    id
    aboutSample: statements(first: 100) {
      totalCount
      nodes {
        id
        about {
          id
          name
        }
      }
    }
  }
`);

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** Actors with the number of statements about each, most first, then by name. */
export function countAbout(statements: readonly { about: readonly { id: string; name: string }[] }[]) {
  const counts = new Map<string, { id: string; name: string; count: number }>();
  for (const statement of statements)
    for (const actor of statement.about) {
      const entry = counts.get(actor.id) ?? { ...actor, count: 0 };
      entry.count += 1;
      counts.set(actor.id, entry);
    }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export function AboutChips(props: { actor: FragmentType<typeof SpeakerAboutFragment>; filters: Filters }) {
  const actor = getFragmentData(SpeakerAboutFragment, props.actor);
  const about = countAbout(actor.aboutSample.nodes);
  if (about.length === 0) return null;
  const partial = actor.aboutSample.totalCount > ABOUT_SAMPLE;
  return (
    <nav className="about-chips" aria-labelledby="about-chips-title">
      <h2 id="about-chips-title" className="small-heading">
        About…{partial && <span className="muted"> (counted over the latest {ABOUT_SAMPLE} statements)</span>}
      </h2>
      <ul className="chips">
        {about.map(({ id, name, count }) => {
          const current = props.filters.about.length === 1 && props.filters.about[0] === id;
          return (
            <li key={id}>
              <Link
                className={`chip${current ? " is-current" : ""}`}
                aria-current={current ? "true" : undefined}
                to={filtersHref({ ...props.filters, about: [id] })}
              >
                {name} · {plural(count, "statement")}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
