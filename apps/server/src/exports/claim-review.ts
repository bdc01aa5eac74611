// claims.jsonld: schema.org's vocabulary for what fact-checkers publish (Google Fact Check Tools reads it).
// A statement is a Claim; each denial of it is a ClaimReview of that Claim, whose author is the denier and whose
// rating reads "Denied". Claimline does not rate claims itself: it records who denied what, and where.
import type { ExportedDenial, ExportedStatement } from "./export-pages.js";

type JsonLd = Record<string, unknown>;

/** An IRI for a record: Claimline's global ids are unique, so a URN built from them is too. */
export const iriOf = (id: string) => `urn:claimline:${id}`;

function agent(actor: { __typename: "Person" | "Organization"; id: string; name: string }): JsonLd {
  return { "@type": actor.__typename, "@id": iriOf(actor.id), identifier: actor.id, name: actor.name };
}

/** Where it was reported: the source, with the exact words as its text. */
function appearance(span: ExportedStatement["evidence"][number]): JsonLd {
  const { source } = span;
  return {
    "@type": "CreativeWork",
    identifier: `${source.id}#${span.start}-${span.end}`,
    ...(source.title && { name: source.title }),
    ...(source.url && { url: source.url }),
    ...(source.publisher && { publisher: { "@type": "Organization", name: source.publisher } }),
    ...(source.publishedAt?.value && { datePublished: source.publishedAt.value }),
    text: span.exact,
  };
}

export function claimOf(statement: ExportedStatement): JsonLd {
  const [first, ...more] = statement.evidence;
  return {
    "@type": "Claim",
    "@id": iriOf(statement.id),
    identifier: statement.id,
    text: statement.content,
    author: agent(statement.speaker),
    ...(statement.statedAt?.value && { dateCreated: statement.statedAt.value }),
    ...(statement.about.length > 0 && { about: statement.about.map(agent) }),
    ...(first && { firstAppearance: appearance(first), appearance: [first, ...more].map(appearance) }),
  };
}

export function claimReviewOf(denial: ExportedDenial, statement: ExportedStatement): JsonLd {
  const url = denial.evidence.find((span) => span.source.url)?.source.url;
  return {
    "@type": "ClaimReview",
    "@id": iriOf(denial.id),
    identifier: denial.id,
    claimReviewed: statement.content,
    itemReviewed: { "@id": iriOf(statement.id) },
    author: agent(denial.denier),
    reviewBody: denial.content,
    reviewRating: { "@type": "Rating", alternateName: "Denied" },
    ...(denial.statedAt?.value && { datePublished: denial.statedAt.value }),
    ...(url && { url }),
  };
}

/** The statement's Claim, then a ClaimReview per denial. */
export function jsonLdNodes(statement: ExportedStatement): JsonLd[] {
  return [claimOf(statement), ...statement.denials.map((denial) => claimReviewOf(denial, statement))];
}

/** The document is one `@graph`, written node by node: its opening, each node's separator, its closing. */
export const JSONLD_OPEN = '{"@context":"https://schema.org","@graph":[\n';
export const JSONLD_CLOSE = "\n]}\n";
