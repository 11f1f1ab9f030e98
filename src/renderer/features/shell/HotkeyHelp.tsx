import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../../i18n/i18n';
import { isKeyTaken } from './typingTarget';

/** Every studio key, as the studio (useStudioHotkeys), OBS (useObsHotkeys) and the queue (useQueueHotkeys) read them. */
const hotkeys: [keys: string, what: TranslationKey][] = [
  ['1 … 9', 'shell.hotkeys.preview'],
  ['Enter', 'shell.hotkeys.fade'],
  ['C', 'shell.hotkeys.cut'],
  ['Ctrl/⌘ + Z', 'shell.hotkeys.undo'],
  ['Ctrl/⌘ + Shift + Z', 'shell.hotkeys.redo'],
  ['← ↑ → ↓', 'shell.hotkeys.nudge'],
  ['Delete', 'shell.hotkeys.delete'],
  ['Alt + 1 … 9', 'shell.hotkeys.obs'],
  ['J / K', 'shell.hotkeys.nextQuestion'],
  ['R', 'shell.hotkeys.reply'],
  ['S', 'shell.hotkeys.pin'],
  ['A', 'shell.hotkeys.answered'],
  ['?', 'shell.hotkeys.help'],
];

/** "?" opens the list of the studio's keys (not while typing); Escape or the button closes it. */
export function HotkeyHelp() {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== '?' || isKeyTaken(event)) return;
      const open = dialog.current?.open;
      if (open) dialog.current?.close();
      else dialog.current?.showModal();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <dialog ref={dialog} className="hotkey-help" aria-labelledby="hotkey-help-title">
      <h2 id="hotkey-help-title">{t('shell.hotkeys.title')}</h2>
      <table>
        <tbody>
          {hotkeys.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd dir="ltr">{keys}</kbd>
              </th>
              <td>{t(what)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => dialog.current?.close()}>
        {t('shell.hotkeys.close')}
      </button>
    </dialog>
  );
}
