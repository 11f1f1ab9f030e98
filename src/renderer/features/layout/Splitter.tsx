import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

interface SplitterProps {
  label: string;
  /** The size it changes, in px, and the way a drag makes it bigger. */
  value: number;
  /** The size as drawn, where it is not set yet (a dock as tall as its content). */
  measure?: () => number;
  min: number;
  max: number;
  growsToward: 'left' | 'right' | 'down';
  /** While dragging: the size under the pointer, for the screen only. */
  onDrag(value: number): void;
  /** Drag released or a key pressed: the size to keep. */
  onCommit(value: number): void;
  /** Double-click: back to the default. */
  onReset(): void;
}

const keyStep = 16;

/**
 * A drag handle between two docks or a column and the stage, also worked from the keyboard
 * (arrows, Shift for bigger steps), as WAI-ARIA's window splitter pattern describes.
 */
export function Splitter({
  label,
  value,
  measure,
  min,
  max,
  growsToward,
  onDrag,
  onCommit,
  onReset,
}: SplitterProps) {
  const drag = useRef<{ pointer: number; from: number; value: number }>(undefined);
  const vertical = growsToward !== 'down';
  const clamp = (v: number): number => Math.round(Math.min(max, Math.max(min, v)));
  const position = (event: PointerEvent): number => (vertical ? event.clientX : event.clientY);
  const sizeAt = (event: PointerEvent, start: { pointer: number; from: number }): number => {
    const moved = position(event) - start.pointer;
    return clamp(start.from + (growsToward === 'left' ? -moved : moved));
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    const step = event.shiftKey ? keyStep * 4 : keyStep;
    const from = measure?.() ?? value;
    const grow = vertical ? (growsToward === 'right' ? 'ArrowRight' : 'ArrowLeft') : 'ArrowDown';
    const shrink = vertical ? (growsToward === 'right' ? 'ArrowLeft' : 'ArrowRight') : 'ArrowUp';
    if (event.key === grow) onCommit(clamp(from + step));
    else if (event.key === shrink) onCommit(clamp(from - step));
    else if (event.key === 'Enter') onReset();
    else return;
    event.preventDefault();
  };

  return (
    <div
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-orientation={vertical ? 'vertical' : 'horizontal'}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      className={`splitter splitter--${vertical ? 'vertical' : 'horizontal'}`}
      onPointerDown={(event) => {
        if (event.button !== 0) return;
        event.currentTarget.setPointerCapture(event.pointerId);
        const from = measure?.() ?? value;
        drag.current = { pointer: position(event), from, value: from };
      }}
      onPointerMove={(event) => {
        if (!drag.current) return;
        drag.current.value = sizeAt(event, drag.current);
        onDrag(drag.current.value);
      }}
      onPointerUp={(event) => {
        if (!drag.current) return;
        const size = sizeAt(event, drag.current);
        drag.current = undefined;
        onCommit(size);
      }}
      onPointerCancel={() => {
        if (drag.current) onCommit(drag.current.value);
        drag.current = undefined;
      }}
      onDoubleClick={onReset}
      onKeyDown={onKeyDown}
    />
  );
}
