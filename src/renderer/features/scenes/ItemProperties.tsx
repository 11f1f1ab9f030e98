import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placeInPortrait, updateItem, updateSource } from '../../../shared/scenes/edits';
import type { MarketId } from '../../../shared/markets/markets';
import { cropSchema, type Crop, type Source } from '../../../shared/scenes/model';
import { useMarketName } from '../markets/useMarketName';
import { useProducts, useScenes, useStudio } from '../studio/StudioContext';
import { useSourceStatus } from './useSourceStatus';
import { useMediaDevices } from '../devices/useMediaDevices';
import { cameraResolutions } from '../../../shared/scenes/cameraCapture';
import { isolatedSize } from '../../i18n/bidi';
import { useNewCameraSize } from './useNewCameraSize';
import { FeedFields } from '../feeds/FeedFields';
import { DockControls } from '../layout/DockControls';
import type { StageArrangement } from '../stage/stageArrangement';
import { usePortraitArrangement } from '../stage/usePortraitArrangement';
import { canvasSize } from '../../../shared/outputs/platformPresets';

/**
 * Settings of the selected item and its source. While the stage edits the phones' arrangement,
 * rotation and crop are the item's place there; the rest belongs to the item or its source.
 */
export function ItemProperties({ itemId, arrangement }: { itemId?: string; arrangement: StageArrangement }) {
  const { t } = useTranslation();
  const media = useStudio();
  const { editor } = media;
  const { collection } = useScenes();
  const statusOf = useSourceStatus();
  const portrait = usePortraitArrangement();
  const scene = collection.scenes.find((s) => s.id === collection.previewSceneId);
  const item = scene?.items.find((i) => i.id === itemId);
  const onPhones =
    arrangement === 'portrait' ? portrait.arrangement.items.find((i) => i.id === itemId) : undefined;
  const source = collection.sources.find((s) => s.id === item?.sourceId);
  const header = (
    <div className="panel__header">
      <h2 id="properties-heading">{t('properties.heading')}</h2>
      <DockControls title={t('properties.heading')} />
    </div>
  );
  if (!scene || !item || !source) {
    return (
      <section className="panel properties" aria-labelledby="properties-heading">
        {header}
        <p className="muted">{t('properties.nothingSelected')}</p>
      </section>
    );
  }

  const saveSource = (next: Source): void => editor.commit((c) => updateSource(c, next));
  const status = statusOf(source.id);

  return (
    <section className="panel properties" aria-labelledby="properties-heading">
      {header}
      <TextField
        label={t('properties.name')}
        value={source.name}
        onCommit={(name) => saveSource({ ...source, name } as Source)}
      />
      <label className="field">
        <span>{t('properties.opacity')}</span>
        <input
          type="range"
          min={0}
          max={100}
          value={Math.round(item.opacity * 100)}
          onChange={(e) =>
            editor.preview((c) => updateItem(c, scene.id, item.id, { opacity: Number(e.target.value) / 100 }))
          }
          onPointerUp={() => editor.commit((c) => c)}
          onKeyUp={() => editor.commit((c) => c)}
        />
      </label>
      {onPhones && <p className="muted">{t('properties.portraitOnly')}</p>}
      <TransformFields
        key={`${item.id}:${arrangement}`}
        rotation={(onPhones ?? item).transform.rotation}
        crop={(onPhones ?? item).crop}
        onChange={(change) =>
          editor.commit((c) => {
            const placed = onPhones ?? item;
            const transform = { ...placed.transform, rotation: change.rotation ?? placed.transform.rotation };
            const crop = change.crop ?? placed.crop;
            return onPhones
              ? placeInPortrait(c, scene.id, { itemId: item.id, transform, crop })
              : updateItem(c, scene.id, item.id, { transform, crop });
          })
        }
      />
      {source.kind === 'camera' && <CameraFields source={source} onChange={saveSource} />}
      {source.kind === 'productCard' && (
        <ProductFields source={source} market={collection.market} onChange={saveSource} />
      )}
      {source.kind === 'lowerThird' && (
        <>
          <TextField
            label={t('properties.title')}
            value={source.settings.title}
            onCommit={(title) => saveSource({ ...source, settings: { ...source.settings, title } })}
          />
          <TextField
            label={t('properties.subtitle')}
            value={source.settings.subtitle}
            onCommit={(subtitle) => saveSource({ ...source, settings: { ...source.settings, subtitle } })}
          />
        </>
      )}
      {source.kind === 'countdown' && <CountdownFields source={source} onChange={saveSource} />}
      {source.kind === 'networkFeed' && <FeedFields source={source} />}
      {source.kind !== 'networkFeed' && (status?.state === 'failed' || status?.state === 'disconnected') && (
        <p role="alert" className="field-error">
          {status.state === 'failed' ? t('sources.status.failed') : t('sources.status.disconnected')}
        </p>
      )}
    </section>
  );
}

const cropEdges = ['top', 'right', 'bottom', 'left'] as const;

/** Rotation in degrees and crop per edge in percent; a value the model refuses is not saved. */
function TransformFields({
  rotation,
  crop,
  onChange,
}: {
  rotation: number;
  crop: Crop;
  onChange(change: { rotation?: number; crop?: Crop }): void;
}) {
  const { t } = useTranslation();
  const edgeLabels = {
    top: t('properties.cropTop'),
    right: t('properties.cropRight'),
    bottom: t('properties.cropBottom'),
    left: t('properties.cropLeft'),
  };
  return (
    <>
      <label className="field">
        <span>{t('properties.rotation')}</span>
        <input
          type="number"
          min={-360}
          max={360}
          value={rotation}
          onChange={(e) => {
            const value = e.target.valueAsNumber;
            if (Number.isFinite(value) && Math.abs(value) <= 360) onChange({ rotation: value });
          }}
        />
      </label>
      <fieldset className="field__grid crop-fields">
        <legend>{t('properties.crop')}</legend>
        {cropEdges.map((edge) => (
          <label key={edge} className="field">
            <span>{edgeLabels[edge]}</span>
            <input
              type="number"
              min={0}
              max={95}
              value={Math.round(crop[edge] * 100)}
              onChange={(e) => {
                const next = { ...crop, [edge]: (e.target.valueAsNumber || 0) / 100 };
                if (cropSchema.safeParse(next).success) onChange({ crop: next });
              }}
            />
          </label>
        ))}
      </fieldset>
    </>
  );
}

/** A text setting saved when the field is left; a new saved value (undo, say) resets it. */
function TextField({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: string;
  onCommit(value: string): void;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <input
        key={value}
        defaultValue={value}
        dir="auto"
        maxLength={120}
        onBlur={(e) => e.target.value !== value && onCommit(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
      />
    </label>
  );
}

function CameraFields({
  source,
  onChange,
}: {
  source: Extract<Source, { kind: 'camera' }>;
  onChange(s: Source): void;
}) {
  const { t } = useTranslation();
  const devices = useMediaDevices('videoinput');
  const needed = useNewCameraSize(canvasSize(useStudio().output.outputResolution));
  const capture = source.settings;
  const sizeHint =
    capture.height < needed.height
      ? 'properties.cameraSmaller'
      : capture.height > needed.height
        ? 'properties.cameraLarger'
        : undefined;
  const set = (settings: Partial<typeof source.settings>): void =>
    onChange({ ...source, settings: { ...source.settings, ...settings } });
  return (
    <>
      <label className="field">
        <span>{t('properties.device')}</span>
        <select value={source.settings.deviceId} onChange={(e) => set({ deviceId: e.target.value })}>
          <option value="">{t('properties.defaultDevice')}</option>
          {devices.map((d, i) => (
            <option key={d.deviceId || i} value={d.deviceId}>
              {d.label || t('properties.deviceNumber', { number: i + 1 })}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('properties.resolution')}</span>
        <select
          value={`${capture.width}x${capture.height}`}
          aria-describedby={sizeHint && 'camera-size-hint'}
          onChange={(e) => {
            const [width = 1920, height = 1080] = e.target.value.split('x').map(Number);
            set({ width, height });
          }}
        >
          {cameraResolutions.map(({ width, height }) => (
            <option key={width} value={`${width}x${height}`}>
              {isolatedSize(`${width}x${height}`)}
            </option>
          ))}
        </select>
      </label>
      {sizeHint && (
        <p id="camera-size-hint" className="field__hint">
          {t(sizeHint, { needed: isolatedSize(`${needed.width}x${needed.height}`) })}
        </p>
      )}
      <label className="field">
        <span>{t('properties.fps')}</span>
        <select value={source.settings.fps} onChange={(e) => set({ fps: Number(e.target.value) })}>
          {[15, 24, 25, 30, 50, 60].map((fps) => (
            <option key={fps} value={fps}>
              {fps}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

function ProductFields({
  source,
  market,
  onChange,
}: {
  source: Extract<Source, { kind: 'productCard' }>;
  market: MarketId;
  onChange(s: Source): void;
}) {
  const { t } = useTranslation();
  const products = useProducts();
  const marketName = useMarketName();
  const product = products.find((p) => p.id === source.settings.productId);
  const missingVariant = product && !product.variants.some((v) => v.market === market);
  return (
    <>
      <label className="field">
        <span>{t('properties.product')}</span>
        <select
          value={source.settings.productId ?? ''}
          onChange={(e) => onChange({ ...source, settings: { productId: e.target.value || null } })}
        >
          <option value="">{t('properties.noProduct')}</option>
          {products.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      {products.length === 0 && <p className="field__hint">{t('properties.catalogEmpty')}</p>}
      {missingVariant && (
        <p role="alert" className="field-error">
          {t('properties.noVariant', { market: marketName(market) })}
        </p>
      )}
    </>
  );
}

function CountdownFields({
  source,
  onChange,
}: {
  source: Extract<Source, { kind: 'countdown' }>;
  onChange(s: Source): void;
}) {
  const { t } = useTranslation();
  const [minutes, setMinutes] = useState(10);
  return (
    <>
      <TextField
        label={t('properties.countdownLabel')}
        value={source.settings.label}
        onCommit={(label) => onChange({ ...source, settings: { ...source.settings, label } })}
      />
      <div className="field__row">
        <label className="field">
          <span>{t('properties.countdownMinutes')}</span>
          <input
            type="number"
            min={1}
            max={600}
            value={minutes}
            onChange={(e) => setMinutes(Math.max(1, Math.min(600, Number(e.target.value) || 1)))}
          />
        </label>
        <button
          type="button"
          onClick={() =>
            onChange({
              ...source,
              settings: { ...source.settings, endsAt: new Date(Date.now() + minutes * 60_000).toISOString() },
            })
          }
        >
          {t('properties.countdownStart')}
        </button>
      </div>
    </>
  );
}
