import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { canvasSize } from '../../../shared/outputs/platformPresets';
import { cameraCaptureSize } from '../../../shared/scenes/cameraCapture';
import type { Size } from '../../../shared/scenes/layout';
import { OutputsStore } from '../outputs/outputsStore';

/**
 * The capture size for a camera added now: what the program at `output` and every destination's
 * canvas draw from it (cameraCapture.ts), following the destinations as the host edits them.
 */
export function useNewCameraSize(output: Size): Size {
  const { width, height } = output;
  const [outputs] = useState(() => new OutputsStore());
  useEffect(() => outputs.destinations.follow(), [outputs]);
  const destinations = useSyncExternalStore(outputs.destinations.subscribe, outputs.destinations.getSnapshot);
  return useMemo(
    () =>
      cameraCaptureSize([
        { width, height },
        ...(destinations ?? []).map((d) => canvasSize(d.destination.canvas)),
      ]),
    [destinations, width, height],
  );
}
