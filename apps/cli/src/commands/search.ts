// `claimline search TEXT`: ranked hits across people, organisations, statements, denials and events.
import type { SearchQuery } from "@claimline/client";

type Hit = SearchQuery["search"][number];

function describeHit({ node }: Hit): string {
  switch (node.__typename) {
    case "Person":
    case "Organization":
      return `${node.name} (${node.kind.toLowerCase()})`;
    case "Statement":
      return `${node.speaker.name}: ${node.content}`;
    case "Denial":
      return `${node.denier.name} denies: ${node.content}`;
    case "Event":
      return `${node.title} (${node.status})`;
  }
}

/** One hit a line, most relevant first: rank, id, what it is; then the snippet with its matches in «guillemets». */
export function formatHits(hits: readonly Hit[]): string {
  if (hits.length === 0) return "no matches";
  return hits.map((hit, index) => `${String(index + 1).padStart(2)}. ${hit.node.id}  ${describeHit(hit)}\n    ${hit.snippet}`).join("\n");
}
