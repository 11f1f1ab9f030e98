import { useCallback, useEffect, useRef, useState } from 'react';
import { floorDb, levelDb } from '../../media/audio/levels';

export type DeviceAccess = 'granted' | 'prompt' | 'denied' | 'unavailable';

/**
 * The chosen camera and microphone, opened for the setup's preview: the stream for a <video>,
 * the microphone's level for a meter, and whether the system lets the studio use them. Closed
 * again when the step is left: the show opens its own.
 */
export function useDevicePreview(cameraId: string, microphoneId: string) {
  const [stream, setStream] = useState<MediaStream>();
  const [access, setAccess] = useState<DeviceAccess>('prompt');
  const analyser = useRef<AnalyserNode>(undefined);
  useEffect(() => {
    let stopped = false;
    let opened: MediaStream | undefined;
    let context: AudioContext | undefined;
    navigator.mediaDevices
      .getUserMedia({
        video: cameraId ? { deviceId: { exact: cameraId } } : true,
        audio: microphoneId ? { deviceId: { exact: microphoneId } } : true,
      })
      .then(
        (media) => {
          if (stopped) return media.getTracks().forEach((track) => track.stop());
          opened = media;
          context = new AudioContext();
          const node = context.createAnalyser();
          node.fftSize = 1024;
          if (media.getAudioTracks().length > 0) context.createMediaStreamSource(media).connect(node);
          analyser.current = node;
          setStream(media);
          setAccess('granted');
        },
        (error: unknown) => {
          if (stopped) return;
          const name = error instanceof DOMException ? error.name : '';
          setAccess(name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'unavailable');
        },
      );
    return () => {
      stopped = true;
      opened?.getTracks().forEach((track) => track.stop());
      void context?.close();
      analyser.current = undefined;
      setStream(undefined);
    };
  }, [cameraId, microphoneId]);
  const buffer = useRef(new Float32Array(1024));
  const level = useCallback(
    (): number => (analyser.current ? levelDb(analyser.current, buffer.current) : floorDb),
    [],
  );
  return { stream, access, level };
}
