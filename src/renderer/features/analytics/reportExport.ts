import type { ShowInfo } from '../../../shared/analytics/showReport';

/**
 * The report as one self-contained HTML file: the page as the host sees it, each chart as the
 * picture uPlot drew (a PNG inside the file) with its legend, and the tables as they are. It
 * opens offline in any browser, prints, and can be mailed as it is.
 */
export function reportHtml(
  view: HTMLElement,
  page: { title: string; language: string; dir: string },
): string {
  const copy = view.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[data-export="omit"]').forEach((node) => node.remove());
  const charts = [...view.querySelectorAll<HTMLElement>('.chart')];
  copy.querySelectorAll<HTMLElement>('.chart').forEach((chart, index) => {
    const original = charts[index];
    const canvas = original?.querySelector('canvas');
    const figure = document.createElement('figure');
    figure.className = 'chart-picture';
    if (canvas) {
      const image = document.createElement('img');
      image.src = canvas.toDataURL('image/png');
      image.alt = original?.getAttribute('aria-label') ?? '';
      image.width = Math.round(canvas.width / devicePixelRatio);
      figure.append(image);
    }
    const legend = original?.querySelector('.u-legend');
    if (legend) figure.append(legendList(legend));
    chart.replaceWith(figure);
  });
  const title = escapeHtml(page.title);
  return `<!doctype html>
<html lang="${escapeHtml(page.language)}" dir="${page.dir === 'rtl' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${exportStyle}</style>
</head>
<body>
${copy.outerHTML}
</body>
</html>
`;
}

/** uPlot's legend (a table styled by its stylesheet) as a plain list of coloured labels. */
function legendList(legend: Element): HTMLElement {
  const list = document.createElement('ul');
  list.className = 'chart-legend';
  legend.querySelectorAll<HTMLElement>('.u-series').forEach((row, index) => {
    const label = row.querySelector('.u-label')?.textContent;
    if (index === 0 || !label) return;
    const swatch = row.querySelector<HTMLElement>('.u-marker');
    const item = document.createElement('li');
    const mark = document.createElement('span');
    mark.className = 'chart-swatch';
    mark.style.background = swatch?.style.borderColor || swatch?.style.background || '';
    item.append(mark, label);
    list.append(item);
  });
  return list;
}

export function reportFileName(show: ShowInfo, extension: 'html' | 'csv'): string {
  const day = new Date(show.startedAt).toISOString().slice(0, 16).replace(':', '');
  return `crosslive-show-${day}.${extension}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const exportStyle = `
:root { color-scheme: dark; font-family: system-ui, 'Noto Sans', 'Noto Sans Arabic', 'Noto Sans CJK SC', sans-serif;
  background: #111318; color: #e8eaf0; font-size: 14px; }
body { margin: 24px auto; max-width: 1100px; padding-inline: 16px; }
.muted { color: #9aa1b2; }
h2 { margin-block: 0 4px; } h3 { margin-block: 24px 8px; }
.report-totals { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 8px; }
.report-totals div { background: #1a1d24; border: 1px solid #2e3340; border-radius: 8px; padding: 8px 12px; }
.report-totals dt { color: #9aa1b2; } .report-totals dd { margin: 0; font-size: 22px; font-weight: 600; }
.report-table { border-collapse: collapse; margin-block: 12px; min-width: 50%; }
.report-table th, .report-table td { border-bottom: 1px solid #2e3340; padding: 4px 10px; text-align: start; }
.report-table td { font-variant-numeric: tabular-nums; }
.chart-picture { margin: 0; background: #1a1d24; border-radius: 8px; padding: 8px; }
.chart-picture img { max-width: 100%; height: auto; display: block; }
.chart-legend { display: flex; flex-wrap: wrap; gap: 12px; list-style: none; padding: 0; margin: 8px 0 0; }
.chart-swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-inline-end: 6px; }
.report__poll { margin: 0 0 16px; }
`;
