import type { Poll } from '../../../shared/live/showData';
import type { Settings } from '../../../shared/settings/settings';
import { Compositor, type TransitionKind } from '../../media/compositor/compositor';
import { AudioMixer } from '../../media/audio/audioMixer';
import { MediaSources } from '../../media/sources/mediaSources';
import { BackupRecorder } from '../../media/recording/backupRecorder';
import { LivePublisher } from '../../media/live/livePublisher';
import type { CatalogStore } from '../catalog/catalogStore';
import type { SceneEditor } from '../scenes/sceneEditor';
import { setProgramScene } from '../../../shared/scenes/edits';
import { featuredProductId } from '../../../shared/scenes/featured';

/** The output format a StudioMedia was made for: what goes out, whatever the settings say now. */
export type OutputFormat = Pick<Settings, 'outputResolution' | 'outputFps'>;

/**
 * The running picture: one compositor at the output size and the sources it
 * draws, kept in step with the scene editor and the catalog. It lives as long
 * as the studio window, whichever page is shown, because the show goes on while
 * the host opens settings; a new output format makes a new one, between shows
 * (studioMediaHost.ts).
 */
export class StudioMedia {
  /** The program going out to the LiveKit room; its guests' cameras are sources too. */
  readonly live = new LivePublisher();
  readonly compositor: Compositor;
  readonly sources = new MediaSources(this.live.guests);
  readonly audio = new AudioMixer();
  /** The local backup of the program, a file in main. */
  readonly backup = new BackupRecorder();
  private readonly unsubscribe: (() => void)[] = [];

  constructor(
    readonly editor: SceneEditor,
    readonly catalog: CatalogStore,
    readonly output: OutputFormat,
  ) {
    const [width = 1920, height = 1080] = output.outputResolution.split('x').map(Number);
    this.compositor = new Compositor({ width, height, fps: output.outputFps, frames: this.sources });
    const sync = (): void => {
      this.sources.update(editor.collection, catalog.getSnapshot());
      this.compositor.setCollection(editor.collection);
      this.syncAudio();
      const featured = featuredProductId(editor.collection);
      this.live.showData.setProduct(catalog.getSnapshot().find((p) => p.id === featured) ?? null);
    };
    sync();
    // A video starting to play (or a capture failing) changes what the mix can take.
    this.unsubscribe.push(editor.subscribe(sync), catalog.subscribe(sync), this.sources.onStatusChange(sync));
    this.compositor.start();
    // Polls live in main: on screen here, and out to viewer pages.
    const showPoll = (poll: Poll | null): void => {
      this.sources.setPoll(poll);
      this.live.showData.setPoll(poll);
    };
    this.unsubscribe.push(window.studio.on('polls:onChanged', showPoll));
    void window.studio.invoke('polls:get').then((answer) => answer.ok && showPoll(answer.value));
  }

  /**
   * Going live, on air, ending, or recording the backup: the picture must not be rebuilt under
   * the show or the file (its tracks are what the room and the recorder hold).
   */
  isBusy(): boolean {
    const { state } = this.live.getSnapshot();
    return (state !== 'offline' && state !== 'failed') || this.backup.getSnapshot().status === 'recording';
  }

  /** Calls back whenever the show or the backup changes state. */
  onBusyChange(listener: () => void): () => void {
    const stops = [this.live.subscribe(listener), this.backup.subscribe(listener)];
    return () => stops.forEach((stop) => stop());
  }

  /** Records the program picture and the mixed sound to the local backup file, unless already recording. */
  startBackup(): void {
    if (this.backup.getSnapshot().status === 'recording') return;
    const [video] = this.compositor.output.getVideoTracks();
    if (video) void this.backup.start(video, this.audio.track);
  }

  /** Takes the preview scene to program with a cut or a fade, and records it. */
  transition(kind: TransitionKind, durationMs?: number): void {
    const target = this.editor.collection.previewSceneId;
    this.compositor.transitionTo(target, kind, durationMs);
    this.editor.commit((c) => setProgramScene(c, target));
  }

  private syncAudio(): void {
    this.audio.sync(this.editor.collection, this.compositor.programSceneId, (id) =>
      this.sources.videoElement(id),
    );
  }

  /** Only between shows (isBusy false): leaves the standby room, then stops the picture. */
  dispose(): void {
    this.live.dispose();
    for (const off of this.unsubscribe) off();
    this.compositor.dispose();
    this.sources.dispose();
    this.audio.dispose();
  }
}
