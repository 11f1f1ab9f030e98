import { useEffect, useRef } from 'react';
import { arrangeForCanvas, portraitBase } from '../../../shared/scenes/canvasArrangement';
import type { Scene, SceneItem } from '../../../shared/scenes/model';
import { drawScene } from '../../media/compositor/drawScene';
import { useStudio } from '../studio/StudioContext';

/** A phone-sized look at the preview scene, redrawn this often: for placing, not for the stream. */
const fps = 15;

/** The preview scene as portrait destinations will show it (its portrait arrangement). */
export function PortraitPreview({ label }: { label: string }) {
  const media = useStudio();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const element = canvas.current;
    const ctx = element?.getContext('2d', { alpha: false });
    if (!element || !ctx) return;
    let arranged: { scene: Scene; items: SceneItem[] } | undefined;
    const timer = setInterval(() => {
      const { collection } = media.editor;
      const scene = collection.scenes.find((s) => s.id === collection.previewSceneId);
      ctx.fillStyle = '#000000';
      ctx.fillRect(0, 0, element.width, element.height);
      if (!scene) return;
      if (arranged?.scene !== scene) {
        const items = arrangeForCanvas(
          scene.items,
          collection.sources,
          media.compositor.size,
          portraitBase,
          scene.portrait,
        );
        arranged = { scene, items };
      }
      drawScene(
        ctx,
        { ...scene, items: arranged.items },
        media.sources,
        element.width / portraitBase.width,
        1,
      );
    }, 1000 / fps);
    return () => clearInterval(timer);
  }, [media]);
  return (
    <canvas
      ref={canvas}
      className="portrait-preview"
      width={360}
      height={640}
      role="img"
      aria-label={label}
    />
  );
}
