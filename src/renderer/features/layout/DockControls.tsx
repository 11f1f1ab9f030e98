import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDockPlace } from './dockContext';

/** The end of a dock's header: fold it, and a menu to move it up, down or to the other column. */
export function DockControls({ title }: { title: string }) {
  const { t } = useTranslation();
  const place = useDockPlace();
  const menuId = useId();
  const opener = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  // A popover: drawn in the top layer, so the dock's scrolling and containment never clip it.
  // It opens under its button, on the inline-end side, inside the window.
  useEffect(() => {
    const element = menu.current;
    if (!element) return;
    const position = (event: Event): void => {
      if ((event as ToggleEvent).newState !== 'open' || !opener.current) return;
      const button = opener.current.getBoundingClientRect();
      const rtl = getComputedStyle(element).direction === 'rtl';
      const left = rtl ? button.left : button.right - element.offsetWidth;
      element.style.left = `${Math.max(4, Math.min(left, innerWidth - element.offsetWidth - 4))}px`;
      element.style.top = `${Math.min(button.bottom + 2, innerHeight - element.offsetHeight - 4)}px`;
      element.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    };
    element.addEventListener('toggle', position);
    return () => element.removeEventListener('toggle', position);
  }, [place]);
  if (!place) return null;
  const item = (label: string, run: () => void, disabled = false) => (
    <button
      type="button"
      role="menuitem"
      disabled={disabled}
      onClick={() => {
        menu.current?.hidePopover();
        run();
      }}
    >
      {label}
    </button>
  );
  const arrange = t('layout.dockControls', { dock: title });
  // A menu's keys (WAI-ARIA menu pattern): arrows move between its items, Home and End to the ends.
  const moveFocus = (event: KeyboardEvent<HTMLDivElement>): void => {
    const items = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      event.key === 'ArrowDown'
        ? items[(at + 1) % items.length]
        : event.key === 'ArrowUp'
          ? items[(at - 1 + items.length) % items.length]
          : event.key === 'Home'
            ? items[0]
            : event.key === 'End'
              ? items.at(-1)
              : undefined;
    if (!next) return;
    event.preventDefault();
    next.focus();
  };
  const fold = t(place.collapsed ? 'layout.expand' : 'layout.collapse', { dock: title });

  return (
    <span className="dock-controls">
      <button
        ref={opener}
        type="button"
        className="dock-controls__button"
        aria-haspopup="menu"
        aria-label={arrange}
        title={arrange}
        popoverTarget={menuId}
      >
        ⋮
      </button>
      <button
        type="button"
        className="dock-controls__button"
        aria-expanded={!place.collapsed}
        aria-label={fold}
        title={fold}
        onClick={place.toggle}
      >
        {place.collapsed ? '▸' : '▾'}
      </button>
      <div
        className="dock-menu"
        popover="auto"
        role="menu"
        id={menuId}
        ref={menu}
        aria-label={arrange}
        onKeyDown={moveFocus}
      >
        {item(t('layout.moveUp', { dock: title }), () => place.move(-1), place.first)}
        {item(t('layout.moveDown', { dock: title }), () => place.move(1), place.last)}
        {item(t('layout.moveAcross', { dock: title }), place.moveAcross)}
      </div>
    </span>
  );
}
