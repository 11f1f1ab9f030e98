import type { StudioApi } from '../shared/ipc/studioApi';

declare global {
  interface Window {
    /** Installed by the preload (or the e2e harness); the renderer's only way to main. */
    readonly studio: StudioApi;
  }
}
