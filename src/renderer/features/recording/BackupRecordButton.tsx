import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKeys } from '../../i18n/errorMessages';
import { useStudio } from '../studio/StudioContext';

/** Starts and stops the local backup recording of the program; says where the file is. */
export function BackupRecordButton() {
  const { t } = useTranslation();
  const { show } = useStudio();
  const { backup } = show;
  const state = useSyncExternalStore(backup.subscribe, backup.getSnapshot);
  const recording = state.status === 'recording';
  const last = state.status === 'recording' ? undefined : state.last;
  return (
    <div className="backup-record">
      <button
        type="button"
        aria-pressed={recording}
        onClick={() => {
          if (recording) void backup.stop();
          else show.startBackup();
        }}
      >
        {t(recording ? 'recording.stop' : 'recording.start')}
      </button>
      {state.status === 'failed' && (
        <span role="alert" className="field-error">
          {t(errorMessageKeys[state.error])}
        </span>
      )}
      {last && <span className="field__hint">{t('recording.saved', { file: last.path })}</span>}
    </div>
  );
}
