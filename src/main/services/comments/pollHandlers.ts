import type { DomainHandlers } from '../../ipc/router';
import type { PollService } from './pollService';

/** What the show's figures need to hear of polls (the ShowRecorder). */
export interface PollCounter {
  vote(pollId: string, option: number): void;
  poll(poll: NonNullable<ReturnType<PollService['get']>>): void;
}

export function pollHandlers(polls: PollService, counter: PollCounter): DomainHandlers<'polls'> {
  return {
    'polls:get': () => polls.get(),
    'polls:create': ({ question, options }) => polls.create(question, options),
    'polls:vote': ({ pollId, voter, option }) => {
      const poll = polls.vote(pollId, voter, option);
      if (poll) counter.vote(pollId, option);
      return poll;
    },
    'polls:close': () => {
      const poll = polls.close();
      counter.poll(poll);
      return poll;
    },
    'polls:clear': () => polls.clear(),
  };
}
