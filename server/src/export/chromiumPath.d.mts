/** The Chromium executable to drive (MINGA_CHROMIUM, or a usual place), or null when none is installed. */
export function findChromium(env?: NodeJS.ProcessEnv): string | null;
