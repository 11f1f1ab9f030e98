import type { ObsState, ObsStats } from '../../../shared/obs/obsState';
import { MainMirror } from '../../ipc/mainMirror';
import { call } from '../../ipc/studio';

/** OBS as main's controller sees it. */
export class ObsStore extends MainMirror<ObsState> {
  /** The latest stats sample, pushed every two seconds while connected. */
  readonly stats = new MainMirror<ObsStats | null>(
    async () => (await call('obs:getState')).stats,
    (apply) => window.studio.on('obs:onStats', apply),
  );

  constructor() {
    super(
      async () => (await call('obs:getState')).state,
      (apply) => window.studio.on('obs:onState', apply),
    );
  }

  override follow(): () => void {
    const stopState = super.follow();
    const stopStats = this.stats.follow();
    return () => {
      stopState();
      stopStats();
    };
  }

  async connect(): Promise<void> {
    this.replace(await call('obs:connect'));
  }

  async disconnect(): Promise<void> {
    this.replace(await call('obs:disconnect'));
  }

  async setPins(pins: string[]): Promise<void> {
    this.replace(await call('obs:setPins', { pins }));
  }

  async linkScene(studioSceneId: string, obsScene: string | null): Promise<void> {
    this.replace(await call('obs:linkScene', { studioSceneId, obsScene }));
  }
}
