import { corpusDocuments, corpusShape } from "../corpus/corpus.js";

/** The one operation every server answers in the side-by-side run: a speaker's 20 statements with speaker and denials. */
export const SPEAKER_QUERY = `query SpeakerPage($speaker: ID!) {
  statements(filter: { speakerIds: [$speaker] }, first: 20) {
    nodes { id content speechAct speaker { id name } denials { id content denier { id name } } }
  }
}`;

/** The busiest speaker of the corpus, by its API id. */
export const TOP_SPEAKER = "Person:actor-0";

export interface MemoryActor {
  id: string;
  name: string;
}
export interface MemoryDenial {
  id: string;
  content: string;
  denierId: string;
}
export interface MemoryStatement {
  id: string;
  content: string;
  speechAct: string;
  speakerId: string;
  denialIds: string[];
}
export interface MemoryData {
  actors: Map<string, MemoryActor>;
  statements: MemoryStatement[];
  denials: Map<string, MemoryDenial>;
}

/** The in-memory servers' data: the top speaker's first 20 statements of the 10k corpus, with their denials and deniers. */
export function memoryData(): MemoryData {
  const actors = new Map<string, MemoryActor>();
  const statements: MemoryStatement[] = [];
  const denials = new Map<string, MemoryDenial>();
  for (const doc of corpusDocuments(corpusShape(10_000))) {
    doc.actors.forEach((a) => actors.set(`Person:${a.id}`, { id: `Person:${a.id}`, name: a.name }));
    for (const s of doc.statements) {
      if (`Person:${s.speakerId}` !== TOP_SPEAKER || statements.length === 20) continue;
      const own = doc.denials.filter((d) => d.targetId === s.id);
      own.forEach((d) => denials.set(`Denial:${d.id}`, { id: `Denial:${d.id}`, content: d.content, denierId: `Person:${d.denierId}` }));
      statements.push({
        id: `Statement:${s.id}`,
        content: s.content,
        speechAct: s.speechAct,
        speakerId: TOP_SPEAKER,
        denialIds: own.map((d) => `Denial:${d.id}`),
      });
    }
    if (statements.length === 20) break;
  }
  return { actors, statements, denials };
}

/** The answer as every server gives it. */
export function memoryAnswer(data: MemoryData) {
  const actor = (id: string) => ({ id, name: data.actors.get(id)?.name });
  return {
    data: {
      statements: {
        nodes: data.statements.map((s) => ({
          id: s.id,
          content: s.content,
          speechAct: s.speechAct,
          speaker: actor(s.speakerId),
          denials: s.denialIds.map((id) => {
            const d = data.denials.get(id)!;
            return { id: d.id, content: d.content, denier: actor(d.denierId) };
          }),
        })),
      },
    },
  };
}

/** Tells the parent process where the server listens (the line bench.ts waits for). */
export function announce(port: number): void {
  console.log(`listening ${port}`);
}
