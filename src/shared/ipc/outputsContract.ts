import { z } from 'zod';
import { errorCodes } from './errors';
import { destinationInfoSchema, destinationSaveRequestSchema } from '../outputs/destination';
import { outputsStateSchema } from '../outputs/outputStatus';

const idRequest = z.object({ id: z.string().min(1).max(64) }).strict();
const idsRequest = z.object({ ids: z.array(z.string().min(1).max(64)).max(32) }).strict();

export const destinationTestReportSchema = z.object({
  destinationId: z.string(),
  reached: z.boolean(),
  error: z.enum(errorCodes).nullable(),
  firstMediaMs: z.number().nullable(),
  kbps: z.number(),
  fps: z.number(),
});

/** The destinations besides the LiveKit room (RTMP, RTMPS, SRT): their setup and their streams. */
export const outputsInvokeContract = {
  'outputs:list': { request: z.undefined(), response: z.array(destinationInfoSchema) },
  'outputs:save': { request: destinationSaveRequestSchema, response: z.array(destinationInfoSchema) },
  'outputs:delete': { request: idRequest, response: z.array(destinationInfoSchema) },
  'outputs:setEnabled': {
    request: idRequest.extend({ enabled: z.boolean() }).strict(),
    response: z.array(destinationInfoSchema),
  },
  /** Each destination's health, and the variants the window must encode for those on air. */
  'outputs:getState': { request: z.undefined(), response: outputsStateSchema },
  'outputs:start': { request: idsRequest, response: outputsStateSchema },
  'outputs:stop': { request: idsRequest, response: outputsStateSchema },
  /** End show: every destination off. */
  'outputs:stopAll': { request: z.undefined(), response: outputsStateSchema },
  /** A server-routed variant's track (and the program's sound) is in the room: Egress restreams it. */
  'outputs:variantInRoom': {
    request: z
      .object({
        key: z.string().min(1).max(200),
        videoTrackSid: z.string().min(1).max(64),
        audioTrackSid: z.string().min(1).max(64).nullable(),
      })
      .strict(),
    response: z.void(),
  },
  /** Publishes to one destination for five seconds, then reports. */
  'outputs:test': { request: idRequest, response: destinationTestReportSchema },
} as const;

export const outputsEventContract = {
  'outputs:onChanged': z.array(destinationInfoSchema),
  'outputs:onState': outputsStateSchema,
} as const;
