import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useStudio } from '../studio/StudioContext';

/**
 * The host hears the guests on stage. Viewers hear them straight from the
 * room (LiveKit sends each participant everyone's sound but their own), so
 * nobody hears themselves back.
 */
export function GuestAudio() {
  const { live } = useStudio().show;
  const guests = useSyncExternalStore(live.guests.subscribe, live.guests.getSnapshot);
  return <>{guests.map((g) => (g.audio ? <TrackPlayer key={g.audio.id} track={g.audio} /> : null))}</>;
}

function TrackPlayer({ track }: { track: MediaStreamTrack }) {
  const ref = useRef<HTMLAudioElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.srcObject = new MediaStream([track]);
    return () => {
      element.srcObject = null;
    };
  }, [track]);
  return <audio ref={ref} autoPlay />;
}
