import type { LiveRoomMode } from '../settings/settings';

export interface RoomModeRules {
  /** The studio publishes the composited picture (otherwise sound only). */
  publishVideo: boolean;
  /** Who else may speak in the room, by invitation. */
  guests: 'cohosts' | 'customer' | 'speakers' | 'none';
  /** At most this many invited guests at a time. */
  maxGuests: number;
  /** Guests publish their camera too (else microphone only). */
  guestVideo: boolean;
  /** The viewer page leads with the product rather than the picture. */
  productFirst: boolean;
  /**
   * How far the server may hold viewers' playout back, in ms (LiveKit's room playout delay), so
   * a packet the host's uplink lost can be resent in time instead of freezing the picture. A sale
   * to many viewers can take a fraction of a second of delay for a smooth picture; a conversation
   * cannot.
   */
  playoutDelayMs?: { min: number; max: number };
}

/**
 * How cross-border sellers use a room:
 * - show: the host live with invited co-hosts, whose cameras become compositor sources;
 * - consultation: one buyer at a time, on camera with the host (a B2B buyer checking the goods);
 * - voice: an audio-only room with several speakers (a Q&A, a supplier panel);
 * - showcase: the program and the product, no guests, product details first for viewers.
 */
export const roomModes: Record<LiveRoomMode, RoomModeRules> = {
  show: {
    publishVideo: true,
    guests: 'cohosts',
    maxGuests: 3,
    guestVideo: true,
    productFirst: false,
    playoutDelayMs: { min: 0, max: 1000 },
  },
  consultation: {
    publishVideo: true,
    guests: 'customer',
    maxGuests: 1,
    guestVideo: true,
    productFirst: false,
  },
  voice: { publishVideo: false, guests: 'speakers', maxGuests: 8, guestVideo: false, productFirst: false },
  showcase: {
    publishVideo: true,
    guests: 'none',
    maxGuests: 0,
    guestVideo: false,
    productFirst: true,
    playoutDelayMs: { min: 0, max: 1000 },
  },
};

/** The studio's participant attribute telling viewer pages the room's mode. */
export const roomModeAttribute = 'crosslive.mode';
