import uPlot from 'uplot';
import type { OnAirMarker } from '../../../../shared/analytics/showReport';
import { chartTheme, colorAt } from './chartTheme';

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
  /** The host's zone: ticks read as the host's clock, right across a DST change. */
  timeZone: string;
  markers?: readonly OnAirMarker[];
  yLabel: string;
}

/** Lines or bars over the show's time, with scene and product changes marked as vertical lines. */
export function timeSeriesOptions(spec: TimeSeriesSpec, width: number, height: number): uPlot.Options {
  const bars = uPlot.paths.bars?.({ size: [0.8, 40] });
  return {
    width,
    height,
    tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), spec.timeZone),
    scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.1)] } },
    axes: [axis(), axis({ label: spec.yLabel, size: 56 })],
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

/** Vertical lines at each scene (solid) and product (dashed, amber) change, labelled at the top. */
function drawMarkers(u: uPlot, markers: readonly OnAirMarker[]): void {
  const { ctx, bbox } = u;
  ctx.save();
  ctx.font = `${Math.round(11 * devicePixelRatio)}px system-ui, sans-serif`;
  ctx.textBaseline = 'top';
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
    ctx.fillText(marker.name.slice(0, 24), x + 3 * devicePixelRatio, bbox.top + offset);
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
        values: (_u, splits) => splits.map((i) => spec.labels[i] ?? ''),
        grid: { show: false },
        size: 44,
      }),
      axis({ label: spec.yLabel, size: 56 }),
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
