import type { Room, RoomEvent } from 'livekit-client';
import type { IncomingComment, ReplyResult } from '../../../shared/comments/comment';
import {
  decodeShowData,
  encodeShowData,
  marketAttribute,
  showTopics,
  voteMessageSchema,
} from '../../../shared/live/showData';
import { call } from '../../ipc/studio';

/**
 * Viewer comments from the room, in LiveKit's chat conventions (text streams
 * on `lk.chat`, and the older chat packets), handed to main, which moderates,
 * detects, translates and keeps them. Replies go back as data to the asker
 * (or everyone), already in their language. Poll votes go to main too.
 */
export class LiveChat {
  private room: Room | undefined;

  /**
   * Takes in the room's comments from now on (and no longer another room's). Attached as soon as
   * a room is joined, standby included: livekit-client drops a text stream no handler is
   * registered for, so a viewer's "sent" question would be lost. `events` is livekit-client's
   * RoomEvent, passed in because the library loads on first use.
   */
  attach(room: Room, events: typeof RoomEvent): void {
    if (this.room === room) return;
    this.detach();
    this.room = room;
    room.registerTextStreamHandler(showTopics.chat, (reader, from) => {
      const attributes = reader.info.attributes ?? {};
      void reader.readAll().then((text) => {
        const participant = room.remoteParticipants.get(from.identity);
        this.ingest({
          source: 'livekit',
          authorId: from.identity,
          authorName: participant?.name ?? '',
          text,
          language: attributes['language'],
          market: attributes[marketAttribute] ?? participant?.attributes[marketAttribute],
        });
      });
    });
    room.on(events.DataReceived, (payload, participant, _kind, topic) => {
      if (topic !== showTopics.vote || !participant) return;
      const vote = decodeShowData(voteMessageSchema, payload);
      if (!vote) return;
      call('polls:vote', { ...vote, voter: participant.identity }).catch((error: unknown) =>
        console.warn('vote not counted', error),
      );
    });
    room.on(events.ChatMessage, (message, participant) => {
      if (!participant || participant === room.localParticipant) return;
      this.ingest({
        source: 'livekit',
        authorId: participant.identity,
        authorName: participant.name ?? '',
        text: message.message,
        market: participant.attributes[marketAttribute],
      });
    });
  }

  detach(): void {
    this.room?.unregisterTextStreamHandler(showTopics.chat);
    this.room = undefined;
  }

  async sendReply(reply: ReplyResult): Promise<void> {
    const room = this.room;
    if (!room || reply.via !== 'room') return;
    await room.localParticipant.publishData(
      encodeShowData({ question: reply.question, text: reply.text, language: reply.language }),
      { reliable: true, topic: showTopics.reply, destinationIdentities: reply.to ? [reply.to] : undefined },
    );
  }

  private ingest(comment: IncomingComment & { source: 'livekit' }): void {
    if (!comment.text.trim()) return;
    call('comments:ingest', comment).catch((error: unknown) => console.warn('comment not taken in', error));
  }
}
