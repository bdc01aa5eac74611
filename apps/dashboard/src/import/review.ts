// The Import page's pure part: which proposed records survive the editor's choices, the import document they make,
// and the proposal's text cut into highlighted runs.

/** An import document as proposeFromText returns it (docs/document.schema.json); only the fields edited here are typed. */
export interface ImportDocument {
  actors: { id: string; name: string }[];
  events: { id: string; title: string; participants?: { actorId: string }[] }[];
  statements: { id: string; speakerId: string; content: string }[];
  denials: { id: string; denierId: string; targetType: string | null; targetId: string | null; content: string }[];
  [key: string]: unknown;
}

export type Kind = "actor" | "event" | "statement" | "denial";

/** The editor's choices: records dropped (by `kind:id`), and edited texts (content, or title / name). */
export interface Choices {
  dropped: ReadonlySet<string>;
  edits: Readonly<Record<string, string>>;
}

export const key = (kind: Kind, id: string) => `${kind}:${id}`;

/**
 * The records that go in: those not dropped and whose speaker, denier or target goes in too (a denial of a dropped
 * statement goes with it). A denial's target outside the proposal (already stored) is kept.
 */
export function kept(doc: ImportDocument, { dropped }: Pick<Choices, "dropped">): Set<string> {
  const keep = new Set<string>();
  const inDoc = new Set<string>();
  for (const a of doc.actors) if (!dropped.has(key("actor", a.id))) keep.add(key("actor", a.id));
  for (const e of doc.events) {
    inDoc.add(key("event", e.id));
    if (!dropped.has(key("event", e.id))) keep.add(key("event", e.id));
  }
  for (const s of doc.statements) {
    inDoc.add(key("statement", s.id));
    if (!dropped.has(key("statement", s.id)) && keep.has(key("actor", s.speakerId))) keep.add(key("statement", s.id));
  }
  for (const d of doc.denials) {
    const target = d.targetType && d.targetId ? key(d.targetType === "Event" ? "event" : "statement", d.targetId) : null;
    const targetOk = !target || !inDoc.has(target) || keep.has(target);
    if (!dropped.has(key("denial", d.id)) && keep.has(key("actor", d.denierId)) && targetOk) keep.add(key("denial", d.id));
  }
  return keep;
}

/** The document to send to importSource: only the kept records, with the editor's texts; evidence untouched. */
export function reviewedDocument(doc: ImportDocument, choices: Choices): ImportDocument {
  const keep = kept(doc, choices);
  const edit = (k: string, value: string) => choices.edits[k]?.trim() || value;
  return {
    ...doc,
    actors: doc.actors.filter((a) => keep.has(key("actor", a.id))).map((a) => ({ ...a, name: edit(key("actor", a.id), a.name) })),
    events: doc.events
      .filter((e) => keep.has(key("event", e.id)))
      .map((e) => ({
        ...e,
        title: edit(key("event", e.id), e.title),
        ...(e.participants ? { participants: e.participants.filter((p) => keep.has(key("actor", p.actorId))) } : {}),
      })),
    statements: doc.statements
      .filter((s) => keep.has(key("statement", s.id)))
      .map((s) => ({ ...s, content: edit(key("statement", s.id), s.content) })),
    denials: doc.denials.filter((d) => keep.has(key("denial", d.id))).map((d) => ({ ...d, content: edit(key("denial", d.id), d.content) })),
  };
}

export interface Span {
  start: number;
  end: number;
  kind: Kind;
}

export interface Run {
  text: string;
  /** The most telling kind covering the run (denial, then statement, event, actor); null for plain text. */
  kind: Kind | null;
}

const RANK: Record<Kind, number> = { denial: 4, statement: 3, event: 2, actor: 1 };

/** `text` cut at every span's ends, each run marked with the strongest kind covering it; spans outside the text are ignored. */
export function highlightRuns(text: string, spans: readonly Span[]): Run[] {
  const inside = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = [...new Set([0, text.length, ...inside.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out: Run[] = [];
  let from = 0;
  for (const to of cuts.slice(1)) {
    let kind: Kind | null = null;
    for (const s of inside) if (s.start <= from && s.end >= to && (!kind || RANK[s.kind] > RANK[kind])) kind = s.kind;
    const last = out.at(-1);
    if (last && last.kind === kind) last.text += text.slice(from, to);
    else out.push({ text: text.slice(from, to), kind });
    from = to;
  }
  return out;
}
