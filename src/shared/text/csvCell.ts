/**
 * One CSV cell: quoted when needed (RFC 4180), and a leading = + - @ defused so a spreadsheet
 * never runs a viewer's text as a formula.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
