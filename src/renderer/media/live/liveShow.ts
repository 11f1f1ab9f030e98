import type { PublishEncoding } from '../../../shared/live/qualityPresets';
import type { LiveVideoCodec } from '../../../shared/settings/settings';
import { BackupRecorder } from '../recording/backupRecorder';
import { call } from '../../ipc/studio';
import { LivePublisher, type GoLiveOptions, type ShowIdentity } from './livePublisher';
import { showEvents } from './showEventSink';
import { OutputEncoders } from '../outputs/outputEncoders';

/** What goes out: the compositor's picture and the mixed sound of the studio's current picture. */
export interface ProgramTracks {
  video: MediaStreamTrack;
  audio: MediaStreamTrack | undefined;
}

/** Who the studio is in the room and how it publishes (useShowSetup). */
export interface ShowSetup {
  show: ShowIdentity;
  encoding: PublishEncoding;
  codec: LiveVideoCodec;
}

/**
 * The show, made once for the window's life: the publisher (with its standby and chat) and the
 * backup recording. The studio's picture (StudioMedia) may be rebuilt between shows; it only
 * supplies the program's tracks, which the show reads when it prepares, goes live or records.
 */
export class LiveShow {
  readonly live = new LivePublisher();
  readonly backup = new BackupRecorder();
  /** The RTMP/SRT destinations' encoders, fed from whichever picture is current. */
  readonly outputs = new OutputEncoders((listener) => {
    void call('outputs:getState').then(listener, (error: unknown) =>
      console.warn('outputs state unread', error),
    );
    return window.studio.on('outputs:onState', listener);
  }, this.live.variants);
  private program: () => ProgramTracks | undefined = () => undefined;
  private counting = false;

  constructor() {
    this.live.subscribe(() => this.countShow());
  }

  /**
   * The show's figures run from the moment it is on air until it ends or gives up (a rejoin is
   * the same show). Who is already watching is announced once main counts.
   */
  private countShow(): void {
    const { state } = this.live.getSnapshot();
    if (state === 'live' && !this.counting) {
      this.counting = true;
      call('analytics:startShow').then(
        () => this.live.audience.announce(),
        (error: unknown) => console.warn('show not counted', error),
      );
    } else if ((state === 'offline' || state === 'failed') && this.counting) {
      this.counting = false;
      showEvents.flush();
      call('analytics:endShow').catch((error: unknown) => console.warn('show end not counted', error));
    }
  }

  /** Points the show at the current picture's tracks; the old picture's standby is left. */
  useProgram(program: () => ProgramTracks | undefined): void {
    this.program = program;
    this.live.leaveStandby();
  }

  /** Gets the room ready for "Go live" (see LivePublisher.prepare). */
  prepare(setup: ShowSetup): void {
    const options = this.options(setup);
    if (options) this.live.prepare(options);
  }

  /** Goes live with the program, and starts its backup: a show is never without its local copy. */
  goLive(setup: ShowSetup): void {
    const options = this.options(setup);
    if (!options) return;
    void this.live.goLive(options);
    this.startBackup();
    void this.startDestinations();
  }

  /** Ends the room and every destination: End show means off air everywhere. */
  async end(): Promise<void> {
    await Promise.all([
      this.live.end(),
      call('outputs:stopAll').catch((error: unknown) => console.warn('destinations not stopped', error)),
    ]);
  }

  /** Go live takes every destination the host left on (the Destinations dock's toggles). */
  private async startDestinations(): Promise<void> {
    try {
      const list = await call('outputs:list');
      const ids = list.filter((d) => d.destination.enabled).map((d) => d.destination.id);
      if (ids.length > 0) await call('outputs:start', { ids });
    } catch (error) {
      console.warn('destinations not started', error);
    }
  }

  /** Records the program picture and the mixed sound to the local backup file, unless already recording. */
  startBackup(): void {
    const program = this.program();
    if (this.backup.getSnapshot().status === 'recording' || !program) return;
    void this.backup.start(program.video, program.audio);
  }

  /**
   * Going live, on air, ending, recording the backup or streaming to a destination: the picture must not be rebuilt under
   * the show or the file (its tracks are what the room and the recorder hold).
   */
  isBusy(): boolean {
    const { state } = this.live.getSnapshot();
    return (
      (state !== 'offline' && state !== 'failed') ||
      this.backup.getSnapshot().status === 'recording' ||
      this.outputs.isActive()
    );
  }

  /** Calls back whenever the show or the backup changes state. */
  onBusyChange(listener: () => void): () => void {
    const stops = [
      this.live.subscribe(listener),
      this.backup.subscribe(listener),
      this.outputs.subscribe(listener),
    ];
    return () => stops.forEach((stop) => stop());
  }

  private options(setup: ShowSetup): GoLiveOptions | undefined {
    const program = this.program();
    return program && { ...setup.show, ...program, encoding: setup.encoding, codec: setup.codec };
  }
}
