import { z } from 'zod';

/**
 * Secrets the user can store. Their values go from the renderer to main once and
 * never come back: the renderer can only ask whether each is set.
 */
export const secretNames = [
  'livekitApiSecret',
  // Sent as a bearer token to the shop's LiveKit token endpoint.
  'livekitTokenEndpointKey',
  'obsPassword',
  // The translation provider's API key (DeepL, LibreTranslate, OpenAI-compatible, Google).
  'translationApiKey',
  // A shared calendar's private address is a credential: anyone holding it reads the calendar.
  'teamCalendarUrl',
  // The host's Google "Desktop app" OAuth client secret, for YouTube sign-in.
  'youtubeClientSecret',
  // A Facebook Page access token: reads the live video's comments and replies as the Page.
  'facebookPageToken',
] as const;

export const secretNameSchema = z.enum(secretNames);
export type SecretName = z.infer<typeof secretNameSchema>;

// An enum-keyed record requires every name: a status covers all secrets.
export const secretStatusSchema = z.record(secretNameSchema, z.boolean());
export type SecretStatus = z.infer<typeof secretStatusSchema>;
