import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  destinationSchema,
  destinationUrlProblem,
  srtPassphraseLength,
  type Destination,
  type DestinationInfo,
} from '../../../shared/outputs/destination';
import {
  destinationPlatforms,
  outputCanvases,
  platformPresets,
  type DestinationPlatform,
} from '../../../shared/outputs/platformPresets';
import { useErrorMessage } from '../../i18n/useErrorMessage';
import { call } from '../../ipc/studio';
import { MarketSelect } from '../markets/MarketSelect';
import { canvasLabel, platformNameKeys, urlProblemKeys } from './outputLabels';

interface DestinationFormProps {
  info: DestinationInfo;
  /** Not yet saved: Cancel forgets it. */
  isNew: boolean;
  onDone(): void;
}

/** A destination's fields: where it goes, its key, its viewers' market, its canvas and quality. */
export function DestinationForm({ info, isNew, onDone }: DestinationFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const id = useId();
  const [draft, setDraft] = useState<Destination>(info.destination);
  const [streamKey, setStreamKey] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string>();
  const preset = platformPresets[draft.platform];
  const srt = draft.platform === 'srt';
  const urlProblem = destinationUrlProblem(draft.platform, draft.serverUrl);
  const passphraseBad =
    srt &&
    passphrase !== '' &&
    (passphrase.length < srtPassphraseLength.min || passphrase.length > srtPassphraseLength.max);
  const valid = destinationSchema.safeParse(draft).success && !passphraseBad;
  const change = (patch: Partial<Destination>): void => setDraft((d) => ({ ...d, ...patch }));

  // A new platform brings its preset: its ingest, canvas and quality (the name and market stay).
  const choosePlatform = (platform: DestinationPlatform): void => {
    const next = platformPresets[platform];
    change({
      platform,
      // Egress restreams RTMP(S) only.
      route: platform === 'srt' ? 'computer' : draft.route,
      serverUrl: draft.serverUrl === preset.serverUrl ? next.serverUrl : draft.serverUrl,
      canvas: next.canvas,
      videoKbps: next.videoKbps,
      keyframeSeconds: next.keyframeSeconds,
    });
  };

  const save = (): void => {
    setError(undefined);
    call('outputs:save', {
      destination: draft,
      streamKey: streamKey === '' ? null : streamKey,
      srtPassphrase: srt && passphrase !== '' ? passphrase : null,
    }).then(onDone, (e: unknown) => setError(errorMessage(e)));
  };

  return (
    <form
      className="destination-form"
      aria-label={t('outputs.formLabel', { name: draft.name })}
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) save();
      }}
    >
      <label className="field">
        <span>{t('outputs.name')}</span>
        <input value={draft.name} maxLength={80} onChange={(e) => change({ name: e.target.value })} />
      </label>
      <label className="field">
        <span>{t('outputs.platformLabel')}</span>
        <select
          value={draft.platform}
          onChange={(e) => {
            const platform = destinationPlatforms.find((p) => p === e.target.value);
            if (platform) choosePlatform(platform);
          }}
        >
          {destinationPlatforms.map((p) => (
            <option key={p} value={p}>
              {t(platformNameKeys[p])}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('outputs.serverUrl')}</span>
        <input
          dir="ltr"
          value={draft.serverUrl}
          placeholder={srt ? 'srt://ingest.example.com:9000' : 'rtmp://ingest.example.com/live'}
          aria-invalid={urlProblem !== undefined}
          aria-describedby={`${id}-url`}
          onChange={(e) => change({ serverUrl: e.target.value })}
        />
      </label>
      <p id={`${id}-url`} className={urlProblem ? 'field-error' : 'field__hint'}>
        {urlProblem ? t(urlProblemKeys[urlProblem]) : t('outputs.serverUrlHint')}
      </p>
      <label className="field">
        <span>{t(srt ? 'outputs.streamId' : 'outputs.streamKey')}</span>
        <input
          type="password"
          dir="ltr"
          autoComplete="off"
          value={streamKey}
          placeholder={info.hasStreamKey ? t('outputs.keyStored') : ''}
          onChange={(e) => setStreamKey(e.target.value)}
        />
      </label>
      {srt && (
        <>
          <label className="field">
            <span>{t('outputs.srtPassphrase')}</span>
            <input
              type="password"
              dir="ltr"
              autoComplete="off"
              value={passphrase}
              placeholder={info.hasPassphrase ? t('outputs.keyStored') : ''}
              aria-invalid={passphraseBad}
              onChange={(e) => setPassphrase(e.target.value)}
            />
            {passphraseBad && (
              <span className="field-error">{t('outputs.srtPassphraseLength', srtPassphraseLength)}</span>
            )}
          </label>
          <label className="field">
            <span>{t('outputs.srtLatency')}</span>
            <input
              type="number"
              min={20}
              max={8000}
              value={draft.srtLatencyMs}
              onChange={(e) => change({ srtLatencyMs: Math.round(Number(e.target.value)) })}
            />
          </label>
        </>
      )}
      {!srt && (
        <label className="field">
          <span>{t('outputs.route')}</span>
          <select
            value={draft.route}
            onChange={(e) => change({ route: e.target.value === 'server' ? 'server' : 'computer' })}
          >
            <option value="computer">{t('outputs.routeComputer')}</option>
            <option value="server">{t('outputs.routeServer')}</option>
          </select>
        </label>
      )}
      <label className="field">
        <span>{t('outputs.market')}</span>
        <MarketSelect value={draft.market} onChange={(market) => change({ market })} />
      </label>
      <label className="field">
        <span>{t('outputs.canvasLabel')}</span>
        <select
          value={draft.canvas}
          onChange={(e) => {
            const canvas = outputCanvases.find((c) => c === e.target.value);
            if (canvas) change({ canvas });
          }}
        >
          {outputCanvases.map((c) => (
            <option key={c} value={c}>
              {canvasLabel(t, c)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('outputs.videoKbps')}</span>
        <input
          type="number"
          min={300}
          max={20000}
          step={100}
          value={draft.videoKbps}
          onChange={(e) => change({ videoKbps: Math.round(Number(e.target.value)) })}
        />
        {draft.videoKbps > preset.maxVideoKbps && (
          <span className="field__hint">{t('outputs.overPlatformMax', { kbps: preset.maxVideoKbps })}</span>
        )}
      </label>
      <label className="field">
        <span>{t('outputs.keyframeSeconds')}</span>
        <input
          type="number"
          min={1}
          max={4}
          value={draft.keyframeSeconds}
          onChange={(e) => change({ keyframeSeconds: Math.round(Number(e.target.value)) })}
        />
      </label>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="destination-form__actions">
        <button type="submit" disabled={!valid}>
          {t('outputs.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t(isNew ? 'outputs.discard' : 'outputs.cancel')}
        </button>
      </div>
    </form>
  );
}
