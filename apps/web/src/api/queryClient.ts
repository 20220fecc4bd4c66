import { QueryClient, notifyManager } from '@tanstack/react-query';
import { ApiError } from './ApiError.ts';

/** How many times a failed read is asked again before its error shows: only for failures that may pass. */
export const MAX_RETRIES = 2;

/**
 * Whether a failed read is worth asking again: no answer (offline, a proxy's 5xx) or a server
 * error may pass; a refusal (4xx: wrong key, not found, bad input) or an answer that does not read
 * as its schema (`bad_response`) will give the same answer again, so it shows at once.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (!(error instanceof ApiError)) return false;
  if (error.code === 'bad_response') return false;
  return error.isNetwork || error.status >= 500;
}

/** Half a second, then a second: an unreachable server is said within two seconds. */
export function retryDelay(attempt: number): number {
  return Math.min(500 * 2 ** attempt, 4000);
}

/**
 * The app's one cache of server answers (TanStack Query). Every REST read goes through it with a
 * key from `queryKeys`; mutations invalidate what they change. `networkMode: 'always'`: a request
 * is sent even when the browser says it is offline, and fails as ApiError `network`, which every
 * screen already words (the library's default would leave it waiting, paused, without a word).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, retryDelay, networkMode: 'always', refetchOnWindowFocus: true },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}

/**
 * Components hear of a change in the same task as the click that made it, as with React's own
 * state: a mutation's button is disabled, and a radio it checks stays checked, before anything else
 * can happen (the library's default, `setTimeout(0)`, left a task in between where a second click
 * sent twice and a controlled radio flipped back for a moment).
 */
notifyManager.setScheduler(queueMicrotask);

/** The app's client, given to every component by `QueryClientProvider` in main.tsx. */
export const queryClient = createQueryClient();
