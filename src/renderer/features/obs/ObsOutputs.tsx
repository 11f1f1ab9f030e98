import { useTranslation } from 'react-i18next';
import type { ObsState, OutputState } from '../../../shared/obs/obsState';
import type { TranslationKey } from '../../i18n/i18n';
import { call } from '../../ipc/studio';

const outputLabels: Record<OutputState, TranslationKey> = {
  stopped: 'obs.output.stopped',
  starting: 'obs.output.starting',
  active: 'obs.output.active',
  stopping: 'obs.output.stopping',
  reconnecting: 'obs.output.reconnecting',
};

/** OBS's own stream and recording: start, stop, and where the last recording went. */
export function ObsOutputs({ state, run }: { state: ObsState; run(action: () => Promise<unknown>): void }) {
  const { t } = useTranslation();
  const streamingOn = state.streaming !== 'stopped';
  const recordingOn = state.recording !== 'stopped';
  return (
    <div className="obs-outputs">
      <div className="field__row">
        <button
          type="button"
          aria-pressed={streamingOn}
          onClick={() => run(() => call('obs:setStreaming', { on: !streamingOn }))}
        >
          {t(streamingOn ? 'obs.stopStream' : 'obs.startStream')}
        </button>
        <span>{t('obs.streamState', { state: t(outputLabels[state.streaming]) })}</span>
      </div>
      <div className="field__row">
        <button
          type="button"
          aria-pressed={recordingOn}
          onClick={() => run(() => call('obs:setRecording', { on: !recordingOn }))}
        >
          {t(recordingOn ? 'obs.stopRecord' : 'obs.startRecord')}
        </button>
        <span>{t('obs.recordState', { state: t(outputLabels[state.recording]) })}</span>
      </div>
      {state.lastRecording && (
        <p className="field__hint">{t('obs.lastRecording', { file: state.lastRecording })}</p>
      )}
    </div>
  );
}
