/**
 * Fractional indexing: order keys are strings compared by code unit, and a key can always be
 * made between two others. A list stored as `id → { order }` in a Y.Map is then derived by
 * sorting; moving an item rewrites one field of that item only, so concurrent moves resolve by
 * last-writer-wins on that field and never duplicate or lose the item.
 *
 * Keys use the base-62 digits below (ascending in ASCII) and never end with the smallest digit,
 * which is what guarantees room between any two keys. The midpoint is the one of David
 * Greenspan's "Implementing Fractional Indexing" (also in the `fractional-indexing` package);
 * appending at either end takes the next digit, so a list grown one item at a time keeps
 * short keys.
 */

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ZERO = DIGITS[0] as string;
const LAST = DIGITS.length - 1;
const VALID_KEY = /^[0-9A-Za-z]*[1-9A-Za-z]$/;

/** True when `key` is an order key this module made (or could have made). */
export function isValidOrderKey(key: unknown): key is string {
  return typeof key === 'string' && key.length <= 1000 && VALID_KEY.test(key);
}

const digit = (c: string | undefined): number => (c === undefined ? -1 : DIGITS.indexOf(c));

/** A key strictly between `a` (or the start) and `b` (or the end), as balanced as can be. */
function midpoint(a: string, b: string | null): string {
  if (b !== null) {
    let n = 0;
    while ((a[n] ?? ZERO) === b[n]) n++;
    if (n > 0) return b.slice(0, n) + midpoint(a.slice(n), b.slice(n));
  }
  const da = a === '' ? 0 : digit(a[0]);
  const db = b === null ? DIGITS.length : digit(b[0]);
  if (db - da > 1) return DIGITS[Math.round((da + db) / 2)] as string;
  if (b !== null && b.length > 1) return b.slice(0, 1);
  return (DIGITS[da] as string) + midpoint(a.slice(1), null);
}

function after(a: string): string {
  const d = digit(a[0]);
  if (d < LAST) return DIGITS[d + 1] as string;
  return (DIGITS[LAST] as string) + (a.length > 1 ? after(a.slice(1)) : midpoint('', null));
}

function before(b: string): string {
  const d = digit(b[0]);
  if (d >= 2) return DIGITS[d - 1] as string;
  if (d === 1) return ZERO + midpoint('', null);
  return ZERO + before(b.slice(1));
}

function check(a: string | null, b: string | null): void {
  if (a !== null && !isValidOrderKey(a)) throw new Error(`invalid order key ${JSON.stringify(a)}`);
  if (b !== null && !isValidOrderKey(b)) throw new Error(`invalid order key ${JSON.stringify(b)}`);
  if (a !== null && b !== null && a >= b) throw new Error(`order keys out of order: ${a} >= ${b}`);
}

/** A key after `a` and before `b`; `null` stands for the start or the end of the list. */
export function keyBetween(a: string | null, b: string | null): string {
  check(a, b);
  if (a === null && b === null) return midpoint('', null);
  if (b === null) return after(a as string);
  if (a === null) return before(b);
  return midpoint(a, b);
}

/** `n` increasing keys between `a` and `b`, spread evenly so that later inserts stay short. */
export function keysBetween(a: string | null, b: string | null, n: number): string[] {
  check(a, b);
  if (n <= 0) return [];
  const mid = midpoint(a ?? '', b);
  const left = Math.floor((n - 1) / 2);
  return [...keysBetween(a, mid, left), mid, ...keysBetween(mid, b, n - 1 - left)];
}
