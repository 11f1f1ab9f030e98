import type { ErrorCode } from './errors';

/** What every IPC call returns: never a thrown error across the boundary. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export interface IpcError {
  code: ErrorCode;
  /** English detail for logs; the UI shows the translated message for `code`. */
  message: string;
}

export const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });

export const fail = (code: ErrorCode, message: string): IpcResult<never> => ({
  ok: false,
  error: { code, message },
});
