import { useCallback, useEffect, useRef, useState } from 'react';
import { floorDb, LevelProbe } from '../../media/audio/levels';

export type DeviceAccess = 'granted' | 'prompt' | 'denied' | 'unavailable';

/** Blocked by the user or the system, or simply not there (unplugged, or held by another app). */
const accessAfter = (error: unknown): DeviceAccess => {
  const name = error instanceof DOMException ? error.name : '';
  return name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'unavailable';
};

/**
 * The chosen camera and microphone, opened for the setup's preview: the picture for a <video>, the
 * microphone's level for a meter, and whether the system lets the studio use each. Opened one at a
 * time, so a computer without a microphone still shows its camera. Closed again when the step is
 * left: the show opens its own.
 */
export function useDevicePreview(cameraId: string, microphoneId: string) {
  const [stream, setStream] = useState<MediaStream>();
  const [camera, setCamera] = useState<DeviceAccess>('prompt');
  const [microphone, setMicrophone] = useState<DeviceAccess>('prompt');
  const probe = useRef<LevelProbe>(undefined);
  useEffect(() => {
    let stopped = false;
    const opened: MediaStream[] = [];
    let context: AudioContext | undefined;
    const open = async (constraints: MediaStreamConstraints, told: (access: DeviceAccess) => void) => {
      try {
        const media = await navigator.mediaDevices.getUserMedia(constraints);
        if (stopped) return media.getTracks().forEach((track) => track.stop());
        opened.push(media);
        told('granted');
        return media;
      } catch (error: unknown) {
        if (!stopped) told(accessAfter(error));
      }
    };
    void open({ video: cameraId ? { deviceId: { exact: cameraId } } : true }, setCamera).then(
      (media) => media && setStream(media),
    );
    void open({ audio: microphoneId ? { deviceId: { exact: microphoneId } } : true }, setMicrophone).then(
      (media) => {
        if (!media) return;
        context = new AudioContext();
        const tap = new LevelProbe(context);
        context.createMediaStreamSource(media).connect(tap.node);
        probe.current = tap;
      },
    );
    return () => {
      stopped = true;
      opened.forEach((media) => media.getTracks().forEach((track) => track.stop()));
      void context?.close();
      probe.current = undefined;
      setStream(undefined);
    };
  }, [cameraId, microphoneId]);
  const level = useCallback((): number => probe.current?.read() ?? floorDb, []);
  return { stream, camera, microphone, level };
}
