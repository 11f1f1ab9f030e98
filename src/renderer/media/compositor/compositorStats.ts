/** Per-frame render times and frame gaps, kept for about the last minute. */
export interface CompositorStats {
  framesRendered: number;
  droppedFrames: number;
  renderMs: number[];
  frameIntervals: number[];
}
