import { useEffect, useRef } from 'react';
import { floorDb, meterIntervalMs } from '../../media/audio/levels';

/**
 * A peak level meter in dBFS, refreshed ten times a second straight into the DOM
 * (no React render per reading). Each reading covers the whole time since the last.
 */
export function LevelMeter({ label, read }: { label: string; read(): number }) {
  const meter = useRef<HTMLMeterElement>(null);
  useEffect(() => {
    const timer = setInterval(() => {
      const level = Math.round(read());
      // Only a change is written: each write restyles the page, ten times a second per meter.
      if (meter.current && meter.current.value !== level) meter.current.value = level;
    }, meterIntervalMs);
    return () => clearInterval(timer);
  }, [read]);
  return (
    <meter
      ref={meter}
      className="level-meter"
      aria-label={label}
      min={floorDb}
      max={0}
      low={-18}
      high={-6}
      optimum={-12}
      defaultValue={floorDb}
    />
  );
}
