/** The Chromium executable the browser tests drive, or null when none is installed. */
export function findChromium(env?: NodeJS.ProcessEnv): string | null;
