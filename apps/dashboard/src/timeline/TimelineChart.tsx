// The time axis: one row per dated item, a bar from the earliest to the latest day it could be (a day is a dot-like
// sliver, "February or March" a band, "2014" a year), ongoing events running on with an open end. d3-scale maps
// time to x and picks the ticks; React draws the SVG.
import { scaleUtc } from "d3-scale";
import { Link } from "../router";
import type { Interval } from "./intervals";

export interface TimelineItem extends Interval {
  id: string;
  kind: "Event" | "Statement";
  label: string;
  path: string;
  /** The date as the source gives it, for the tooltip and the list. */
  when: string;
  open: boolean;
}

const WIDTH = 960;
const ROW = 30;
const AXIS = 28;
const MIN_BAR = 6;

export function TimelineChart({ items, caption }: { items: readonly TimelineItem[]; caption: string }) {
  const from = Math.min(...items.map((item) => item.from.getTime()));
  const to = Math.max(...items.map((item) => item.to.getTime()));
  const x = scaleUtc()
    .domain([new Date(from), new Date(to)])
    .range([8, WIDTH - 8])
    .nice();
  const ticks = x.ticks(8);
  const format = x.tickFormat(8);
  const height = AXIS + items.length * ROW + 8;
  return (
    <figure className="timeline-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={caption} width="100%">
        <g className="axis">
          {ticks.map((tick) => (
            <g key={tick.getTime()} transform={`translate(${x(tick)},0)`}>
              <line y1={AXIS - 6} y2={height} />
              <text y={AXIS - 10} textAnchor="middle">
                {format(tick)}
              </text>
            </g>
          ))}
        </g>
        {items.map((item, index) => {
          const left = x(item.from);
          const width = Math.max(MIN_BAR, x(item.to) - left);
          const y = AXIS + index * ROW;
          const label = `${item.label.length > 60 ? `${item.label.slice(0, 58)}…` : item.label}${item.open ? " (ongoing)" : ""}`;
          // Beside the bar where there is room (right, else left); inside a bar too wide for either.
          const place =
            left + width + 6 < WIDTH * 0.62
              ? { x: left + width + 6, anchor: "start" as const }
              : left > WIDTH * 0.38
                ? { x: left - 6, anchor: "end" as const }
                : { x: left + 6, anchor: "start" as const };
          return (
            <g key={item.id} className={`bar bar-${item.kind.toLowerCase()}${item.open ? " is-open" : ""}`}>
              <rect x={left} y={y + 6} width={width} height={ROW - 12} rx={3} />
              <text x={place.x} y={y + ROW / 2 + 4} textAnchor={place.anchor}>
                {label}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted small">{caption}</figcaption>
    </figure>
  );
}

/** The same items as a list of links, for reading and for screen readers (the SVG is one image to them). */
export function TimelineList({ items }: { items: readonly TimelineItem[] }) {
  return (
    <ol className="timeline-list">
      {items.map((item) => (
        <li key={item.id} data-testid="timeline-item">
          <span className="muted">{item.kind}</span> <Link to={item.path}>{item.label}</Link> — {item.when}
          {item.open && " (ongoing)"}
        </li>
      ))}
    </ol>
  );
}
