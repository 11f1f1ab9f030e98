import { useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  columnWidthRange,
  defaultDockLayout,
  resizeColumn,
  type DockId,
  type DockSide,
} from '../../../shared/layout/dockLayout';
import { DashboardDock } from '../analytics/DashboardDock';
import { AudioMixerPanel } from '../audio/AudioMixerPanel';
import { CommentsPanel } from '../comments/CommentsPanel';
import { PollPanel } from '../comments/PollPanel';
import { DestinationsPanel } from '../outputs/DestinationsPanel';
import { ObsPanel } from '../obs/ObsPanel';
import { ItemProperties } from '../scenes/ItemProperties';
import { ScenesPanel } from '../scenes/ScenesPanel';
import { SourcesPanel } from '../scenes/SourcesPanel';
import { useSettings } from '../settings/SettingsContext';
import { HotkeyHelp } from '../shell/HotkeyHelp';
import { StagePanel } from '../stage/StagePanel';
import type { StageArrangement } from '../stage/stageArrangement';
import { DockColumn } from './DockColumn';
import { Splitter } from './Splitter';
import { useDockLayout } from './useDockLayout';

/**
 * The studio page as a broadcaster's: the stage in the centre, docks in a column on each side,
 * each column as wide as the host drags it, and every dock where the host put it.
 */
export function StudioWorkspace({ selected, onSelect }: { selected?: string; onSelect(id?: string): void }) {
  const { t, i18n } = useTranslation();
  const [settings] = useSettings();
  const [layout, change] = useDockLayout();
  const [dragged, setDragged] = useState<{ side: DockSide; width: number }>();
  const [arrangement, setArrangement] = useState<StageArrangement>('landscape');
  const width = (side: DockSide): number => (dragged?.side === side ? dragged.width : layout.widths[side]);
  const rtl = i18n.dir() === 'rtl';
  const hidden: DockId[] = settings.obsEnabled ? [] : ['obs'];
  const panels: Record<DockId, ReactNode> = {
    scenes: <ScenesPanel />,
    sources: <SourcesPanel selected={selected} onSelect={onSelect} />,
    properties: <ItemProperties itemId={selected} arrangement={arrangement} />,
    audio: <AudioMixerPanel />,
    obs: <ObsPanel />,
    destinations: <DestinationsPanel />,
    questions: <CommentsPanel />,
    poll: <PollPanel />,
    dashboard: <DashboardDock />,
  };
  const column = (side: DockSide) => (
    <DockColumn
      side={side}
      label={t(side === 'start' ? 'layout.startColumn' : 'layout.endColumn')}
      layout={layout}
      change={change}
      panels={panels}
      hidden={hidden}
    />
  );
  const columnSplitter = (side: DockSide) => (
    <Splitter
      label={t(side === 'start' ? 'layout.resizeStart' : 'layout.resizeEnd')}
      value={width(side)}
      min={columnWidthRange.min}
      max={columnWidthRange.max}
      // The start column grows toward the stage: rightwards in a left-to-right UI.
      growsToward={(side === 'start') !== rtl ? 'right' : 'left'}
      onDrag={(w) => setDragged({ side, width: w })}
      onCommit={(w) => {
        setDragged(undefined);
        change((l) => resizeColumn(l, side, w));
      }}
      onReset={() => change((l) => resizeColumn(l, side, defaultDockLayout.widths[side]))}
    />
  );

  return (
    <main
      className="workspace"
      style={{ '--dock-start': `${width('start')}px`, '--dock-end': `${width('end')}px` } as CSSProperties}
    >
      {column('start')}
      {columnSplitter('start')}
      <StagePanel
        selected={selected}
        onSelect={onSelect}
        arrangement={arrangement}
        onArrangementChange={setArrangement}
      />
      {columnSplitter('end')}
      {column('end')}
      <HotkeyHelp />
    </main>
  );
}
