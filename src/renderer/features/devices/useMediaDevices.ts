import { useEffect, useState } from 'react';

/** The cameras or microphones the system has now, kept current as devices come and go. */
export function useMediaDevices(kind: 'videoinput' | 'audioinput'): MediaDeviceInfo[] {
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);
  useEffect(() => {
    const refresh = (): void => {
      navigator.mediaDevices
        .enumerateDevices()
        .then((all) => setDevices(all.filter((d) => d.kind === kind)))
        .catch(() => setDevices([]));
    };
    refresh();
    navigator.mediaDevices.addEventListener('devicechange', refresh);
    return () => navigator.mediaDevices.removeEventListener('devicechange', refresh);
  }, [kind]);
  return devices;
}
