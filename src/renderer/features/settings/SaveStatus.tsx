/** The outcome of a save beside its button: announced politely, or as an alert when it failed. */
export interface SaveStatusValue {
  kind: 'saved' | 'error';
  text: string;
}

export function SaveStatus({ status }: { status?: SaveStatusValue }) {
  if (!status) return null;
  return (
    <span
      role={status.kind === 'error' ? 'alert' : 'status'}
      className={`save-status save-status--${status.kind}`}
    >
      {status.text}
    </span>
  );
}
