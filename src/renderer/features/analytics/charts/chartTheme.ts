/**
 * Series colours, distinguishable on the studio's dark panels and in print (the exported
 * report): one per market or language, in the order the report ranks them.
 */
export const seriesColors = [
  '#4f8cff',
  '#f5a524',
  '#30a46c',
  '#e5484d',
  '#a371f7',
  '#3fc1c9',
  '#e879b9',
  '#b5bd68',
];

export const chartTheme = {
  axis: '#9aa1b2',
  grid: 'rgba(154, 161, 178, 0.18)',
  scene: 'rgba(232, 234, 240, 0.55)',
  product: '#f5a524',
} as const;

export function colorAt(index: number): string {
  return seriesColors[index % seriesColors.length] ?? '#4f8cff';
}
