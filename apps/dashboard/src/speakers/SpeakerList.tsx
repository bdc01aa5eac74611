// Everyone the sources record: people first, then organisations, each with a statement count.
import { useQuery } from "@apollo/client/react";
import { Empty, ErrorState, Loading } from "../common/states";
import { graphql } from "../gql";
import { SpeakerItem } from "./SpeakerItem";

const SpeakerListQuery = graphql(/* GraphQL */ `
  query SpeakerList {
    actors(first: 100) {
      totalCount
      nodes {
        id
        kind
        ...SpeakerItem
      }
    }
  }
`);

export function SpeakerList({ selected }: { selected: string | null }) {
  const { data, error, refetch } = useQuery(SpeakerListQuery);
  if (error) return <ErrorState error={error} retry={() => refetch()} what="the speakers" />;
  if (!data) return <Loading label="Loading speakers…" />;
  if (data.actors.nodes.length === 0) return <Empty>No speakers recorded yet.</Empty>;
  const groups = [
    { title: "People", actors: data.actors.nodes.filter((a) => a.kind === "PERSON") },
    { title: "Organisations and groups", actors: data.actors.nodes.filter((a) => a.kind !== "PERSON") },
  ];
  return (
    <>
      {groups.map(({ title, actors }) =>
        actors.length === 0 ? null : (
          <section key={title} aria-label={title}>
            <h2>{title}</h2>
            <ul className="speaker-list">
              {actors.map((actor) => (
                <SpeakerItem key={actor.id} actor={actor} selected={actor.id === selected} />
              ))}
            </ul>
          </section>
        ),
      )}
    </>
  );
}
