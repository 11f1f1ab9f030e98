import { z } from 'zod';

/** The studio's docks, each a panel beside the stage. */
export const dockIds = [
  'scenes',
  'sources',
  'properties',
  'audio',
  'obs',
  'destinations',
  'questions',
  'poll',
  'dashboard',
] as const;
export type DockId = (typeof dockIds)[number];

/** Logical sides: `start` is the left column in a left-to-right UI and the right one in Arabic. */
export const dockSides = ['start', 'end'] as const;
export type DockSide = (typeof dockSides)[number];

export const columnWidthRange = { min: 220, max: 640 } as const;
export const dockHeightRange = { min: 80, max: 2000 } as const;

const dockId = z.enum(dockIds);
const columnWidth = z.number().min(columnWidthRange.min).max(columnWidthRange.max);

/**
 * Where each dock sits, which are folded to their header, and the sizes the host dragged. A dock
 * without a height takes what its content needs (the question queue, the rest of its column).
 */
export const dockLayoutSchema = z.object({
  columns: z.object({ start: z.array(dockId), end: z.array(dockId) }),
  collapsed: z.array(dockId),
  widths: z.object({ start: columnWidth, end: columnWidth }),
  heights: z.partialRecord(dockId, z.number().min(dockHeightRange.min).max(dockHeightRange.max)),
});
export type DockLayout = z.infer<typeof dockLayoutSchema>;

export const defaultDockLayout: DockLayout = {
  columns: {
    start: ['scenes', 'sources', 'properties', 'audio', 'dashboard'],
    end: ['obs', 'destinations', 'questions', 'poll'],
  },
  collapsed: [],
  widths: { start: 280, end: 340 },
  heights: {},
};

/**
 * Every dock exactly once: a layout saved before a dock existed gets it on its default side, and
 * a dock listed twice (a hand-edited row) keeps its first place.
 */
export function normalizeDockLayout(layout: DockLayout): DockLayout {
  const seen = new Set<DockId>();
  const keep = (ids: readonly DockId[]): DockId[] =>
    ids.filter((id) => !seen.has(id) && seen.add(id) !== undefined);
  const columns = { start: keep(layout.columns.start), end: keep(layout.columns.end) };
  for (const side of dockSides)
    for (const id of defaultDockLayout.columns[side]) if (!seen.has(id)) columns[side].push(id);
  return { ...layout, columns, collapsed: [...new Set(layout.collapsed)] };
}

export function dockSideOf(layout: DockLayout, id: DockId): DockSide {
  return layout.columns.start.includes(id) ? 'start' : 'end';
}

/** One place up (-1) or down (+1) in its column; a dock already at the end stays. */
export function moveDock(layout: DockLayout, id: DockId, step: -1 | 1): DockLayout {
  const side = dockSideOf(layout, id);
  const column = layout.columns[side].filter((d) => d !== id);
  const to = layout.columns[side].indexOf(id) + step;
  if (to < 0 || to > column.length) return layout;
  column.splice(to, 0, id);
  return { ...layout, columns: { ...layout.columns, [side]: column } };
}

/** To the bottom of the other column. */
export function moveDockAcross(layout: DockLayout, id: DockId): DockLayout {
  const side = dockSideOf(layout, id);
  const other: DockSide = side === 'start' ? 'end' : 'start';
  return {
    ...layout,
    columns: {
      [side]: layout.columns[side].filter((d) => d !== id),
      [other]: [...layout.columns[other], id],
    } as DockLayout['columns'],
  };
}

export function toggleDockCollapsed(layout: DockLayout, id: DockId): DockLayout {
  const collapsed = layout.collapsed.includes(id)
    ? layout.collapsed.filter((d) => d !== id)
    : [...layout.collapsed, id];
  return { ...layout, collapsed };
}

const clamp = (value: number, { min, max }: { min: number; max: number }): number =>
  Math.round(Math.min(max, Math.max(min, value)));

export function resizeColumn(layout: DockLayout, side: DockSide, width: number): DockLayout {
  return { ...layout, widths: { ...layout.widths, [side]: clamp(width, columnWidthRange) } };
}

/** A dock's height, or (undefined) back to the height of its content. */
export function resizeDock(layout: DockLayout, id: DockId, height: number | undefined): DockLayout {
  const heights = Object.fromEntries(Object.entries(layout.heights).filter(([dock]) => dock !== id));
  return {
    ...layout,
    heights: height === undefined ? heights : { ...heights, [id]: clamp(height, dockHeightRange) },
  };
}
