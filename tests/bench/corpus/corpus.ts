import type { SourceDocument, SpanData } from "@claimline/store";
import { pick, seededRandom, zipf } from "./random.js";
import { vocabulary } from "./vocabulary.js";

/** The corpus's shape for a number of statements: the 1M set keeps these ratios at every scale. */
export interface CorpusShape {
  statements: number;
  actors: number;
  denials: number;
  events: number;
  /** Statements per source document (one import transaction each). */
  perDocument: number;
}

export function corpusShape(statements: number): CorpusShape {
  return {
    statements,
    actors: Math.max(10, Math.round(statements / 100)),
    denials: Math.round(statements / 10),
    events: Math.round(statements / 20),
    perDocument: Math.min(2_000, statements),
  };
}

const FIRST = "Anna Boris Carla David Elena Farid Greta Hiro Ines Jonas Kwame Lena Mateo Nadia Omar Priya Quinn Rosa Sven Tariq".split(" ");
const LAST =
  "Abara Berg Costa Dahl Eze Fischer Gomez Haas Ivanova Jensen Kato Lund Moreau Novak Okafor Petrov Quist Rossi Silva Tanaka".split(" ");
const CUES = ["said", "claimed", "admitted", "suggested", "promised", "warned", "argued", "insisted", "told reporters"];
const SPEECH_ACTS = ["CLAIM", "ADMISSION", "SUGGESTION", "PROMISE", "INTENT", "CONCERN", "CRITICISM", "ARGUMENT", "OTHER"] as const;
const QUOTE_TYPES = ["DIRECT", "INDIRECT", "MIXED"] as const;
const EVENT_TYPES = ["CALL", "MEETING", "SUMMIT", "INTERVIEW", "OTHER"] as const;
const EVENT_STATUSES = ["PROPOSED", "SCHEDULED", "OCCURRED", "CLAIMED"] as const;
const FIRST_DAY = Date.UTC(2000, 0, 1);
const DAYS = 26 * 365;

export const actorId = (i: number) => `actor-${i}`;
export const statementId = (i: number) => `statement-${i}`;

/** Appends text and returns the span of it: every record's evidence points at exactly its own words. */
class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  add(before: string, exact: string, after: string): SpanData {
    const start = this.length + before.length;
    this.parts.push(before, exact, after);
    this.length += before.length + exact.length + after.length;
    return { start, end: start + exact.length, exact };
  }
  text(): string {
    return this.parts.join("");
  }
}

function day(random: () => number) {
  const iso = new Date(FIRST_DAY + Math.floor(random() * DAYS) * 86_400_000).toISOString().slice(0, 10);
  return { value: iso, precision: "DAY" as const, earliest: iso, latest: iso, text: null, circa: false, note: null };
}

const nullSource = { publisher: null, url: null, note: "Synthetic benchmark corpus.", publishedAt: null };

/**
 * The synthetic corpus as import documents, deterministic for a seed: first a roster source naming every actor,
 * then sources of `perDocument` statements each, with their events and denials. Speakers, subjects and deniers are
 * Zipf-skewed (the busiest speaker makes about a tenth of all statements); statements are 8–40 words of a
 * Zipf-ranked vocabulary; every span is the record's own words in its source's text.
 * Example: `for (const doc of corpusDocuments(corpusShape(10_000))) await importDocument(db, doc)`.
 */
export function* corpusDocuments(shape: CorpusShape, seed = 11): Generator<SourceDocument> {
  const random = seededRandom(seed);
  const words = vocabulary(seed + 1);
  const speaker = zipf(shape.actors, 1, random);
  const names = Array.from(
    { length: shape.actors },
    (_, i) => `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`,
  );

  const roster = new TextBuilder();
  const actors = names.map((name, i) => ({
    id: actorId(i),
    type: "Person" as const,
    kind: "PERSON" as const,
    name,
    aliases: [],
    description: null,
    country: null,
    roles: [],
    evidence: [roster.add("", name, " is on the roster.\n")],
  }));
  yield {
    source: { id: "bench-roster", title: "Roster", ...nullSource },
    text: roster.text(),
    actors,
    events: [],
    statements: [],
    denials: [],
  };

  const documents = Math.ceil(shape.statements / shape.perDocument);
  let nextStatement = 0;
  let nextDenial = 0;
  let nextEvent = 0;
  for (let d = 0; d < documents; d++) {
    const text = new TextBuilder();
    const count = Math.min(shape.perDocument, shape.statements - nextStatement);
    const eventCount = Math.round((shape.events * (d + 1)) / documents) - nextEvent;
    const events = Array.from({ length: eventCount }, () => {
      const id = `event-${nextEvent++}`;
      const title = `${pick(EVENT_TYPES, random).toLowerCase()} on ${words.sentence(3)}`;
      return {
        id,
        title,
        type: pick(EVENT_TYPES, random),
        status: pick(EVENT_STATUSES, random),
        start: day(random),
        end: null,
        location: null,
        partOfId: null,
        description: null,
        participants: [{ actorId: actorId(speaker()), role: null }],
        evidence: [text.add("The ", title, " was reported.\n")],
        note: null,
      };
    });
    const statements = Array.from({ length: count }, () => {
      const who = speaker();
      const content = words.sentence(8 + Math.floor(random() * 32));
      const cue = pick(CUES, random);
      const about = random() < 0.5 ? [actorId(speaker())].filter((id) => id !== actorId(who)) : [];
      return {
        id: statementId(nextStatement++),
        speakerId: actorId(who),
        content,
        quote: null,
        quoteType: pick(QUOTE_TYPES, random),
        speechAct: pick(SPEECH_ACTS, random),
        cue,
        hedge: null,
        statedAt: day(random),
        occasionId: events.length > 0 && random() < 0.3 ? pick(events, random).id : null,
        aboutIds: about,
        topics: [],
        evidence: [text.add(`${names[who]} ${cue} that `, content, ".\n")],
        note: null,
      };
    });
    const denialCount = Math.round((shape.denials * (d + 1)) / documents) - nextDenial;
    const denials = Array.from({ length: denialCount }, () => {
      const target = pick(statements, random);
      const content = `that ${words.sentence(6 + Math.floor(random() * 10))}`;
      return {
        id: `denial-${nextDenial++}`,
        denierId: actorId(speaker()),
        targetType: "Statement" as const,
        targetId: target.id,
        content,
        quote: null,
        cue: "denied",
        statedAt: day(random),
        evidence: [text.add("It was denied ", content, ".\n")],
        note: null,
      };
    });
    yield {
      source: { id: `bench-source-${d}`, title: `Synthetic report ${d}`, ...nullSource },
      text: text.text(),
      actors: [],
      events,
      statements,
      denials,
    };
  }
}
