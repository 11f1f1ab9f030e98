/**
 * Publishing the program to a LiveKit room: copies of the studio's picture and mix, published
 * live or held back (muted, with empty senders) until "Go live" releases them.
 */
import { programPublishOptions } from '../../../shared/live/programPublishOptions';
import { roomModes } from '../../../shared/live/roomModes';
import type { GoLiveOptions } from './livePublisher';

type LiveKit = typeof import('livekit-client');
type Room = import('livekit-client').Room;
type LocalTrack = import('livekit-client').LocalTrack;

/** The program published in a standby room, held back until the click. */
export interface HeldShow {
  room: Room;
  tracks: LocalTrack[];
  /** Stops emptying the room's new senders. */
  unhold(): void;
}

/**
 * Publishes copies of the program's picture and sound (the room stops them when it ends; the
 * studio's own tracks go on for the preview and the backup), muted when asked.
 */
export async function publishProgram(
  room: Room,
  lk: LiveKit,
  options: GoLiveOptions,
  { muted }: { muted: boolean },
): Promise<LocalTrack[]> {
  const { Track, VideoPreset, LocalVideoTrack, LocalAudioTrack } = lk;
  const { top, simulcast } = options.encoding;
  const { degradationPreference, dtx, red } = programPublishOptions[options.mode];
  const video = roomModes[options.mode].publishVideo
    ? new LocalVideoTrack(await scaledCopy(options.video, top), undefined, true)
    : undefined;
  const audio = options.audio ? new LocalAudioTrack(options.audio.clone(), undefined, true) : undefined;
  const tracks = [video, audio].filter((t): t is NonNullable<typeof t> => t !== undefined);
  if (muted) await Promise.all(tracks.map((track) => track.mute()));
  try {
    // Both at once: livekit-client negotiates them together, and the picture is not held up by the sound.
    await Promise.all([
      video &&
        room.localParticipant.publishTrack(video, {
          name: 'program',
          source: Track.Source.Camera,
          videoCodec: options.codec,
          simulcast: true,
          videoEncoding: { maxBitrate: top.maxBitrate, maxFramerate: top.maxFramerate },
          videoSimulcastLayers: simulcast.map(
            (l) => new VideoPreset(l.width, l.height, l.maxBitrate, l.maxFramerate),
          ),
          degradationPreference,
        }),
      audio &&
        room.localParticipant.publishTrack(audio, {
          name: 'program-audio',
          source: Track.Source.Microphone,
          dtx,
          red,
        }),
    ]);
  } catch (error) {
    tracks.forEach((track) => track.stop());
    throw error;
  }
  return tracks;
}

/**
 * A copy of the program picture at the size the top layer goes out in: livekit-client sends a
 * track's own size on top, and a preset may send less than the program (qualityPresets.ts).
 * livekit-client sizes the simulcast layers from getSettings(), which reports the new size only
 * once a frame has gone through the scaler, so the copy is handed over after that.
 */
async function scaledCopy(
  program: MediaStreamTrack,
  top: { width: number; height: number },
): Promise<MediaStreamTrack> {
  const copy = program.clone();
  const { height = top.height } = copy.getSettings();
  if (height <= top.height) return copy;
  // resizeMode (Media Capture and Streams) is missing from TypeScript's DOM types.
  const scaled: MediaTrackConstraints & { resizeMode: string } = {
    width: top.width,
    height: top.height,
    resizeMode: 'crop-and-scale',
  };
  await copy.applyConstraints(scaled);
  const deadline = performance.now() + scaledFrameWaitMs;
  while (copy.getSettings().height !== top.height && performance.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 20));
  return copy;
}

/** The program renders at its frame rate, standby included; a frame is never this long in coming. */
const scaledFrameWaitMs = 1000;

/**
 * Empties each sender the room creates as soon as it exists, before negotiation can start its
 * encoder: held tracks send nothing at all, not even the black frames and silence of a muted track
 * (also when the room republishes them after a reconnection). livekit-client's pauseUpstream would
 * do it too, but reports the pause to the server before the track has an id.
 */
export function holdSenders(room: Room, lk: LiveKit): () => void {
  const empty = (sender: RTCRtpSender): void => void sender.replaceTrack(null);
  room.localParticipant.on(lk.ParticipantEvent.LocalSenderCreated, empty);
  return () => room.localParticipant.off(lk.ParticipantEvent.LocalSenderCreated, empty);
}

/**
 * Puts held tracks on air: the server hears they are unmuted first, then the senders get their
 * tracks back, so the first packets it sees are a fresh encoder's key frame of an unmuted track.
 */
export async function releaseHeld({ tracks, unhold }: HeldShow): Promise<void> {
  unhold();
  await Promise.all(
    tracks.map(async (track) => {
      await track.unmute();
      await track.sender?.replaceTrack(track.mediaStreamTrack);
    }),
  );
}
