import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface UPlotChartProps {
  /** Read by screen readers in place of the canvas; the figures are in the tables beside it too. */
  label: string;
  data: uPlot.AlignedData;
  options: (width: number, height: number) => uPlot.Options;
  height?: number;
}

/**
 * A uPlot chart that fills its container's width and follows it when the page resizes. uPlot
 * (50 kB, canvas) draws a four-hour show's 1,440 points per market in a few milliseconds; the
 * `data-drawn` attribute marks the first complete draw (tests and the report bench wait on it).
 */
export function UPlotChart({ label, data, options, height = 220 }: UPlotChartProps) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const width = Math.max(200, element.clientWidth);
    const base = options(width, height);
    const drawn = (): void => void element.setAttribute('data-drawn', 'true');
    const chart = new uPlot(
      { ...base, hooks: { ...base.hooks, draw: [...(base.hooks?.draw ?? []), drawn] } },
      data,
      element,
    );
    const resize = new ResizeObserver(() => {
      const next = Math.max(200, element.clientWidth);
      if (next !== chart.width) chart.setSize({ width: next, height });
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
      element.removeAttribute('data-drawn');
    };
  }, [data, options, height]);
  return <div ref={host} className="chart" role="img" aria-label={label} dir="ltr" />;
}
