// The proposal under review: the text with every proposed span highlighted, then each record with a "Keep" box and
// its words editable, and the Import button with what it will store.
import { useRef } from "react";
import { AddStatement } from "./AddStatement";
import type { Proposal } from "./ImportPage";
import {
  highlightRuns,
  key,
  kept,
  withAdded,
  type AddedStatement,
  type Choices,
  type ImportDocument,
  type Kind,
  type Span,
} from "./review";

interface Item {
  kind: Kind;
  id: string;
  /** The editable text: content, or an event's title, or an actor's name. */
  value: string;
  /** Who and how, in a line: "Marta Kovač · said · 0.7 (content-before)". */
  line: string;
}

const PLURAL: Record<Kind, string> = { statement: "Statements", denial: "Denials", event: "Events", actor: "Actors" };
const FIELD: Record<Kind, string> = { statement: "Content", denial: "Content", event: "Title", actor: "Name" };

export function ProposalReview(props: {
  text: string;
  proposal: Proposal;
  choices: Choices;
  onChange: (choices: Choices) => void;
  added: readonly AddedStatement[];
  onAdd: (statement: AddedStatement) => void;
  onImport: () => void;
  busy: boolean;
}) {
  const { text, proposal, choices, onChange, added } = props;
  const textRef = useRef<HTMLDivElement>(null);
  const doc = withAdded(proposal.document as ImportDocument, text, added);
  const addedIds = doc.statements.slice(proposal.statements.length).map((s) => s.id);
  const names = new Map(proposal.actors.map((a) => [a.slug, a.name]));
  const who = (slug: string) => names.get(slug) ?? slug;
  const score = (r: { confidence: number; rule: string }) => `confidence ${r.confidence.toFixed(2)} (${r.rule})`;
  const items: Item[] = [
    ...proposal.statements.map((s) => ({
      kind: "statement" as const,
      id: s.slug,
      value: doc.statements.find((d) => d.id === s.slug)?.content ?? "",
      line: `${who(s.speakerSlug)} · ${s.cue} · ${s.quoteType.toLowerCase()} · ${score(s)}`,
    })),
    ...added.map((a, n) => ({
      kind: "statement" as const,
      id: addedIds[n] ?? "",
      value: doc.statements.find((d) => d.id === addedIds[n])?.content ?? "",
      line: `${who(a.speakerId)} · ${a.cue.trim() || "no cue"} · ${a.speechAct.toLowerCase()} · added by you`,
    })),
    ...proposal.denials.map((d) => ({
      kind: "denial" as const,
      id: d.slug,
      value: doc.denials.find((x) => x.id === d.slug)?.content ?? "",
      line: `${who(d.denierSlug)} · ${d.cue} · ${d.target ? `denies ${d.target.type.toLowerCase()} ${d.target.slug}` : "target not found: add it before importing"} · ${score(d)}`,
    })),
    ...proposal.events.map((e) => ({
      kind: "event" as const,
      id: e.slug,
      value: doc.events.find((x) => x.id === e.slug)?.title ?? "",
      line: `${e.status.toLowerCase()} · ${score(e)}`,
    })),
    ...proposal.actors.map((a) => ({
      kind: "actor" as const,
      id: a.slug,
      value: a.name,
      line: a.isNew ? "new actor: check it" : "matched a stored actor",
    })),
  ];
  const keep = kept(doc, choices);
  const spans: Span[] = [
    ...proposal.statements.map((s) => ({ ...s.span, kind: "statement" as const, id: s.slug })),
    ...added.map((a, n) => ({ start: a.start, end: a.end, kind: "statement" as const, id: addedIds[n] ?? "" })),
    ...proposal.denials.map((d) => ({ ...d.span, kind: "denial" as const, id: d.slug })),
    ...proposal.events.flatMap((e) => e.mentions.map((m) => ({ ...m, kind: "event" as const, id: e.slug }))),
    ...proposal.actors.flatMap((a) => a.mentions.map((m) => ({ ...m, kind: "actor" as const, id: a.slug }))),
  ].filter((s) => keep.has(key(s.kind, s.id)));
  const counted = (kind: Kind) => items.filter((i) => i.kind === kind && keep.has(key(kind, i.id))).length;

  const toggle = (k: string, on: boolean) => {
    const dropped = new Set(choices.dropped);
    if (on) dropped.delete(k);
    else dropped.add(k);
    onChange({ ...choices, dropped });
  };
  const edit = (k: string, value: string) => onChange({ ...choices, edits: { ...choices.edits, [k]: value } });

  return (
    <section aria-labelledby="review-title" className="import-review">
      <h2 id="review-title">Review the proposals</h2>
      <p className="import-legend">
        Highlighted: <mark className="kind-statement">statements</mark> <mark className="kind-denial">denials</mark>{" "}
        <mark className="kind-event">events</mark> <mark className="kind-actor">actors</mark>
      </p>
      <div className="source-text import-text" data-testid="proposal-text" ref={textRef}>
        {runsAt(highlightRuns(text, spans)).map(({ run, start }) =>
          run.kind ? (
            <mark key={start} className={`kind-${run.kind}`}>
              <span className="visually-hidden">[{run.kind}] </span>
              <span data-start={start}>{run.text}</span>
            </mark>
          ) : (
            <span key={start} data-start={start}>
              {run.text}
            </span>
          ),
        )}
      </div>
      <AddStatement text={text} actors={proposal.actors} textRef={textRef} onAdd={props.onAdd} />
      {(["statement", "denial", "event", "actor"] as const).map((kind) => {
        const group = items.filter((i) => i.kind === kind);
        return (
          <section key={kind} aria-labelledby={`review-${kind}`}>
            <h3 id={`review-${kind}`}>
              {PLURAL[kind]} ({counted(kind)} of {group.length} kept)
            </h3>
            {group.length === 0 ? (
              <p className="muted">None proposed.</p>
            ) : (
              <ol className="proposal-list">
                {group.map((item, n) => {
                  const k = key(kind, item.id);
                  const accepted = !choices.dropped.has(k);
                  const label = `${kind} ${n + 1}`;
                  return (
                    <li key={k} className={keep.has(k) ? "proposal" : "proposal is-dropped"} data-testid={`proposal-${kind}`}>
                      <label className="keep">
                        <input type="checkbox" checked={accepted} onChange={(event) => toggle(k, event.target.checked)} /> Keep {label}
                      </label>
                      <p className="muted small">
                        {item.line}
                        {accepted && !keep.has(k) && " · dropped with the record it depends on"}
                      </p>
                      <label className="field">
                        <span>
                          {FIELD[kind]} of {label}
                        </span>
                        <textarea
                          rows={2}
                          value={choices.edits[k] ?? item.value}
                          disabled={!keep.has(k)}
                          onChange={(event) => edit(k, event.target.value)}
                        />
                      </label>
                    </li>
                  );
                })}
              </ol>
            )}
          </section>
        );
      })}
      <button type="button" onClick={props.onImport} disabled={props.busy}>
        {props.busy ? "Importing…" : `Import ${counted("statement")} statements, ${counted("denial")} denials`}
      </button>
    </section>
  );
}

/** Each run with the offset of its first character in the text (what a selection in it is counted from). */
function runsAt(runs: ReturnType<typeof highlightRuns>) {
  let start = 0;
  return runs.map((run) => {
    const at = { run, start };
    start += run.text.length;
    return at;
  });
}
