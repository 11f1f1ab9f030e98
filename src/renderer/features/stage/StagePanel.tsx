import { useEffect, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { markInteractive } from '../../perf/marks';
import { useScenes, useStudio } from '../studio/StudioContext';
import { GoLiveButton } from '../live/GoLiveButton';
import { LiveRoomControls } from '../live/LiveRoomControls';
import { useLiveReadiness } from '../live/useLiveReadiness';
import { useSettings } from '../settings/SettingsContext';
import { BackupRecordButton } from '../recording/BackupRecordButton';
import { CanvasHost } from './CanvasHost';
import { MarketPicker } from './MarketPicker';
import { OnAirList } from './OnAirList';
import { PreviewEditor } from './PreviewEditor';
import { PortraitPreview } from './PortraitPreview';
import { usePortraitArrangement } from './usePortraitArrangement';
import type { StageArrangement } from './stageArrangement';

const fadeDurations = [300, 500, 1000, 2000];

/** Preview (the next scene, editable) and program (on air), with the transition between them. */
export function StagePanel({
  selected,
  onSelect,
  arrangement: layout,
  onArrangementChange: setLayout,
}: {
  selected?: string;
  onSelect(itemId?: string): void;
  /** Which arrangement the preview edits: the landscape program's, or the phones'. */
  arrangement: StageArrangement;
  onArrangementChange(arrangement: StageArrangement): void;
}) {
  const { t } = useTranslation();
  const media = useStudio();
  const { editor, compositor } = media;
  const { canUndo, canRedo, saveState } = useScenes();
  const [fadeMs, setFadeMs] = useState(500);
  const portrait = usePortraitArrangement();
  // Asked of main once for both: the Go live button and the room's controls need the same answer.
  const [settings] = useSettings();
  const liveMissing = useLiveReadiness(settings);
  useEffect(markInteractive, []);
  const output = { width: compositor.programCanvas.width, height: compositor.programCanvas.height };
  const aspectRatio = `${output.width} / ${output.height}`;

  return (
    <section className="stage" aria-label={t('stage.label')}>
      <div className="stage__toolbar">
        <MarketPicker />
        <button type="button" disabled={!canUndo} onClick={() => editor.undo()} title="Ctrl+Z">
          {t('stage.undo')}
        </button>
        <button type="button" disabled={!canRedo} onClick={() => editor.redo()} title="Ctrl+Shift+Z">
          {t('stage.redo')}
        </button>
        {saveState === 'failed' && (
          <span role="alert" className="field-error">
            {t('stage.saveFailed')}
          </span>
        )}
        <div className="stage__layout" role="group" aria-label={t('stage.layout')}>
          <button type="button" aria-pressed={layout === 'landscape'} onClick={() => setLayout('landscape')}>
            {t('stage.landscape')}
          </button>
          <button type="button" aria-pressed={layout === 'portrait'} onClick={() => setLayout('portrait')}>
            {t('stage.portrait')}
          </button>
          {layout === 'portrait' && (
            <button type="button" disabled={!portrait.placedByHand} onClick={portrait.reset}>
              {t('stage.resetPortrait')}
            </button>
          )}
        </div>
        <span className="stage__toolbar-gap" />
        <BackupRecordButton />
        <GoLiveButton missing={liveMissing} />
      </div>
      <div className="stage__toolbar">
        <LiveRoomControls liveReady={liveMissing?.length === 0} />
      </div>
      <div
        className="stage__screens"
        dir="ltr"
        style={{ '--output-ratio': output.width / output.height } as CSSProperties}
      >
        <figure className="stage__screen">
          {layout === 'landscape' ? (
            <div className="stage__canvas" style={{ aspectRatio }}>
              <CanvasHost canvas={compositor.previewCanvas} label={t('stage.preview')} />
              <PreviewEditor output={output} selected={selected} onSelect={onSelect} />
            </div>
          ) : (
            <div className="stage__canvas stage__canvas--portrait">
              <PortraitPreview label={t('stage.portraitPreview')} />
              <PreviewEditor
                output={portrait.size}
                selected={selected}
                onSelect={onSelect}
                arrangement={portrait.arrangement}
              />
            </div>
          )}
          <figcaption>{t(layout === 'landscape' ? 'stage.preview' : 'stage.portraitPreview')}</figcaption>
        </figure>
        <div className="stage__transitions" role="group" aria-label={t('stage.transitions')}>
          <button
            type="button"
            className="primary"
            onClick={() => media.transition('fade', fadeMs)}
            title="Enter"
          >
            {t('stage.fade')}
          </button>
          <select
            aria-label={t('stage.fadeDuration')}
            value={fadeMs}
            onChange={(e) => setFadeMs(Number(e.target.value))}
          >
            {fadeDurations.map((ms) => (
              <option key={ms} value={ms}>
                {t('stage.seconds', { seconds: ms / 1000 })}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => media.transition('cut')} title="C">
            {t('stage.cut')}
          </button>
        </div>
        <figure className="stage__screen stage__screen--program">
          <div className="stage__canvas" style={{ aspectRatio }}>
            <CanvasHost canvas={compositor.programCanvas} label={t('stage.program')} />
          </div>
          <figcaption>{t('stage.program')}</figcaption>
        </figure>
      </div>
      <OnAirList />
    </section>
  );
}
