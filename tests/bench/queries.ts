import { TOP_SPEAKER } from "./servers/fixture.js";
import { COMMON_WORD, RARE_WORD, SECOND_COMMON_WORD } from "./corpus/vocabulary.js";

const PAGE = "nodes { id content speaker { id name } }";

/** The list and search queries, each timed single-client at every scale. */
export const LATENCY_QUERIES: { name: string; query: string }[] = [
  { name: "top speaker's first page", query: `{ statements(filter: { speakerIds: ["${TOP_SPEAKER}"] }, first: 20) { ${PAGE} } }` },
  {
    name: "… with totalCount",
    query: `{ statements(filter: { speakerIds: ["${TOP_SPEAKER}"] }, first: 20) { totalCount ${PAGE} } }`,
  },
  { name: "actor(top).statements(first: 20)", query: `{ actor(id: "${TOP_SPEAKER}") { statements(first: 20) { ${PAGE} } } }` },
  {
    name: "actors(first: 20) { statements(first: 5) { totalCount } }",
    query: `{ actors(first: 20) { nodes { id statements(first: 5) { totalCount nodes { id } } } } }`,
  },
  {
    name: "speech act + date range, totalCount",
    query: `{ statements(filter: { speechActs: [PROMISE], statedIn: { from: "2010-01-01", to: "2010-12-31" } }, first: 20) { totalCount ${PAGE} } }`,
  },
  {
    name: "about (top actor) + date range, totalCount",
    query: `{ statements(filter: { aboutIds: ["${TOP_SPEAKER}"], statedIn: { from: "2010-01-01", to: "2010-12-31" } }, first: 20) { totalCount ${PAGE} } }`,
  },
  {
    name: "event(…).statements (occasion), totalCount",
    query: `{ event(id: "Event:event-0") { statements(first: 20) { totalCount ${PAGE} } } }`,
  },
  {
    name: "denials by the top actor, totalCount",
    query: `{ denials(filter: { denierIds: ["${TOP_SPEAKER}"] }, first: 20) { totalCount nodes { id content target { ... on Statement { id } } } } }`,
  },
  {
    name: "events, totalCount",
    query: `{ events(first: 20) { totalCount nodes { id title } } }`,
  },
  {
    name: `text filter, common word ("${COMMON_WORD}")`,
    query: `{ statements(filter: { text: "${COMMON_WORD}" }, first: 20) { ${PAGE} } }`,
  },
  { name: `text filter, rare word ("${RARE_WORD}")`, query: `{ statements(filter: { text: "${RARE_WORD}" }, first: 20) { ${PAGE} } }` },
  {
    name: `text filter, common word, totalCount`,
    query: `{ statements(filter: { text: "${COMMON_WORD}" }, first: 20) { totalCount ${PAGE} } }`,
  },
  {
    name: `text filter, two words, totalCount`,
    query: `{ statements(filter: { text: "${COMMON_WORD} ${RARE_WORD}" }, first: 20) { totalCount ${PAGE} } }`,
  },
  { name: `search, common word`, query: `{ search(text: "${COMMON_WORD}", first: 10) { snippet } }` },
  { name: `search, rare word`, query: `{ search(text: "${RARE_WORD}", first: 10) { snippet } }` },
  { name: `search, two common words`, query: `{ search(text: "${COMMON_WORD} ${SECOND_COMMON_WORD}", first: 10) { snippet } }` },
];
