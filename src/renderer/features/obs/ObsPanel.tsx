import { useTranslation } from 'react-i18next';
import { maxPins } from '../../../shared/obs/obsState';
import { call } from '../../ipc/studio';
import { useScenes } from '../studio/StudioContext';
import { ObsConnection } from './ObsConnection';
import { ObsOutputs } from './ObsOutputs';
import { ObsTransitionControls } from './ObsTransitionControls';
import { useObsAction } from './useObsAction';
import { useObsState, useObsStore } from './useObs';
import { DockControls } from '../layout/DockControls';

/** Producer control of OBS: its scenes, quick buttons, transitions, outputs, and links to studio scenes. */
export function ObsPanel() {
  const { t } = useTranslation();
  const store = useObsStore();
  const state = useObsState();
  const { collection } = useScenes();
  const { error, run } = useObsAction();
  if (!state) return null;
  const connected = state.status === 'connected';

  const switchTo = (sceneName: string): void =>
    run(() => call(state.studioMode ? 'obs:setPreviewScene' : 'obs:setProgramScene', { sceneName }));
  const togglePin = (sceneName: string, on: boolean): void =>
    run(() =>
      store.setPins(
        on ? [...state.pins, sceneName].slice(0, maxPins) : state.pins.filter((p) => p !== sceneName),
      ),
    );
  const sceneClass = (name: string): string =>
    name === state.program ? ' obs-scene--program' : name === state.preview ? ' obs-scene--preview' : '';

  return (
    <section className="panel obs-panel" aria-labelledby="obs-heading">
      <div className="panel__header">
        <h2 id="obs-heading">{t('obs.title')}</h2>
        <DockControls title={t('obs.title')} />
      </div>
      <ObsConnection state={state} run={run} />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {state.pins.length > 0 && (
        <div className="obs-pins" role="group" aria-label={t('obs.pinned')}>
          {state.pins.map((name, index) => {
            const missing = connected && !state.scenes.includes(name);
            return (
              <button
                key={name}
                type="button"
                className={`obs-scene${sceneClass(name)}`}
                disabled={!connected || missing}
                title={missing ? t('obs.missing') : undefined}
                aria-keyshortcuts={`Alt+${index + 1}`}
                onClick={() => switchTo(name)}
              >
                <bdi>{name}</bdi>
                <kbd>{`Alt+${index + 1}`}</kbd>
                {missing && <span className="chip chip--warning">{t('obs.missingShort')}</span>}
              </button>
            );
          })}
        </div>
      )}
      {connected && (
        <>
          <ul className="list" aria-label={t('obs.scenes')}>
            {state.scenes.map((name) => (
              <li key={name} className={`list__row obs-scene-row${sceneClass(name)}`}>
                <span className="list__main">
                  <bdi>{name}</bdi>
                  {name === state.program && <span className="chip chip--live">{t('obs.onProgram')}</span>}
                  {name === state.preview && <span className="chip">{t('obs.onPreview')}</span>}
                </span>
                <button
                  type="button"
                  aria-label={t('obs.toProgram', { scene: name })}
                  onClick={() => run(() => call('obs:setProgramScene', { sceneName: name }))}
                >
                  {t('obs.program')}
                </button>
                {state.studioMode && (
                  <button
                    type="button"
                    aria-label={t('obs.toPreview', { scene: name })}
                    onClick={() => run(() => call('obs:setPreviewScene', { sceneName: name }))}
                  >
                    {t('obs.preview')}
                  </button>
                )}
                <button
                  type="button"
                  aria-pressed={state.pins.includes(name)}
                  aria-label={t('obs.pinScene', { scene: name })}
                  disabled={!state.pins.includes(name) && state.pins.length >= maxPins}
                  onClick={() => togglePin(name, !state.pins.includes(name))}
                >
                  {t('obs.pin')}
                </button>
              </li>
            ))}
          </ul>
          <ObsTransitionControls state={state} run={run} />
          <ObsOutputs state={state} run={run} />
          <fieldset className="obs-links">
            <legend>{t('obs.links')}</legend>
            {collection.scenes.map((scene) => (
              <label key={scene.id} className="inline-field">
                <bdi>{scene.name}</bdi>
                <select
                  value={state.sceneLinks[scene.id] ?? ''}
                  aria-label={t('obs.linkFor', { scene: scene.name })}
                  onChange={(e) => run(() => store.linkScene(scene.id, e.target.value || null))}
                >
                  <option value="">{t('obs.notLinked')}</option>
                  {state.scenes.map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </fieldset>
        </>
      )}
    </section>
  );
}
