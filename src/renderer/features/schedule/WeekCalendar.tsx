import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { marketById } from '../../../shared/markets/markets';
import type { BusyEvent, Session } from '../../../shared/schedule/session';
import { sessionEnd } from '../../../shared/schedule/session';
import type { WeightedSpan } from '../../../shared/schedule/timeline';
import { layoutBlocks, moveOnClock, type Week } from './weekLayout';
import type { ScheduleFormat } from './useScheduleFormat';

/** Each target market's local start, "US 07:00 · BR 09:00": what the host plans around. */
function marketTimes(session: Session, format: ScheduleFormat): string {
  return session.markets
    .map((id) => {
      const market = marketById(id);
      return `${market.country}${market.area ? `-${market.area[0]?.toUpperCase() ?? ''}` : ''} ${format.time(session.start, market.timeZone)}`;
    })
    .join(' · ');
}

/** Pixels per minute of the day. */
const scale = 0.75;
const snapMinutes = 15;
const hours = Array.from({ length: 24 }, (_, h) => h);

interface WeekCalendarProps {
  week: Week;
  sessions: readonly Session[];
  busy: readonly BusyEvent[];
  /** Peak hours of the chosen markets, shaded behind the sessions. */
  peaks: readonly WeightedSpan[];
  conflicts: ReadonlySet<string>;
  selectedId: string | undefined;
  format: ScheduleFormat;
  onSelect(id: string): void;
  onMove(session: Session, start: number): void;
}

interface Drag {
  id: string;
  pointerId: number;
  x: number;
  y: number;
  columnWidth: number;
  rtl: boolean;
  days: number;
  minutes: number;
}

/**
 * The week on the host's clock. Sessions are dragged (or moved with the arrow
 * keys) in 15-minute steps; the new start is worked out on the host's local
 * clock, so a move across a DST change keeps its wall time.
 */
export function WeekCalendar(props: WeekCalendarProps) {
  const { week, format } = props;
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<Drag>();

  useEffect(() => {
    // Open on the working day rather than at midnight, once the body has a
    // height to scroll in (it may first mount inside a hidden Suspense tree).
    const body = scroller.current;
    if (!body) return;
    const observer = new ResizeObserver(() => {
      if (body.clientHeight === 0 || body.scrollHeight <= body.clientHeight) return;
      body.scrollTop = 8 * 60 * scale;
      observer.disconnect();
    });
    observer.observe(body);
    return () => observer.disconnect();
  }, []);

  const sessionBlocks = layoutBlocks(
    week,
    props.sessions.map((session) => ({ session, start: session.start, end: sessionEnd(session) })),
  );
  const busyBlocks = layoutBlocks(week, props.busy);
  const peakBlocks = layoutBlocks(week, props.peaks);

  const move = (session: Session, days: number, minutes: number): void => {
    if (days === 0 && minutes === 0) return;
    props.onMove(session, moveOnClock(format.hostTimeZone, session.start, days, minutes));
  };

  const onPointerDown = (event: PointerEvent<HTMLElement>, session: Session): void => {
    if (event.button !== 0) return;
    const column = event.currentTarget.parentElement;
    event.currentTarget.setPointerCapture(event.pointerId);
    props.onSelect(session.id);
    setDrag({
      id: session.id,
      pointerId: event.pointerId,
      x: event.clientX,
      y: event.clientY,
      columnWidth: column?.getBoundingClientRect().width ?? 1,
      rtl: getComputedStyle(event.currentTarget).direction === 'rtl',
      days: 0,
      minutes: 0,
    });
  };

  const onPointerMove = (event: PointerEvent<HTMLElement>): void => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    const dx = (event.clientX - drag.x) * (drag.rtl ? -1 : 1);
    const minutes = Math.round((event.clientY - drag.y) / scale / snapMinutes) * snapMinutes;
    setDrag({ ...drag, days: Math.round(dx / drag.columnWidth), minutes });
  };

  const onPointerUp = (event: PointerEvent<HTMLElement>, session: Session): void => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    setDrag(undefined);
    move(session, drag.days, drag.minutes);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>, session: Session): void => {
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const steps: Record<string, [number, number]> = {
      ArrowUp: [0, -snapMinutes],
      ArrowDown: [0, snapMinutes],
      ArrowLeft: [rtl ? 1 : -1, 0],
      ArrowRight: [rtl ? -1 : 1, 0],
    };
    const step = steps[event.key];
    if (!step) return;
    event.preventDefault();
    move(session, step[0], step[1]);
  };

  return (
    <div className="week" role="grid" aria-label={t('schedule.calendar.label')}>
      <div className="week__head" role="row">
        <span className="week__gutter" />
        {week.days.map((day) => (
          <span key={day.iso} role="columnheader" className="week__day-name">
            {format.day(day.start)}
          </span>
        ))}
      </div>
      <div className="week__body" ref={scroller}>
        <div className="week__gutter" aria-hidden="true">
          {hours.map((h) => (
            <span key={h} className="week__hour" style={{ blockSize: 60 * scale }}>
              {`${String(h).padStart(2, '0')}:00`}
            </span>
          ))}
        </div>
        {week.days.map((day, dayIndex) => (
          <div key={day.iso} className="week__column" role="gridcell" style={{ blockSize: 1440 * scale }}>
            {peakBlocks
              .filter((b) => b.dayIndex === dayIndex)
              .map((b) => (
                <span
                  key={`peak-${b.item.start}`}
                  className="week__peak"
                  style={{
                    insetBlockStart: b.top * scale,
                    blockSize: (b.bottom - b.top) * scale,
                    opacity: 0.1 + 0.25 * b.item.weight,
                  }}
                />
              ))}
            {busyBlocks
              .filter((b) => b.dayIndex === dayIndex)
              .map((b) => (
                <span
                  key={`busy-${b.item.uid}`}
                  className="week__busy"
                  title={b.item.title}
                  style={{ insetBlockStart: b.top * scale, blockSize: (b.bottom - b.top) * scale }}
                >
                  <bdi>{b.item.title}</bdi>
                </span>
              ))}
            {sessionBlocks
              .filter((b) => b.dayIndex === dayIndex)
              .map((b) => {
                const { session } = b.item;
                const dragging = drag?.id === session.id ? drag : undefined;
                const conflict = props.conflicts.has(session.id);
                const classes = ['week__session'];
                if (session.id === props.selectedId) classes.push('week__session--selected');
                if (conflict) classes.push('week__session--conflict');
                if (dragging) classes.push('week__session--dragging');
                return (
                  <button
                    key={`${session.id}-${dayIndex}`}
                    type="button"
                    className={classes.join(' ')}
                    data-session-id={session.id}
                    aria-pressed={session.id === props.selectedId}
                    aria-label={t('schedule.calendar.sessionLabel', {
                      title: session.title,
                      time: format.dayTime(session.start),
                    })}
                    title={marketTimes(session, format)}
                    style={{
                      insetBlockStart: b.top * scale,
                      blockSize: (b.bottom - b.top) * scale,
                      transform: dragging
                        ? `translate(${dragging.days * dragging.columnWidth * (dragging.rtl ? -1 : 1)}px, ${dragging.minutes * scale}px)`
                        : undefined,
                    }}
                    onPointerDown={(e) => onPointerDown(e, session)}
                    onPointerMove={onPointerMove}
                    onPointerUp={(e) => onPointerUp(e, session)}
                    onPointerCancel={() => setDrag(undefined)}
                    onClick={() => props.onSelect(session.id)}
                    onKeyDown={(e) => onKeyDown(e, session)}
                  >
                    <span className="week__session-time">
                      {b.continued ? '… ' : ''}
                      {format.range(session.start, sessionEnd(session))}
                    </span>
                    <bdi className="week__session-title">{session.title}</bdi>
                    <span className="week__session-markets">{marketTimes(session, format)}</span>
                    {conflict && <span className="week__conflict">{t('schedule.calendar.conflict')}</span>}
                  </button>
                );
              })}
          </div>
        ))}
      </div>
    </div>
  );
}
