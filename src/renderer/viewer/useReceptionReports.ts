import { useEffect, type RefObject } from 'react';
import { PresentedFrames, receptionReportMs, type ReceptionReport } from '../../shared/live/viewerReception';

/**
 * While the show is on air, counts the frames the player presents
 * (requestVideoFrameCallback) and hands a report of them to `send` every few
 * seconds, so the studio can tell the host what viewers really see.
 */
export function useReceptionReports(
  videoRef: RefObject<HTMLVideoElement | null>,
  onAir: boolean,
  send: ((report: ReceptionReport) => void) | undefined,
): void {
  useEffect(() => {
    const video = videoRef.current;
    if (!video || !onAir || !send) return;
    const frames = new PresentedFrames(performance.now());
    let handle = video.requestVideoFrameCallback(function presented(now) {
      frames.presented(now);
      handle = video.requestVideoFrameCallback(presented);
    });
    const timer = setInterval(
      () => send(frames.take(performance.now(), video.videoHeight)),
      receptionReportMs,
    );
    return () => {
      video.cancelVideoFrameCallback(handle);
      clearInterval(timer);
    };
  }, [videoRef, onAir, send]);
}
