import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  dockHeightRange,
  moveDock,
  moveDockAcross,
  resizeDock,
  toggleDockCollapsed,
  type DockId,
  type DockLayout,
  type DockSide,
} from '../../../shared/layout/dockLayout';
import type { TranslationKey } from '../../i18n/i18n';
import { DockContext, type DockPlace } from './dockContext';
import { Splitter } from './Splitter';

const dockTitleKeys = {
  scenes: 'sources.scenesTitle',
  sources: 'sources.sourcesTitle',
  properties: 'properties.heading',
  audio: 'audio.title',
  obs: 'obs.title',
  destinations: 'outputs.title',
  questions: 'comments.title',
  poll: 'polls.title',
  dashboard: 'analytics.dashboardTitle',
} as const satisfies Record<DockId, TranslationKey>;

/** The dock that takes the column's spare height while the host has not sized it. */
const fillingDock: DockId = 'questions';

type Change = (apply: (layout: DockLayout) => DockLayout) => void;

interface DockColumnProps {
  side: DockSide;
  label: string;
  layout: DockLayout;
  change: Change;
  panels: Record<DockId, ReactNode>;
  /** Docks not in use (OBS before it is set up): left out, keeping their place for later. */
  hidden: readonly DockId[];
}

/** One column of docks, each foldable and movable, with a drag handle below each to size it. */
export function DockColumn({ side, label, layout, change, panels, hidden }: DockColumnProps) {
  const order = layout.columns[side].filter((id) => !hidden.includes(id)).join(',');
  const places = useMemo(() => {
    const ids = order ? (order.split(',') as DockId[]) : [];
    return ids.map((id, index): DockPlace => ({
      id,
      collapsed: layout.collapsed.includes(id),
      first: index === 0,
      last: index === ids.length - 1,
      toggle: () => change((l) => toggleDockCollapsed(l, id)),
      move: (step) => change((l) => moveDock(l, id, step)),
      moveAcross: () => change((l) => moveDockAcross(l, id)),
    }));
  }, [order, layout.collapsed, change]);

  return (
    <aside className="column" aria-label={label}>
      {places.map((place) => (
        <DockSlot key={place.id} place={place} height={layout.heights[place.id]} change={change}>
          {panels[place.id]}
        </DockSlot>
      ))}
    </aside>
  );
}

/** A dock and, unless it is the column's last or folded, the handle below it. */
function DockSlot({
  place,
  height: savedHeight,
  change,
  children,
}: {
  place: DockPlace;
  height: number | undefined;
  change: Change;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const element = useRef<HTMLDivElement>(null);
  // The height under the pointer while its handle is dragged; saved once it is let go.
  const [dragged, setDragged] = useState<number>();
  // The height as drawn, for the handle to tell (a dock not sized yet is as tall as its content).
  const [drawn, setDrawn] = useState<number>(dockHeightRange.min);
  useEffect(() => {
    const dock = element.current;
    if (!dock) return;
    const observer = new ResizeObserver(() => setDrawn(Math.round(dock.offsetHeight)));
    observer.observe(dock);
    return () => observer.disconnect();
  }, []);
  const { id, collapsed } = place;
  const height = dragged ?? savedHeight;
  const sized = height !== undefined && !collapsed;
  const fills = !sized && !collapsed && id === fillingDock;
  return (
    <>
      <div
        ref={element}
        className={`dock${collapsed ? ' dock--collapsed' : ''}${fills ? ' dock--fill' : ''}`}
        data-dock={id}
        style={sized ? { flexBasis: height, flexGrow: 0, flexShrink: 0 } : undefined}
      >
        <DockContext.Provider value={place}>{children}</DockContext.Provider>
      </div>
      {!place.last && !collapsed && (
        <Splitter
          label={t('layout.resizeDock', { dock: t(dockTitleKeys[id]) })}
          value={height ?? drawn}
          measure={() => element.current?.offsetHeight ?? drawn}
          min={dockHeightRange.min}
          max={dockHeightRange.max}
          growsToward="down"
          onDrag={setDragged}
          onCommit={(h) => {
            setDragged(undefined);
            change((l) => resizeDock(l, id, h));
          }}
          onReset={() => change((l) => resizeDock(l, id, undefined))}
        />
      )}
    </>
  );
}
