import type { ActorKindValue, ActorType } from "@claimline/store";
import type { KnownActor, ProposedActor, Span } from "./proposal.js";
import { isHeadline, type Analysed, type Token } from "./text.js";

/** One place an actor is named: the actor and the tokens [first, last]. */
export interface Mention {
  actorId: string;
  first: number;
  last: number;
}

/** The actors of one text and where each is named, in text order. */
export interface ActorTable {
  actors: Map<string, ProposedActor>;
  mentions: Mention[];
}

// Words that name a role before a person's name ("Kremlin spokesman Dmitry Peskov", "Mayor Ana Velez").
const ROLE_WORDS = new Set(
  "spokesman spokeswoman spokesperson minister president mayor secretary chief director governor chairman chairwoman chair senator official ambassador commissioner leader premier chancellor councillor councilor head manager superintendent inspector captain general adviser advisor aide master editor correspondent analyst lawyer professor judge officer representative engineer economist researcher doctor envoy prosecutor deputy lawmaker coach".split(
    " ",
  ),
);
const ORG_WORDS = new Set(
  "ministry council party agency department office company post times news union bank commission authority kremlin police government parliament committee court club force office newspaper broadcaster association institute university board guild gazette herald tribune journal press reuters bureau corporation group federation trust service army navy cabinet senate congress assembly".split(
    " ",
  ),
);
const MEDIA_WORDS = new Set(
  "newspaper broadcaster post times news gazette herald tribune journal press reuters radio tv television".split(" "),
);
const GOVERNMENT_WORDS = new Set(
  "ministry kremlin government parliament cabinet senate congress council department police army navy".split(" "),
);
const NOT_NAMES = new Set(
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december i".split(
    " ",
  ),
);
const PRONOUNS_PERSON = new Set(["he", "she", "him", "her"]);

/** `"Dmitry Peskov"` → `dmitry-peskov`. */
/** An organisation's kind from the words of its name or noun phrase, or null when they name no organisation. */
export function organisationKind(words: readonly string[]): ActorKindValue | null {
  const lower = words.map((w) => w.toLowerCase());
  if (!lower.some((w) => ORG_WORDS.has(w))) return null;
  return lower.some((w) => MEDIA_WORDS.has(w)) ? "MEDIA" : lower.some((w) => GOVERNMENT_WORDS.has(w)) ? "GOVERNMENT" : "OTHER";
}

/** Weekday and month names, which are never speakers. */
export const isDateWord = (t: Token) => NOT_NAMES.has(t.lower);

export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100)
    .replace(/-+$/, "");
  return slug || "actor";
}

const span = (doc: Analysed, first: number, last: number): Span => {
  const start = (doc.tokens[first] as Token).start;
  const end = (doc.tokens[last] as Token).end;
  return { start, end, exact: doc.text.slice(start, end) };
};

const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.value);
const isNameToken = (t: Token) => t.pos === "PROPN" && isCapitalised(t) && !NOT_NAMES.has(t.lower) && /^\p{L}[\p{L}'’.-]*$/u.test(t.value);

/**
 * Finds the actors a text names: known actors by name and alias, and new people and organisations from runs of
 * proper nouns (a role word before a person's name becomes an alias: "the spokesman", "the Kremlin spokesman").
 */
export function findActors(doc: Analysed, known: readonly KnownActor[]): ActorTable {
  const actors = new Map<string, ProposedActor>();
  for (const k of known) {
    actors.set(k.id, { ...k, aliases: [...k.aliases], isNew: false, mentions: [], confidence: 0.9, rule: "known-actor" });
  }
  discoverNames(doc, actors);
  const mentions = scanMentions(doc, actors);
  return { actors, mentions };
}

function discoverNames(doc: Analysed, actors: Map<string, ProposedActor>): void {
  const { tokens } = doc;
  const surnames = new Map<string, string>();
  for (const a of actors.values()) if (a.type === "Person") surnames.set(lastWord(a.name), a.id);
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameToken(tokens[i] as Token) || isHeadline(doc, tokens[i] as Token)) continue;
    let j = i;
    while (j + 1 < tokens.length && isNameToken(tokens[j + 1] as Token)) j++;
    const run = tokens.slice(i, j + 1).map((t) => t.value);
    // Capitalised words up to the last role word open the run as a title: "Mayor Ana Velez", "Prime Minister Jonas Bakke".
    const lastRole = run.slice(0, -1).findLastIndex((w) => ROLE_WORDS.has(w.toLowerCase()));
    const words = run.slice(lastRole + 1);
    const roleBefore =
      lastRole >= 0
        ? [
            run
              .slice(0, lastRole + 1)
              .join(" ")
              .toLowerCase(),
          ]
        : [];
    const name = words.join(" ");
    const lowerWords = words.map((w) => w.toLowerCase());
    const isOrg = lowerWords.some((w) => ORG_WORDS.has(w));
    const prev = tokens[i - 1];
    const prevRole = prev && ROLE_WORDS.has(prev.lower) ? prev.lower : undefined;
    const exists = [...actors.values()].some((a) => a.name === name || a.aliases.includes(name));
    if (!exists && (isOrg || words.length >= 2) && !surnames.has(name)) {
      const type: ActorType = isOrg ? "Organization" : "Person";
      const kind: ActorKindValue = !isOrg
        ? "PERSON"
        : lowerWords.some((w) => MEDIA_WORDS.has(w))
          ? "MEDIA"
          : lowerWords.some((w) => GOVERNMENT_WORDS.has(w))
            ? "GOVERNMENT"
            : "OTHER";
      const aliases: string[] = [];
      if (type === "Person") aliases.push(lastWord(name));
      else aliases.push(`the ${name}`);
      const role = roleBefore[0] ?? prevRole;
      if (type === "Person" && role) {
        aliases.push(`the ${role}`);
        const head = role.split(" ").at(-1) ?? role;
        if (head !== role) aliases.push(`the ${head}`);
        const org = tokens[i - 2];
        if (prevRole && org && isNameToken(org)) aliases.push(`the ${org.value} ${role}`);
      }
      const id = uniqueId(actors, slugify(name));
      actors.set(id, {
        id,
        type,
        kind,
        name,
        aliases,
        isNew: true,
        mentions: [],
        confidence: type === "Person" ? 0.7 : 0.6,
        rule: role ? "role-and-name" : "proper-noun-run",
      });
      if (type === "Person") surnames.set(lastWord(name), id);
    }
    i = j;
  }
}

/** Every occurrence of every name and alias, longest first, never overlapping. */
function scanMentions(doc: Analysed, actors: Map<string, ProposedActor>): Mention[] {
  const startAt = new Map<number, number>();
  const endAt = new Map<number, number>();
  doc.tokens.forEach((t) => {
    startAt.set(t.start, t.index);
    endAt.set(t.end, t.index);
  });
  const phrases: { phrase: string; actorId: string; caseless: boolean }[] = [];
  for (const a of actors.values()) {
    for (const phrase of new Set([a.name, ...a.aliases])) phrases.push({ phrase, actorId: a.id, caseless: !/^\p{Lu}/u.test(phrase) });
  }
  phrases.sort((x, y) => y.phrase.length - x.phrase.length);
  const taken = new Uint8Array(doc.tokens.length);
  const mentions: Mention[] = [];
  const lowerText = doc.text.toLowerCase();
  for (const { phrase, actorId, caseless } of phrases) {
    const haystack = caseless ? lowerText : doc.text;
    const needle = caseless ? phrase.toLowerCase() : phrase;
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      const first = startAt.get(at);
      const last = endAt.get(at + needle.length);
      if (first === undefined || last === undefined) continue;
      if (taken.subarray(first, last + 1).some((x) => x === 1)) continue;
      taken.fill(1, first, last + 1);
      mentions.push({ actorId, first, last });
      actors.get(actorId)?.mentions.push(span(doc, first, last));
    }
  }
  mentions.sort((x, y) => x.first - y.first);
  for (const a of actors.values()) a.mentions.sort((x, y) => x.start - y.start);
  return mentions;
}

/** The person a pronoun most likely means. */
export function resolvePronoun(table: ActorTable, token: Token, lastSpeaker?: string): string | undefined {
  if (token.lower === "they") return lastSpeaker && table.actors.get(lastSpeaker)?.type === "Organization" ? lastSpeaker : undefined;
  if (!PRONOUNS_PERSON.has(token.lower)) return undefined;
  // The previous speaker, if a person, is the likeliest "he" of news prose; else the last person named.
  if (lastSpeaker && table.actors.get(lastSpeaker)?.type === "Person") return lastSpeaker;
  let found: string | undefined;
  for (const m of table.mentions) {
    if (m.first >= token.index) break;
    if (table.actors.get(m.actorId)?.type === "Person") found = m.actorId;
  }
  return found;
}

/** Adds (or finds) an actor named by a common noun phrase: "officials", "traditional media outlets". */
export function collectiveActor(table: ActorTable, doc: Analysed, first: number, last: number, kind: ActorKindValue, rule: string): string {
  const s = span(doc, first, last);
  const name = s.exact.replace(/^(the|both|some of the)\s+/i, "");
  const definite = /^the\s/i.test(s.exact) && !name.includes(" ");
  // "the union" after "Halvik Dockers' Union": a definite noun names the latest actor whose name ends in it.
  const existing =
    [...table.actors.values()].find((a) => a.name.toLowerCase() === name.toLowerCase()) ??
    (definite
      ? [...table.actors.values()].reverse().find((a) => a.type === "Organization" && lastWord(a.name).toLowerCase() === name.toLowerCase())
      : undefined);
  if (existing) {
    existing.mentions.push(s);
    return existing.id;
  }
  const id = uniqueId(table.actors, slugify(name));
  table.actors.set(id, { id, type: "Organization", kind, name, aliases: [], isNew: true, mentions: [s], confidence: 0.5, rule });
  table.mentions.push({ actorId: id, first, last });
  table.mentions.sort((x, y) => x.first - y.first);
  return id;
}

function lastWord(name: string): string {
  return name.split(" ").at(-1) ?? name;
}

function uniqueId(actors: ReadonlyMap<string, unknown>, base: string): string {
  let id = base;
  for (let n = 2; actors.has(id); n++) id = `${base}-${n}`;
  return id;
}
