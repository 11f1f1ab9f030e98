import { describe, expect, it } from 'vitest';
import {
  columnWidthRange,
  defaultDockLayout,
  dockIds,
  dockLayoutSchema,
  moveDock,
  moveDockAcross,
  normalizeDockLayout,
  resizeColumn,
  resizeDock,
  toggleDockCollapsed,
  type DockLayout,
} from '../../../src/shared/layout/dockLayout';

const everyDock = (layout: DockLayout) => [...layout.columns.start, ...layout.columns.end].sort();

describe('dock layout', () => {
  it('starts with every dock once, valid by its own schema', () => {
    expect(everyDock(defaultDockLayout)).toEqual([...dockIds].sort());
    expect(dockLayoutSchema.parse(defaultDockLayout)).toEqual(defaultDockLayout);
  });

  it('moves a dock up and down its column, and no further than its ends', () => {
    const down = moveDock(defaultDockLayout, 'scenes', 1);
    expect(down.columns.start).toEqual(['sources', 'scenes', 'properties', 'audio', 'dashboard']);
    expect(moveDock(down, 'scenes', -1)).toEqual(defaultDockLayout);
    expect(moveDock(defaultDockLayout, 'scenes', -1)).toBe(defaultDockLayout);
    expect(moveDock(defaultDockLayout, 'poll', 1)).toBe(defaultDockLayout);
  });

  it('moves a dock to the bottom of the other column, and back', () => {
    const across = moveDockAcross(defaultDockLayout, 'audio');
    expect(across.columns.start).toEqual(['scenes', 'sources', 'properties', 'dashboard']);
    expect(across.columns.end).toEqual(['obs', 'destinations', 'questions', 'poll', 'audio']);
    expect(moveDockAcross(across, 'audio').columns.start).toEqual([
      'scenes',
      'sources',
      'properties',
      'dashboard',
      'audio',
    ]);
    expect(everyDock(across)).toEqual([...dockIds].sort());
  });

  it('folds and unfolds', () => {
    const folded = toggleDockCollapsed(defaultDockLayout, 'poll');
    expect(folded.collapsed).toEqual(['poll']);
    expect(toggleDockCollapsed(folded, 'poll').collapsed).toEqual([]);
  });

  it('keeps sizes inside what the schema accepts, and forgets a height on reset', () => {
    expect(resizeColumn(defaultDockLayout, 'start', 10).widths.start).toBe(columnWidthRange.min);
    expect(resizeColumn(defaultDockLayout, 'end', 5000).widths.end).toBe(columnWidthRange.max);
    const sized = resizeDock(defaultDockLayout, 'questions', 333.4);
    expect(sized.heights).toEqual({ questions: 333 });
    expect(dockLayoutSchema.safeParse(sized).success).toBe(true);
    expect(resizeDock(sized, 'questions', undefined).heights).toEqual({});
  });

  it('mends a saved layout that lacks a dock or lists one twice', () => {
    const saved: DockLayout = {
      ...defaultDockLayout,
      columns: { start: ['questions', 'scenes', 'questions'], end: ['poll'] },
      collapsed: ['poll', 'poll'],
    };
    const mended = normalizeDockLayout(saved);
    expect(mended.columns.start).toEqual([
      'questions',
      'scenes',
      'sources',
      'properties',
      'audio',
      'dashboard',
    ]);
    expect(mended.columns.end).toEqual(['poll', 'obs', 'destinations']);
    expect(mended.collapsed).toEqual(['poll']);
  });
});
