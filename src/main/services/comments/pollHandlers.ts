import type { DomainHandlers } from '../../ipc/router';
import type { PollService } from './pollService';

export function pollHandlers(polls: PollService): DomainHandlers<'polls'> {
  return {
    'polls:get': () => polls.get(),
    'polls:create': ({ question, options }) => polls.create(question, options),
    'polls:vote': ({ pollId, voter, option }) => polls.vote(pollId, voter, option),
    'polls:close': () => polls.close(),
    'polls:clear': () => polls.clear(),
  };
}
