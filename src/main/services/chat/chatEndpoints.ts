/**
 * Where each platform's APIs live. The studio uses the real ones; tests point them at local
 * servers that speak the same wire formats (test/support/platforms).
 */
export interface ChatEndpoints {
  /** Google's OAuth 2.0 for installed apps: https://developers.google.com/identity/protocols/oauth2/native-app */
  googleAuthorize: string;
  googleToken: string;
  /** The YouTube Data API v3 (its Live Streaming methods). */
  youtube: string;
  /** Twitch's OAuth server (device code, token, validate). */
  twitchId: string;
  /** Helix. */
  twitchApi: string;
  twitchEventSub: string;
  /** The Graph API, versioned. */
  facebookGraph: string;
  /** The Graph API's live comment stream (Server-Sent Events). */
  facebookStream: string;
}

export const platformEndpoints: ChatEndpoints = {
  googleAuthorize: 'https://accounts.google.com/o/oauth2/v2/auth',
  googleToken: 'https://oauth2.googleapis.com/token',
  youtube: 'https://www.googleapis.com/youtube/v3',
  twitchId: 'https://id.twitch.tv/oauth2',
  twitchApi: 'https://api.twitch.tv/helix',
  twitchEventSub: 'wss://eventsub.wss.twitch.tv/ws',
  facebookGraph: 'https://graph.facebook.com/v21.0',
  facebookStream: 'https://streaming-graph.facebook.com',
};
