import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { newDestination, type DestinationInfo } from '../../../shared/outputs/destination';
import { offStatus, type DestinationStatus } from '../../../shared/outputs/outputStatus';
import { destinationPlatforms, type DestinationPlatform } from '../../../shared/outputs/platformPresets';
import { useErrorMessage } from '../../i18n/useErrorMessage';
import { call } from '../../ipc/studio';
import { useScenes } from '../studio/StudioContext';
import { DestinationForm } from './DestinationForm';
import { DestinationRow } from './DestinationRow';
import { platformNameKeys } from './outputLabels';
import { OutputsStore } from './outputsStore';
import '../../styles/outputs.css';

/**
 * The Destinations dock: every marketplace the show goes out to besides the room, each with
 * its market, canvas and health; start them all, or each alone, mid-show.
 */
export function DestinationsPanel() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { collection } = useScenes();
  const [store] = useState(() => new OutputsStore());
  useEffect(() => store.follow(), [store]);
  const list = useSyncExternalStore(store.destinations.subscribe, store.destinations.getSnapshot);
  const state = useSyncExternalStore(store.state.subscribe, store.state.getSnapshot);
  const [editing, setEditing] = useState<{ info: DestinationInfo; isNew: boolean }>();
  const [adding, setAdding] = useState<DestinationPlatform>('youtube');
  const [error, setError] = useState<string>();
  const statusOf = (id: string): DestinationStatus =>
    state?.destinations.find((s) => s.destinationId === id) ?? offStatus(id);
  const enabled = (list ?? []).filter((d) => d.destination.enabled).map((d) => d.destination.id);
  const anyOnAir = (state?.destinations ?? []).some((s) => s.state !== 'off' && s.state !== 'failed');

  const add = (): void => {
    const destination = newDestination(
      crypto.randomUUID(),
      adding,
      collection.market,
      t(platformNameKeys[adding]),
    );
    setEditing({ info: { destination, hasStreamKey: false, hasPassphrase: false }, isNew: true });
  };
  const run = (action: () => Promise<unknown>) => (): void => {
    setError(undefined);
    action().catch((e: unknown) => setError(errorMessage(e)));
  };

  if (editing)
    return <DestinationForm info={editing.info} isNew={editing.isNew} onDone={() => setEditing(undefined)} />;

  return (
    <section className="destinations" aria-label={t('outputs.title')}>
      <div className="destinations__bar">
        {anyOnAir ? (
          <button type="button" data-action="stop-all" onClick={run(() => call('outputs:stopAll'))}>
            {t('outputs.stopAll')}
          </button>
        ) : (
          <button
            type="button"
            data-action="start-all"
            disabled={enabled.length === 0}
            onClick={run(() => call('outputs:start', { ids: enabled }))}
          >
            {t('outputs.startAll', { number: enabled.length })}
          </button>
        )}
      </div>
      {list?.length === 0 && <p className="field__hint">{t('outputs.empty')}</p>}
      <ul className="destinations__list">
        {(list ?? []).map((info) => (
          <DestinationRow
            key={info.destination.id}
            info={info}
            status={statusOf(info.destination.id)}
            onEdit={() => setEditing({ info, isNew: false })}
          />
        ))}
      </ul>
      <div className="destinations__add">
        <select
          aria-label={t('outputs.platformLabel')}
          value={adding}
          onChange={(e) => {
            const platform = destinationPlatforms.find((p) => p === e.target.value);
            if (platform) setAdding(platform);
          }}
        >
          {destinationPlatforms.map((p) => (
            <option key={p} value={p}>
              {t(platformNameKeys[p])}
            </option>
          ))}
        </select>
        <button type="button" data-action="add" onClick={add}>
          {t('outputs.add')}
        </button>
      </div>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </section>
  );
}
