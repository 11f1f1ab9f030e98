import { useEffect } from 'react';
import { removeItem, setPreviewScene, updateItem } from '../../../shared/scenes/edits';
import type { StudioMedia } from '../studio/studioMedia';
import { isKeyTaken } from './typingTarget';

/**
 * Studio hotkeys, ignored while typing in a field:
 * 1-9 prepare a scene in preview; Enter fades it to program; C cuts;
 * Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z or Ctrl+Y redo; arrows nudge the selected
 * item (Shift: 10 px); Delete or Backspace removes it.
 */
export function useStudioHotkeys(
  media: StudioMedia | undefined,
  selected: string | undefined,
  onSelect: (id?: string) => void,
): void {
  useEffect(() => {
    if (!media) return;
    const { editor } = media;
    const onKey = (event: KeyboardEvent): void => {
      if (isKeyTaken(event)) return;
      const target = event.target as HTMLElement | null;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const collection = editor.collection;
      const sceneId = collection.previewSceneId;
      const item = collection.scenes.find((s) => s.id === sceneId)?.items.find((i) => i.id === selected);

      if (mod && key === 'z') {
        if (event.shiftKey) editor.redo();
        else editor.undo();
      } else if (mod && key === 'y') {
        editor.redo();
      } else if (!mod && !event.altKey && /^[1-9]$/.test(event.key)) {
        const scene = collection.scenes[Number(event.key) - 1];
        if (!scene) return;
        editor.commit((c) => setPreviewScene(c, scene.id));
        onSelect(undefined);
      } else if (!mod && event.key === 'Enter' && target?.tagName !== 'BUTTON') {
        media.transition('fade');
      } else if (!mod && key === 'c') {
        media.transition('cut');
      } else if (item && (event.key === 'Delete' || event.key === 'Backspace')) {
        editor.commit((c) => removeItem(c, sceneId, item.id));
        onSelect(undefined);
      } else if (item && event.key.startsWith('Arrow')) {
        const step = event.shiftKey ? 10 : 1;
        const dx = event.key === 'ArrowLeft' ? -step : event.key === 'ArrowRight' ? step : 0;
        const dy = event.key === 'ArrowUp' ? -step : event.key === 'ArrowDown' ? step : 0;
        const transform = { ...item.transform, x: item.transform.x + dx, y: item.transform.y + dy };
        editor.commit((c) => updateItem(c, sceneId, item.id, { transform }));
      } else {
        return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [media, selected, onSelect]);
}
