import { useEffect, useRef } from 'react';

/** Shows a canvas the compositor owns; the canvas outlives this component. */
export function CanvasHost({ canvas, label }: { canvas: HTMLCanvasElement; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    canvas.setAttribute('aria-label', label);
    canvas.setAttribute('role', 'img');
    element.append(canvas);
    return () => canvas.remove();
  }, [canvas, label]);
  return <div ref={host} className="canvas-host" />;
}
