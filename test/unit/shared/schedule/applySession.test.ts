import { describe, expect, it } from 'vitest';
import { addItem, addScene, createCollection } from '../../../../src/shared/scenes/edits';
import type { Source } from '../../../../src/shared/scenes/model';
import { applySession } from '../../../../src/shared/schedule/applySession';
import type { Session } from '../../../../src/shared/schedule/session';

const card = (id: string): Source => ({ id, kind: 'productCard', name: id, settings: { productId: null } });
const place = { transform: { x: 0, y: 0, width: 100, height: 100, rotation: 0 } };

describe('applySession', () => {
  it('sets the market, program and preview scenes, and the product cards in running order', () => {
    let c = createCollection({ id: 'main', name: 'Main' }, 'us-east');
    c = addScene(c, { id: 'factory', name: 'Factory' });
    c = addScene(c, { id: 'closeup', name: 'Close-up' });
    c = addItem(c, 'factory', card('card-a'), { id: 'item-a', ...place });
    c = addItem(c, 'closeup', card('card-b'), { id: 'item-b', ...place });
    c = addItem(c, 'closeup', card('card-c'), { id: 'item-c', ...place });
    const session: Session = {
      id: 's',
      title: 'Show',
      start: 0,
      durationMinutes: 60,
      markets: ['br', 'mx'],
      productIds: ['gone', 'scarf', 'runner'],
      sceneIds: ['deleted', 'factory', 'closeup'],
      languages: ['pt'],
      reminderMinutes: 0,
      notes: '',
    };
    const next = applySession(c, session, new Set(['scarf', 'runner']));
    expect(next.market).toBe('br');
    expect(next.programSceneId).toBe('factory');
    expect(next.previewSceneId).toBe('closeup');
    const products = next.sources
      .filter((s) => s.kind === 'productCard')
      .map((s) => (s.kind === 'productCard' ? s.settings.productId : undefined));
    expect(products).toEqual(['scarf', 'runner', 'scarf']);
  });
});
