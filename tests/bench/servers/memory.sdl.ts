import type { MemoryData } from "./fixture.js";

/** The slice of Claimline's schema the speaker query needs, for the in-memory servers written from SDL. */
export const MEMORY_SDL = `
  type Actor { id: ID! name: String! }
  type Denial { id: ID! content: String! denier: Actor! }
  type Statement { id: ID! content: String! speechAct: String! speaker: Actor! denials: [Denial!]! }
  type StatementConnection { nodes: [Statement!]! }
  input StatementFilter { speakerIds: [ID!] }
  type Query { statements(filter: StatementFilter, first: Int): StatementConnection! }
`;

/** Plain resolvers over the in-memory data: what a first version of such a server looks like. */
export function memoryResolvers(data: MemoryData) {
  return {
    Query: {
      statements: (_: unknown, args: { filter?: { speakerIds?: string[] }; first?: number }) => ({
        nodes: data.statements.filter((s) => args.filter?.speakerIds?.includes(s.speakerId) ?? true).slice(0, args.first ?? 20),
      }),
    },
    Statement: {
      speaker: (s: { speakerId: string }) => data.actors.get(s.speakerId),
      denials: (s: { denialIds: string[] }) => s.denialIds.map((id) => data.denials.get(id)),
    },
    Denial: { denier: (d: { denierId: string }) => data.actors.get(d.denierId) },
  };
}
