import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addItem, addMicrophone } from '../../../shared/scenes/edits';
import { defaultTransform } from '../../../shared/scenes/layout';
import type { TranslationKey } from '../../i18n/i18n';
import { LevelMeter } from '../audio/LevelMeter';
import { useMediaDevices } from '../devices/useMediaDevices';
import { useNewCameraSize } from '../scenes/useNewCameraSize';
import { newSource } from '../scenes/newSource';
import { useSettings } from '../settings/SettingsContext';
import { useScenes, useStudio } from '../studio/StudioContext';
import { SetupStep } from './SetupStep';
import { useDevicePreview, type DeviceAccess } from './useDevicePreview';
import { canvasSize } from '../../../shared/outputs/platformPresets';

const accessKeys = {
  granted: 'setup.devices.states.granted',
  prompt: 'setup.devices.states.prompt',
  denied: 'setup.devices.states.denied',
  unavailable: 'setup.devices.states.unavailable',
} as const satisfies Record<DeviceAccess, TranslationKey>;

/** Camera and microphone: seen and heard here before the show, and put into the first scene. */
export function DevicesStep({
  platform,
  onBack,
  onNext,
}: {
  platform: string;
  onBack(): void;
  onNext(): void;
}) {
  const { t } = useTranslation();
  const media = useStudio();
  const { collection } = useScenes();
  const [settings] = useSettings();
  const cameras = useMediaDevices('videoinput');
  const microphones = useMediaDevices('audioinput');
  const [cameraId, setCameraId] = useState('');
  const [microphoneId, setMicrophoneId] = useState('');
  const preview = useDevicePreview(cameraId, microphoneId);
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    if (video.current) video.current.srcObject = preview.stream ?? null;
  }, [preview.stream]);
  const scene = collection.scenes.find((s) => s.id === collection.previewSceneId);
  const hasCamera = scene?.items.some(
    (item) => collection.sources.find((s) => s.id === item.sourceId)?.kind === 'camera',
  );
  const [addToShow, setAddToShow] = useState(!hasCamera);

  const { width, height } = canvasSize(settings.outputResolution);
  const cameraSize = useNewCameraSize({ width, height });

  const next = (): boolean => {
    if (addToShow && scene && preview.camera === 'granted') {
      const camera = newSource('camera', {
        t,
        hostName: settings.hostDisplayName,
        firstProductId: null,
        now: new Date(),
        cameraSize,
      });
      if (camera.kind === 'camera') camera.settings.deviceId = cameraId;
      media.editor.commit((c) => {
        const withCamera = addItem(c, scene.id, camera, {
          id: crypto.randomUUID(),
          transform: defaultTransform('camera', { width, height }),
        });
        return withCamera.microphones.length > 0 || preview.microphone !== 'granted'
          ? withCamera
          : addMicrophone(withCamera, {
              id: crypto.randomUUID(),
              name: t('audio.microphoneName', { number: 1 }),
              deviceId: microphoneId,
              volume: 1,
              muted: false,
            });
      });
    }
    onNext();
    return true;
  };

  return (
    <SetupStep
      title={t('setup.devices.title')}
      intro={t('setup.devices.intro')}
      onBack={onBack}
      onNext={next}
    >
      <div className="setup__devices">
        <video
          ref={video}
          className="setup__preview"
          autoPlay
          muted
          playsInline
          aria-label={t('setup.devices.preview')}
        />
        <div className="setup__device-fields">
          <DeviceSelect
            label={t('setup.devices.camera')}
            devices={cameras}
            value={cameraId}
            onChange={setCameraId}
            unnamed={(number) => t('setup.devices.cameraNumber', { number })}
          />
          <DeviceSelect
            label={t('setup.devices.microphone')}
            devices={microphones}
            value={microphoneId}
            onChange={setMicrophoneId}
            unnamed={(number) => t('setup.devices.microphoneNumber', { number })}
          />
          <LevelMeter label={t('setup.devices.level')} read={preview.level} />
          {(
            [
              ['camera', preview.camera],
              ['microphone', preview.microphone],
            ] as const
          ).map(([device, access]) => (
            <p
              key={device}
              role="status"
              aria-label={t(device === 'camera' ? 'setup.devices.camera' : 'setup.devices.microphone')}
              className={access === 'granted' ? 'save-status--saved' : 'chip--warning'}
            >
              {t('setup.devices.stateLine', {
                device: t(device === 'camera' ? 'setup.devices.camera' : 'setup.devices.microphone'),
                state: t(accessKeys[access]),
              })}
            </p>
          ))}
          {(preview.camera === 'denied' || preview.microphone === 'denied') && (
            <p className="field__hint">
              {t(
                platform === 'darwin'
                  ? 'setup.devices.deniedMac'
                  : platform === 'win32'
                    ? 'setup.devices.deniedWindows'
                    : 'setup.devices.deniedBrowser',
              )}
            </p>
          )}
          <label className="field field--check">
            <input
              type="checkbox"
              checked={addToShow}
              disabled={preview.camera !== 'granted'}
              onChange={(event) => setAddToShow(event.target.checked)}
            />
            {t('setup.devices.addToShow')}
          </label>
        </div>
      </div>
    </SetupStep>
  );
}

/** A camera or microphone list, the system's default first; a device without a label gets a number. */
function DeviceSelect({
  label,
  devices,
  value,
  onChange,
  unnamed,
}: {
  label: string;
  devices: MediaDeviceInfo[];
  value: string;
  onChange(deviceId: string): void;
  unnamed(number: number): string;
}) {
  const { t } = useTranslation();
  return (
    <label className="field">
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('setup.devices.systemDefault')}</option>
        {devices.map((device, index) => (
          <option key={device.deviceId} value={device.deviceId}>
            {device.label || unnamed(index + 1)}
          </option>
        ))}
      </select>
    </label>
  );
}
