import type { Microphone, SceneCollection } from '../../../shared/scenes/model';
import { floorDb, LevelProbe } from './levels';

interface Input {
  gain: GainNode;
  /** Before the fader, so a muted microphone still shows that it hears. */
  probe: LevelProbe;
  /** What opened this input, to know when to reopen it (a new device). */
  key: string;
  close(): void;
}

/** Finds the <video> of a product video source, for its sound. */
export type MediaElementLookup = (sourceId: string) => HTMLVideoElement | undefined;

/**
 * The program's sound: every microphone, and the product videos of the scene
 * on air, each through its own gain (volume and mute) and level meter, mixed
 * into one track for publishing and recording.
 */
export class AudioMixer {
  private readonly context = new AudioContext({ latencyHint: 'interactive' });
  private readonly destination = this.context.createMediaStreamDestination();
  private readonly master = new LevelProbe(this.context);
  private readonly inputs = new Map<string, Input>();
  /** Microphones whose getUserMedia is under way, by the key they are opening. */
  private readonly opening = new Map<string, string>();
  private disposed = false;

  constructor() {
    this.master.node.connect(this.destination);
  }

  /** The mixed program audio, one track. */
  get track(): MediaStreamTrack | undefined {
    return this.destination.stream.getAudioTracks()[0];
  }

  /** Opens, closes and sets inputs to match the collection and the scene on air. */
  sync(
    collection: SceneCollection,
    programSceneId: string | undefined,
    mediaElement: MediaElementLookup,
  ): void {
    if (this.context.state === 'suspended') void this.context.resume();
    const wanted = new Set<string>();
    for (const mic of collection.microphones) {
      wanted.add(mic.id);
      const key = `mic:${mic.deviceId}`;
      if ((this.opening.get(mic.id) ?? this.inputs.get(mic.id)?.key) !== key)
        void this.openMicrophone(mic, key);
      this.setGain(mic.id, mic.muted ? 0 : mic.volume);
    }
    const onAir = new Set(
      collection.scenes.find((s) => s.id === programSceneId)?.items.map((i) => i.sourceId),
    );
    for (const source of collection.sources) {
      if (source.kind !== 'video') continue;
      const element = mediaElement(source.id);
      if (!element) continue;
      wanted.add(source.id);
      const key = `video:${source.settings.mediaId}`;
      if (this.inputs.get(source.id)?.key !== key) this.openElement(source.id, element, key);
      const audible = onAir.has(source.id) && !source.settings.muted;
      this.setGain(source.id, audible ? source.settings.volume : 0);
    }
    for (const [id, input] of this.inputs) {
      if (!wanted.has(id)) {
        input.close();
        this.inputs.delete(id);
      }
    }
    for (const id of this.opening.keys()) if (!wanted.has(id)) this.opening.delete(id);
  }

  /** Level of one input before its fader (so a muted mic still shows it hears you), in dBFS. */
  level(id: string): number {
    const input = this.inputs.get(id);
    return input ? input.probe.read() : floorDb;
  }

  /** Level of the mixed program audio, in dBFS. */
  programLevel(): number {
    return this.master.read();
  }

  dispose(): void {
    this.disposed = true;
    for (const input of this.inputs.values()) input.close();
    this.inputs.clear();
    void this.context.close();
  }

  private setGain(id: string, value: number): void {
    const input = this.inputs.get(id);
    // A short ramp: an instant jump clicks.
    input?.gain.gain.setTargetAtTime(value, this.context.currentTime, 0.015);
  }

  private async openMicrophone(mic: Microphone, key: string): Promise<void> {
    this.opening.set(mic.id, key);
    this.inputs.get(mic.id)?.close();
    this.inputs.delete(mic.id);
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        video: false,
        audio: { deviceId: mic.deviceId ? { exact: mic.deviceId } : undefined, autoGainControl: false },
      });
    } catch {
      // No such microphone (unplugged, refused): silent until the next sync tries again.
      if (this.opening.get(mic.id) === key) this.opening.delete(mic.id);
      return;
    }
    // Removed, disposed, or switched to another device while the device opened.
    if (this.disposed || this.opening.get(mic.id) !== key) {
      stream.getTracks().forEach((t) => t.stop());
      return;
    }
    this.opening.delete(mic.id);
    const node = this.context.createMediaStreamSource(stream);
    this.inputs.set(
      mic.id,
      this.wire(node, key, () => stream.getTracks().forEach((t) => t.stop())),
    );
    this.setGain(mic.id, mic.muted ? 0 : mic.volume);
  }

  private openElement(id: string, element: HTMLVideoElement, key: string): void {
    this.inputs.get(id)?.close();
    // The element's sound now flows only through the mix, not to the speakers.
    const node = this.context.createMediaElementSource(element);
    element.muted = false;
    this.inputs.set(
      id,
      this.wire(node, key, () => undefined),
    );
  }

  private wire(node: AudioNode, key: string, release: () => void): Input {
    const probe = new LevelProbe(this.context);
    const gain = this.context.createGain();
    gain.gain.value = 0;
    node.connect(probe.node);
    probe.node.connect(gain);
    gain.connect(this.master.node);
    return {
      gain,
      probe,
      key,
      close: () => {
        node.disconnect();
        gain.disconnect();
        release();
      },
    };
  }
}
