import { z } from 'zod';
import { errorCodes } from '../ipc/errors';

/** The link to OBS: off until the producer connects; then it keeps itself up. */
export const obsStatuses = ['off', 'connecting', 'connected', 'reconnecting', 'failed'] as const;
export type ObsStatus = (typeof obsStatuses)[number];

/** OBS's outputs (stream, recording), as obs-websocket reports them. */
export const outputStates = ['stopped', 'starting', 'active', 'stopping', 'reconnecting'] as const;
export type OutputState = (typeof outputStates)[number];

const sceneName = z.string().min(1).max(256);

export const obsStateSchema = z.object({
  status: z.enum(obsStatuses),
  /** Why the link is down, when it is: an IPC error code the UI translates. */
  failure: z.enum(errorCodes).nullable(),
  /** The address in use, for messages. */
  address: z.string(),
  /** Consecutive failed attempts, and when the next one starts (epoch ms). */
  attempt: z.number().int(),
  retryAt: z.number().nullable(),
  obsWebSocketVersion: z.string().nullable(),
  /** Scene names top to bottom, as OBS's own scene list shows them. */
  scenes: z.array(sceneName),
  program: sceneName.nullable(),
  preview: sceneName.nullable(),
  studioMode: z.boolean(),
  transitions: z.array(z.string()),
  transition: z.string().nullable(),
  transitionMs: z.number().int(),
  streaming: z.enum(outputStates),
  recording: z.enum(outputStates),
  /** The file of the last recording OBS finished writing. */
  lastRecording: z.string().nullable(),
  /** Scenes the producer pinned as quick buttons, in order (Alt+1…9). */
  pins: z.array(sceneName),
  /** Studio scene id → OBS scene: taking a studio scene to program switches OBS too. */
  sceneLinks: z.record(z.string(), sceneName),
});
export type ObsState = z.infer<typeof obsStateSchema>;

export const obsStatsSchema = z.object({
  /** OBS's own CPU use, percent of one core. */
  cpuPercent: z.number(),
  fps: z.number(),
  renderSkippedFrames: z.number().int(),
  renderTotalFrames: z.number().int(),
  outputSkippedFrames: z.number().int(),
  outputTotalFrames: z.number().int(),
  /** Stream output bitrate over the last interval, or null when not streaming. */
  streamKbps: z.number().nullable(),
  recordingMs: z.number().nullable(),
  /** True when OBS skipped frames (render, encoding or network) since the last sample. */
  droppingFrames: z.boolean(),
});
export type ObsStats = z.infer<typeof obsStatsSchema>;

export const maxPins = 9;

export const obsSceneRequestSchema = z.object({ sceneName }).strict();
export const obsPinsRequestSchema = z.object({ pins: z.array(sceneName).max(maxPins) }).strict();
export const obsLinkRequestSchema = z
  .object({ studioSceneId: z.string().min(1).max(64), obsScene: sceneName.nullable() })
  .strict();
export const obsTransitionRequestSchema = z
  .object({ name: z.string().min(1).max(256), durationMs: z.number().int().min(0).max(20_000) })
  .strict();
