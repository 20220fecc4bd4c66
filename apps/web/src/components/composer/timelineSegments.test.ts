import { describe, expect, it } from 'vitest';
import { timelineSegments } from './timelineSegments.ts';

const items = (...minutes: number[]) => minutes.map((m, i) => ({ id: `i${i}`, minutes: m }));
const round = (n: number) => Math.round(n * 1000) / 1000;

describe('timelineSegments', () => {
  it('four items that fill the hour share the whole bar, nothing left', () => {
    const layout = timelineSegments(items(20, 15, 15, 10), 60);
    expect(layout.segments.map((s) => [round(s.left), round(s.width)])).toEqual([
      [0, 33.333],
      [33.333, 25],
      [58.333, 25],
      [83.333, 16.667],
    ]);
    expect(layout.remaining).toBeNull();
    expect(layout.targetAt).toBe(100);
    expect(layout.segments.every((s) => s.overflow === 0)).toBe(true);
  });

  it('a short session leaves the minutes still free at the end of the bar', () => {
    const layout = timelineSegments(items(30, 15), 60);
    expect(layout.remaining).toEqual({ minutes: 15, left: 75, width: 25 });
    expect(layout.scale).toBe(60);
  });

  it('a session over its target stretches the bar to the total and marks the target and the late part', () => {
    const layout = timelineSegments(items(40, 40), 60);
    expect(layout.scale).toBe(80);
    expect(layout.targetAt).toBe(75);
    expect(layout.remaining).toBeNull();
    expect(layout.segments[0]!.overflow).toBe(0);
    // 20 of the second item's 40 minutes fall after the hour.
    expect(layout.segments[1]!.overflow).toBe(50);
  });

  it('an item wholly after the target is late all through; a zero-minute item takes no room', () => {
    const layout = timelineSegments(items(60, 0, 10), 60);
    expect(layout.segments[1]).toMatchObject({ width: 0, overflow: 0 });
    expect(layout.segments[2]!.overflow).toBe(100);
  });

  it('no items and no target: an empty bar, no division by zero', () => {
    const layout = timelineSegments([], 0);
    expect(layout).toEqual({ segments: [], scale: 0, remaining: null, targetAt: 0 });
  });
});
