import { useRef, type PointerEvent } from 'react';
import { updateItem } from '../../../shared/scenes/edits';
import { hitTest, resizeFromHandle, type Handle, type Point } from '../../../shared/scenes/layout';
import type { SceneCollection, SceneItem, Transform } from '../../../shared/scenes/model';
import { useScenes, useStudio } from '../studio/StudioContext';

const handles: Handle[] = ['nw', 'n', 'ne', 'e', 'se', 's', 'sw', 'w'];

interface Drag {
  itemId: string;
  handle?: Handle;
  start: Point;
  original: Transform;
}

/**
 * Mouse editing over the preview: click selects the topmost item, dragging
 * moves it, the handles resize it (Shift keeps the aspect ratio). The whole drag
 * is one undo step. Coordinates are output pixels whatever the preview's size.
 */
export function PreviewEditor({
  output,
  selected,
  onSelect,
  arrangement,
}: {
  output: { width: number; height: number };
  selected?: string;
  onSelect(itemId?: string): void;
  /**
   * Another arrangement of the preview scene to edit (the portrait one): its items as placed on
   * `output`, and how a moved item is stored. Without it, the scene's own (landscape) items.
   */
  arrangement?: {
    items: readonly SceneItem[];
    place(c: SceneCollection, sceneId: string, item: SceneItem, transform: Transform): SceneCollection;
  };
}) {
  const { editor } = useStudio();
  const { collection } = useScenes();
  const layer = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag>(undefined);
  const scene = collection.scenes.find((s) => s.id === collection.previewSceneId);
  const items = arrangement?.items ?? scene?.items ?? [];
  const item = items.find((i) => i.id === selected);

  const toOutput = (event: PointerEvent): Point => {
    const rect = layer.current?.getBoundingClientRect();
    if (!rect) return { x: 0, y: 0 };
    return {
      x: ((event.clientX - rect.left) / rect.width) * output.width,
      y: ((event.clientY - rect.top) / rect.height) * output.height,
    };
  };

  const begin = (event: PointerEvent, itemId: string, original: Transform, handle?: Handle): void => {
    event.stopPropagation();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { itemId, handle, start: toOutput(event), original };
  };

  const move = (event: PointerEvent): void => {
    const current = drag.current;
    if (!current || !scene) return;
    const point = toOutput(event);
    const delta = { x: point.x - current.start.x, y: point.y - current.start.y };
    const transform = current.handle
      ? resizeFromHandle(current.original, current.handle, delta, { keepAspect: event.shiftKey })
      : {
          ...current.original,
          x: Math.round(current.original.x + delta.x),
          y: Math.round(current.original.y + delta.y),
        };
    const moved = items.find((i) => i.id === current.itemId);
    if (!moved) return;
    editor.preview((c) =>
      arrangement
        ? arrangement.place(c, scene.id, moved, transform)
        : updateItem(c, scene.id, current.itemId, { transform }),
    );
  };

  const end = (): void => {
    if (!drag.current) return;
    drag.current = undefined;
    editor.commit((c) => c);
  };

  const pct = (value: number, total: number): string => `${(value / total) * 100}%`;

  return (
    <div
      ref={layer}
      className="preview-editor"
      onPointerDown={(event) => {
        if (!scene) return;
        const hit = hitTest(items, toOutput(event));
        onSelect(hit?.id);
        if (hit) begin(event, hit.id, hit.transform);
      }}
      onPointerMove={move}
      onPointerUp={end}
      onPointerCancel={() => {
        drag.current = undefined;
        editor.cancelGesture();
      }}
    >
      {item && (
        <div
          className="selection"
          data-testid="selection"
          style={{
            left: pct(item.transform.x, output.width),
            top: pct(item.transform.y, output.height),
            width: pct(item.transform.width, output.width),
            height: pct(item.transform.height, output.height),
            transform: `rotate(${item.transform.rotation}deg)`,
          }}
        >
          {handles.map((handle) => (
            <span
              key={handle}
              className={`selection__handle selection__handle--${handle}`}
              data-handle={handle}
              onPointerDown={(event) => begin(event, item.id, item.transform, handle)}
              onPointerMove={move}
              onPointerUp={end}
            />
          ))}
        </div>
      )}
    </div>
  );
}
