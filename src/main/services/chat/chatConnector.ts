import type { ChatConnectorStatus } from '../../../shared/chat/chatConnectorStatus';
import type { ChatPlatform } from '../../../shared/chat/chatPlatforms';
import type { Comment, IncomingComment } from '../../../shared/comments/comment';
import type { DeviceCode } from './oauth/deviceCodeSignIn';

/** What a connector is given while it runs. */
export interface ConnectorRun {
  signal: AbortSignal;
  /** One message into the studio's comment pipeline (moderation, detection, translation). */
  take(comment: Omit<IncomingComment, 'source'>): void;
  /** Reading the chat now: `account` names who is signed in and which chat. */
  listening(account: string): void;
  /** Extra figures for the status (YouTube's quota). */
  report(patch: Partial<Pick<ChatConnectorStatus, 'quota'>>): void;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

export interface SignIn {
  signal: AbortSignal;
  /** Twitch: the code the host types at the platform's address. */
  showCode(code: DeviceCode): void;
}

/**
 * One platform's chat. `run` reads until the signal aborts, and throws a PlatformRefusal when the
 * platform refuses or the connection drops (the supervisor waits and runs it again, from the
 * cursor it kept); `reply` answers a comment of this platform on it.
 */
export interface ChatConnector {
  readonly platform: ChatPlatform;
  /** Set up enough to try (a client id, a Page token). */
  configured(): boolean;
  signedIn(): boolean;
  /** Platforms with an OAuth flow; Facebook's Page token is entered as a secret instead. */
  signIn?(signIn: SignIn): Promise<void>;
  signOut(): void;
  run(run: ConnectorRun): Promise<void>;
  reply(comment: Comment, text: string, toEveryone: boolean): Promise<void>;
}
