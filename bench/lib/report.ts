/** Prints a bench's figures as one JSON object on the last line, the convention of bench/. */
export function report(figures: Record<string, number | string | boolean>): void {
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
