/** One item as the timeline draws it. */
export interface TimelineInput {
  id: string;
  minutes: number;
}

export interface TimelineSegment {
  id: string;
  minutes: number;
  /** Where the segment starts and how wide it is, in percent of the bar. */
  left: number;
  width: number;
  /** The part past the target duration, in percent of the segment (0 when it ends in time). */
  overflow: number;
}

export interface TimelineLayout {
  segments: TimelineSegment[];
  /** The minutes the bar spans: the target, or the total when it runs over. */
  scale: number;
  /** Unplanned minutes left before the target, drawn as an empty segment (null when none). */
  remaining: { minutes: number; left: number; width: number } | null;
  /** Where the target falls on the bar, in percent (100 unless the total runs over). */
  targetAt: number;
}

const percent = (minutes: number, scale: number) => (scale === 0 ? 0 : (minutes / scale) * 100);

/**
 * Lays items end to end on a bar of the target duration: each item's share, the minutes left,
 * and, when the total runs over, a bar as long as the total with the target marked on it.
 */
export function timelineSegments(items: readonly TimelineInput[], targetMinutes: number): TimelineLayout {
  const total = items.reduce((sum, item) => sum + item.minutes, 0);
  const scale = Math.max(total, targetMinutes);
  let offset = 0;
  const segments = items.map((item): TimelineSegment => {
    const start = offset;
    offset += item.minutes;
    const late = Math.max(0, offset - Math.max(start, targetMinutes));
    return {
      id: item.id,
      minutes: item.minutes,
      left: percent(start, scale),
      width: percent(item.minutes, scale),
      overflow: item.minutes === 0 ? 0 : (Math.min(late, item.minutes) / item.minutes) * 100,
    };
  });
  const left = targetMinutes - total;
  return {
    segments,
    scale,
    remaining: left > 0 ? { minutes: left, left: percent(total, scale), width: percent(left, scale) } : null,
    targetAt: percent(targetMinutes, scale),
  };
}
