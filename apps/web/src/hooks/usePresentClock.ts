import { useEffect, useState } from 'react';

/** The time now, refreshed every `ms` (the speaker view's clock and timers). */
export function usePresentClock(ms = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), ms);
    return () => window.clearInterval(timer);
  }, [ms]);
  return now;
}
