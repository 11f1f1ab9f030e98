import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addMicrophone,
  removeMicrophone,
  updateMicrophone,
  updateSource,
} from '../../../shared/scenes/edits';
import { useScenes, useStudio } from '../studio/StudioContext';
import { DockControls } from '../layout/DockControls';
import { LevelMeter } from './LevelMeter';
import { useMediaDevices } from '../devices/useMediaDevices';

/** Volume from 0 to 200 % on a slider, stored as linear gain 0..2. */
function VolumeSlider({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number;
  onChange(v: number): void;
}) {
  return (
    <input
      type="range"
      aria-label={label}
      min={0}
      max={200}
      step={5}
      value={Math.round(value * 100)}
      onChange={(e) => onChange(Number(e.target.value) / 100)}
    />
  );
}

/** The sound of the show: program meter, microphones and product videos. */
export function AudioMixerPanel() {
  const { t } = useTranslation();
  const { editor, audio } = useStudio();
  const { collection } = useScenes();
  const devices = useMediaDevices('audioinput');
  const programLevel = useCallback(() => audio.programLevel(), [audio]);
  const videos = collection.sources.filter((s) => s.kind === 'video');

  return (
    <section className="panel audio-mixer" aria-labelledby="audio-heading">
      <div className="panel__header">
        <h2 id="audio-heading">{t('audio.title')}</h2>
        <button
          type="button"
          onClick={() =>
            editor.commit((c) =>
              addMicrophone(c, {
                id: crypto.randomUUID(),
                name: t('audio.microphoneName', { number: c.microphones.length + 1 }),
                deviceId: '',
                volume: 1,
                muted: false,
              }),
            )
          }
        >
          {t('audio.addMicrophone')}
        </button>
        <DockControls title={t('audio.title')} />
      </div>
      <div className="audio-row">
        <span>{t('audio.program')}</span>
        <LevelMeter label={t('audio.programLevel')} read={programLevel} />
      </div>
      {collection.microphones.map((mic) => (
        <div key={mic.id} className="audio-row" role="group" aria-label={mic.name}>
          <span>{mic.name}</span>
          <LevelMeter label={t('audio.level', { name: mic.name })} read={() => audio.level(mic.id)} />
          <select
            aria-label={t('audio.device')}
            value={mic.deviceId}
            onChange={(e) => editor.commit((c) => updateMicrophone(c, mic.id, { deviceId: e.target.value }))}
          >
            <option value="">{t('properties.defaultDevice')}</option>
            {devices.map((d, i) => (
              <option key={d.deviceId || i} value={d.deviceId}>
                {d.label || t('audio.microphoneName', { number: i + 1 })}
              </option>
            ))}
          </select>
          <VolumeSlider
            label={t('audio.volume')}
            value={mic.volume}
            onChange={(volume) => editor.commit((c) => updateMicrophone(c, mic.id, { volume }))}
          />
          <button
            type="button"
            aria-pressed={mic.muted}
            onClick={() => editor.commit((c) => updateMicrophone(c, mic.id, { muted: !mic.muted }))}
          >
            {mic.muted ? t('audio.unmute') : t('audio.mute')}
          </button>
          <button
            type="button"
            className="icon"
            aria-label={t('sources.remove')}
            onClick={() => editor.commit((c) => removeMicrophone(c, mic.id))}
          >
            ✕
          </button>
        </div>
      ))}
      {videos.map((video) => (
        <div key={video.id} className="audio-row" role="group" aria-label={video.name}>
          <span>{video.name}</span>
          <LevelMeter label={t('audio.level', { name: video.name })} read={() => audio.level(video.id)} />
          <VolumeSlider
            label={t('audio.volume')}
            value={video.settings.volume}
            onChange={(volume) =>
              editor.commit((c) => updateSource(c, { ...video, settings: { ...video.settings, volume } }))
            }
          />
          <button
            type="button"
            aria-pressed={video.settings.muted}
            onClick={() =>
              editor.commit((c) =>
                updateSource(c, { ...video, settings: { ...video.settings, muted: !video.settings.muted } }),
              )
            }
          >
            {video.settings.muted ? t('audio.unmute') : t('audio.mute')}
          </button>
        </div>
      ))}
    </section>
  );
}
