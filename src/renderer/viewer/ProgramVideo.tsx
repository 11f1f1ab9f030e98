import { useEffect, useRef } from 'react';
import type { RemoteTrack } from 'livekit-client';
import type { ReceptionReport } from '../../shared/live/viewerReception';
import { useReceptionReports } from './useReceptionReports';

/**
 * The show's picture (shown once on air) and everyone's sound, attached while the tracks last;
 * what the picture looks like here goes to `onReception`.
 */
export function ProgramVideo({
  video,
  audio,
  onAir,
  onReception,
}: {
  video: RemoteTrack | undefined;
  audio: RemoteTrack[];
  onAir: boolean;
  onReception?: (report: ReceptionReport) => void;
}) {
  const videoRef = useRef<HTMLVideoElement>(null);
  useReceptionReports(videoRef, onAir && video !== undefined, onReception);
  useEffect(() => {
    const element = videoRef.current;
    if (!video || !element) return;
    video.attach(element);
    return () => void video.detach(element);
  }, [video]);
  return (
    <div className="viewer-video">
      {/* Attached while the studio still holds the show back, so the first frame plays at once. */}
      {video && (
        <video
          ref={videoRef}
          className={onAir ? undefined : 'viewer-video__held'}
          autoPlay
          playsInline
          muted
          data-testid="program"
        />
      )}
      {audio.map((track) => (
        <TrackAudio key={track.sid} track={track} />
      ))}
    </div>
  );
}

function TrackAudio({ track }: { track: RemoteTrack }) {
  const ref = useRef<HTMLAudioElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    track.attach(element);
    return () => void track.detach(element);
  }, [track]);
  return <audio ref={ref} autoPlay />;
}
