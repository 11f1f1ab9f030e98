import { z } from 'zod';

export const pollCreateSchema = z
  .object({
    question: z.string().trim().min(1).max(200),
    options: z.array(z.string().trim().min(1).max(80)).min(2).max(6),
  })
  .strict();

export const pollVoteSchema = z
  .object({
    pollId: z.string().min(1).max(64),
    voter: z.string().min(1).max(128),
    option: z.number().int().min(0).max(5),
  })
  .strict();
