import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addItem, removeItem, reorderItem, updateItem } from '../../../shared/scenes/edits';
import { defaultTransform } from '../../../shared/scenes/layout';
import type { SourceState } from '../../media/sources/runtime';
import type { TranslationKey } from '../../i18n/i18n';
import { useSettings } from '../settings/SettingsContext';
import { useProducts, useScenes, useStudio } from '../studio/StudioContext';
import type { Source } from '../../../shared/scenes/model';
import { useErrorMessage } from '../../i18n/useErrorMessage';
import { ScreenPicker } from '../capture/ScreenPicker';
import { call, StudioCallError } from '../../ipc/studio';
import { addableKinds, newMediaSource, newSource, type AddableKind } from './newSource';
import { useNewCameraSize } from './useNewCameraSize';
import { useSourceStatus } from './useSourceStatus';
import { DockControls } from '../layout/DockControls';
import { canvasSize } from '../../../shared/outputs/platformPresets';

const stateLabels: Partial<Record<SourceState, TranslationKey>> = {
  starting: 'sources.status.starting',
  disconnected: 'sources.status.disconnected',
  failed: 'sources.status.failed',
  incomplete: 'sources.status.incomplete',
};

/** The items of the scene in preview, topmost first as in OBS. */
export function SourcesPanel({ selected, onSelect }: { selected?: string; onSelect(itemId?: string): void }) {
  const { t } = useTranslation();
  const media = useStudio();
  const { editor } = media;
  const { collection } = useScenes();
  const products = useProducts();
  const [settings] = useSettings();
  const statusOf = useSourceStatus();
  const errorMessage = useErrorMessage();
  const imageInput = useRef<HTMLInputElement>(null);
  const videoInput = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string>();
  const [pickingScreen, setPickingScreen] = useState(false);
  const closePicker = useCallback(() => setPickingScreen(false), []);
  const { width, height } = canvasSize(media.output.outputResolution);
  const cameraSize = useNewCameraSize({ width, height });
  const scene = collection.scenes.find((s) => s.id === collection.previewSceneId);
  if (!scene) return null;

  const place = (source: Source): void => {
    const itemId = crypto.randomUUID();
    editor.commit((c) =>
      addItem(c, scene.id, source, {
        id: itemId,
        transform: defaultTransform(source.kind, { width, height }),
      }),
    );
    onSelect(itemId);
  };

  const add = (kind: AddableKind): void => {
    setFileError(undefined);
    if (kind === 'image' || kind === 'video') {
      (kind === 'image' ? imageInput : videoInput).current?.click();
      return;
    }
    if (kind === 'screen') {
      setPickingScreen(true);
      return;
    }
    place(
      newSource(kind, {
        t,
        hostName: settings.hostDisplayName,
        firstProductId: products[0]?.id ?? null,
        now: new Date(),
        cameraSize,
      }),
    );
  };

  const importFile = async (file: File): Promise<void> => {
    try {
      const data = new Uint8Array(await file.arrayBuffer());
      place(newMediaSource(await call('media:import', { name: file.name, mimeType: file.type, data })));
    } catch (error) {
      setFileError(
        error instanceof StudioCallError && error.error.code === 'INVALID_PAYLOAD'
          ? t('sources.fileRejected')
          : errorMessage(error),
      );
    }
  };

  const fileInput = (kind: 'image' | 'video', ref: typeof imageInput, accept: string) => (
    <input
      ref={ref}
      type="file"
      hidden
      accept={accept}
      data-kind={kind}
      onChange={(event) => {
        const file = event.target.files?.[0];
        event.target.value = '';
        if (file) void importFile(file);
      }}
    />
  );

  return (
    <section className="panel" aria-labelledby="sources-heading">
      <div className="panel__header">
        <h2 id="sources-heading">{t('sources.sourcesTitle')}</h2>
        <select
          aria-label={t('sources.add')}
          value=""
          onChange={(event) => {
            const kind = addableKinds.find((k) => k.kind === event.target.value)?.kind;
            if (kind) add(kind);
          }}
        >
          <option value="" disabled>
            {t('sources.add')}
          </option>
          {addableKinds.map(({ kind, label }) => (
            <option key={kind} value={kind}>
              {t(label)}
            </option>
          ))}
        </select>
        <DockControls title={t('sources.sourcesTitle')} />
      </div>
      {pickingScreen && (
        <ScreenPicker
          onCancel={closePicker}
          onPick={(label) => {
            closePicker();
            place(
              newSource('screen', {
                t,
                hostName: settings.hostDisplayName,
                firstProductId: null,
                now: new Date(),
                screenLabel: label,
              }),
            );
          }}
        />
      )}
      {fileInput('image', imageInput, 'image/png,image/jpeg,image/webp,image/gif')}
      {fileInput('video', videoInput, 'video/mp4,video/webm')}
      {fileError && (
        <p role="alert" className="field-error">
          {fileError}
        </p>
      )}
      {scene.items.length === 0 ? (
        <p className="empty">{t('sources.noSources')}</p>
      ) : (
        <ul className="list" aria-label={t('sources.sourcesTitle')}>
          {[...scene.items].reverse().map((item) => {
            const source = collection.sources.find((s) => s.id === item.sourceId);
            const state = statusOf(item.sourceId)?.state;
            const stateLabel = state ? stateLabels[state] : undefined;
            return (
              <li key={item.id} className={`list__row${selected === item.id ? ' list__row--selected' : ''}`}>
                <button
                  type="button"
                  className="list__main"
                  aria-pressed={selected === item.id}
                  onClick={() => onSelect(item.id)}
                >
                  <bdi className={item.visible ? undefined : 'source--hidden'}>{source?.name}</bdi>
                  {stateLabel && (
                    <span className={`source-state source-state--${state}`}>{t(stateLabel)}</span>
                  )}
                </button>
                <button
                  type="button"
                  className="icon"
                  aria-pressed={!item.visible}
                  onClick={() =>
                    editor.commit((c) => updateItem(c, scene.id, item.id, { visible: !item.visible }))
                  }
                >
                  {item.visible ? t('sources.hide') : t('sources.show')}
                </button>
                <button
                  type="button"
                  className="icon"
                  aria-label={t('sources.moveUp')}
                  onClick={() => editor.commit((c) => reorderItem(c, scene.id, item.id, 'up'))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon"
                  aria-label={t('sources.moveDown')}
                  onClick={() => editor.commit((c) => reorderItem(c, scene.id, item.id, 'down'))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="icon"
                  aria-label={t('sources.remove')}
                  title={t('sources.remove')}
                  onClick={() => {
                    editor.commit((c) => removeItem(c, scene.id, item.id));
                    if (selected === item.id) onSelect(undefined);
                  }}
                >
                  ✕
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
