import uPlot from 'uplot';
import type { OnAirMarker } from '../../../../shared/analytics/showReport';
import { chartTheme, colorAt } from './chartTheme';

/** Counts are whole: the y axis steps by 1, 2, 5, 10… and never shows 0.25 of a viewer. */
const wholeSteps = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000];

/** Axis styling shared by every chart. */
function axis(extra: uPlot.Axis = {}): uPlot.Axis {
  return {
    stroke: chartTheme.axis,
    grid: { stroke: chartTheme.grid, width: 1 },
    ticks: { stroke: chartTheme.grid, width: 1 },
    ...extra,
  };
}

export interface TimeSeriesSpec {
  series: { label: string; kind: 'line' | 'bars' }[];
  /** The UI language: tick labels read as the host reads a clock (uPlot's own are English). */
  language: string;
  /** The host's zone: ticks read as the host's clock, right across a DST change. */
  timeZone: string;
  /** The show's start and end, epoch seconds: the axis spans the show, however little happened. */
  span: [number, number];
  markers?: readonly OnAirMarker[];
  yLabel: string;
}

/** Lines or bars over the show's time, with scene and product changes marked as vertical lines. */
export function timeSeriesOptions(spec: TimeSeriesSpec, width: number, height: number): uPlot.Options {
  const bars = uPlot.paths.bars?.({ size: [0.8, 40] });
  const clock = new Intl.DateTimeFormat(spec.language, { timeStyle: 'short', timeZone: spec.timeZone });
  return {
    width,
    height,
    tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), spec.timeZone),
    scales: {
      x: { time: true, range: () => [spec.span[0], Math.max(spec.span[1], spec.span[0] + 60)] },
      y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.1)] },
    },
    axes: [
      axis({ values: (_u, splits) => splits.map((seconds) => clock.format(seconds * 1000)) }),
      axis({ label: spec.yLabel, size: 56, incrs: wholeSteps }),
    ],
    legend: { show: true, live: false },
    cursor: { drag: { x: false, y: false } },
    series: [
      {},
      ...spec.series.map((s, i) => ({
        label: s.label,
        stroke: colorAt(i),
        width: 2,
        fill: s.kind === 'bars' ? colorAt(i) : undefined,
        paths: s.kind === 'bars' ? bars : undefined,
        points: { show: false },
      })),
    ],
    hooks: spec.markers?.length ? { draw: [(u) => drawMarkers(u, spec.markers ?? [])] } : {},
  };
}

/**
 * Vertical lines at each scene (solid) and product (dashed, amber) change, labelled at the top,
 * scenes on the first row and products on the second; a label that would run into the one
 * before it on its row is left out (its line stays).
 */
function drawMarkers(u: uPlot, markers: readonly OnAirMarker[]): void {
  const { ctx, bbox } = u;
  ctx.save();
  ctx.font = `${Math.round(11 * devicePixelRatio)}px system-ui, sans-serif`;
  ctx.textBaseline = 'top';
  const rowEnds = { scene: -Infinity, product: -Infinity };
  for (const marker of markers) {
    const x = Math.round(u.valToPos(marker.at / 1000, 'x', true));
    if (x < bbox.left || x > bbox.left + bbox.width) continue;
    const color = marker.kind === 'product' ? chartTheme.product : chartTheme.scene;
    ctx.strokeStyle = color;
    ctx.fillStyle = color;
    ctx.lineWidth = devicePixelRatio;
    ctx.setLineDash(marker.kind === 'product' ? [4 * devicePixelRatio, 3 * devicePixelRatio] : []);
    ctx.beginPath();
    ctx.moveTo(x, bbox.top);
    ctx.lineTo(x, bbox.top + bbox.height);
    ctx.stroke();
    const offset = marker.kind === 'product' ? 14 * devicePixelRatio : 0;
    const label = marker.name.slice(0, 24);
    const left = x + 3 * devicePixelRatio;
    if (left < rowEnds[marker.kind]) continue;
    ctx.fillText(label, left, bbox.top + offset);
    rowEnds[marker.kind] = left + ctx.measureText(label).width + 12 * devicePixelRatio;
  }
  ctx.restore();
}

export interface CategorySpec {
  labels: readonly string[];
  label: string;
  yLabel: string;
  color?: string;
}

/** One bar per named category (answer-time ranges, a product in a market, poll options). */
export function categoryOptions(spec: CategorySpec, width: number, height: number): uPlot.Options {
  const count = spec.labels.length;
  return {
    width,
    height,
    scales: {
      x: { time: false, range: () => [-0.5, count - 0.5] },
      y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.15)] },
    },
    axes: [
      axis({
        splits: () => spec.labels.map((_, i) => i),
        values: (_u, splits) => splits.map((i) => shorten(spec.labels[i] ?? '')),
        grid: { show: false },
        size: spec.labels.some((l) => l.includes('\n')) ? 56 : 40,
      }),
      axis({ label: spec.yLabel, size: 56, incrs: wholeSteps }),
    ],
    legend: { show: false },
    cursor: { drag: { x: false, y: false }, points: { show: false } },
    series: [
      {},
      {
        label: spec.label,
        stroke: spec.color ?? colorAt(0),
        fill: spec.color ?? colorAt(0),
        width: 0,
        points: { show: false },
        paths: uPlot.paths.bars?.({ size: [0.6, 120] }),
      },
    ],
  };
}

/** Characters a category label keeps per line: the full name is in the table beside the chart. */
const labelLineLength = 16;

/** Each line of a category label cut to fit under its bar. */
function shorten(label: string): string {
  return label
    .split('\n')
    .map((line) =>
      [...line].length > labelLineLength ? `${[...line].slice(0, labelLineLength - 1).join('')}…` : line,
    )
    .join('\n');
}
