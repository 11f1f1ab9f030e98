import { z } from 'zod';

/**
 * The random key a viewer page keeps in its browser and sends to the token endpoint as
 * `participant_identity`; main derives the viewer's stable identity from it
 * (main/services/live/viewerIdentities.ts, renderer/viewer/viewerBrowserKey.ts).
 */
export const browserKeySchema = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/);
