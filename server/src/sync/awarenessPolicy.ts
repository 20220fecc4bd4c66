import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { CLOSE_CODES, type Role } from '@minga/schema';
import { BadMessageError } from './BadMessageError.ts';

/*
 * What a socket may say in a room's awareness. Only the edit key may present (move the room's
 * slides) or show a cursor; a read-only socket (view or follow key) is shown as a viewer: a
 * name and a colour the server checked, nothing else. Sizes and rates are bounded so a flood
 * costs the sender its socket, not the server its memory.
 */

/** One entry of an awareness update: a client id, its clock and its state (null: gone). */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: Record<string, unknown> | null;
}

export const AWARENESS_LIMITS = {
  /** Bytes of one awareness message from an editor (name, colour, cursor, position). */
  maxBytes: 16 * 1024,
  /** Client ids one message may carry: a browser tab speaks for one, a reconnection for a few. */
  maxEntries: 8,
  /** Messages a socket may send in a burst, and how many a second it earns back. */
  burst: 100,
  perSecond: 30,
  /** Longest viewer name kept. */
  maxNameLength: 60,
} as const;

/** Decodes an awareness update; throws BadMessageError (4400, 4413) when malformed or too big. */
export function decodeAwareness(update: Uint8Array): AwarenessEntry[] {
  if (update.byteLength > AWARENESS_LIMITS.maxBytes) {
    throw new BadMessageError(`awareness message over ${AWARENESS_LIMITS.maxBytes} bytes`, CLOSE_CODES.messageTooBig);
  }
  const entries: AwarenessEntry[] = [];
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    if (count > AWARENESS_LIMITS.maxEntries) {
      throw new BadMessageError(`awareness message for ${count} clients`, CLOSE_CODES.messageTooBig);
    }
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state = JSON.parse(decoding.readVarString(decoder)) as unknown;
      if (state !== null && (typeof state !== 'object' || Array.isArray(state))) throw new Error('state is not an object');
      entries.push({ clientId, clock, state: state as Record<string, unknown> | null });
    }
  } catch (error) {
    if (error instanceof BadMessageError) throw error;
    throw new BadMessageError('malformed awareness update', CLOSE_CODES.badRequest);
  }
  return entries;
}

/** Encodes entries back into an awareness update, as y-protocols reads it. */
export function encodeAwareness(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}

const COLOR = /^#[0-9a-f]{6}$/i;

const normalName = (name: string) => name.normalize('NFKC').trim().toLocaleLowerCase();

/**
 * The state a read-only socket is shown with: `{ viewer: true, user: { name, color, role: 'view' } }`,
 * the name dropped when it is an editor's in the room (nobody passes for them), nothing else kept.
 */
export function viewerState(state: Record<string, unknown>, editorNames: ReadonlySet<string>): Record<string, unknown> {
  const user = state.user as { name?: unknown; color?: unknown } | undefined;
  const name = typeof user?.name === 'string' ? user.name.trim().slice(0, AWARENESS_LIMITS.maxNameLength) : '';
  if (!name || editorNames.has(normalName(name))) return { viewer: true };
  const color = typeof user?.color === 'string' && COLOR.test(user.color) ? user.color : '#555555';
  return { viewer: true, user: { name, color, role: 'view' } };
}

/** The normalised names editors show in an awareness, for `viewerState`. */
export function editorNamesOf(states: Map<number, Record<string, unknown>>, editorIds: Iterable<number>): Set<string> {
  const names = new Set<string>();
  for (const id of editorIds) {
    const name = (states.get(id)?.user as { name?: unknown } | undefined)?.name;
    if (typeof name === 'string' && name.trim()) names.add(normalName(name));
  }
  return names;
}

/** Rewrites a read-only socket's entries to viewer states; an editor's pass unchanged. */
export function screenEntries(entries: AwarenessEntry[], role: Role, editorNames: () => Set<string>): AwarenessEntry[] {
  if (role === 'edit') return entries;
  const names = editorNames();
  return entries.map((entry) => (entry.state === null ? entry : { ...entry, state: viewerState(entry.state, names) }));
}

/** A token bucket per socket: awareness and awareness queries past the rate close it with 4429. */
class AwarenessRate {
  private tokens: number = AWARENESS_LIMITS.burst;
  private last = performance.now();

  /** Spends one token; throws BadMessageError when the socket has none left. */
  take(): void {
    const now = performance.now();
    this.tokens = Math.min(AWARENESS_LIMITS.burst, this.tokens + ((now - this.last) / 1000) * AWARENESS_LIMITS.perSecond);
    this.last = now;
    if (this.tokens < 1) throw new BadMessageError('too many awareness messages', CLOSE_CODES.tooManyMessages);
    this.tokens -= 1;
  }
}

const rates = new WeakMap<object, AwarenessRate>();

/** Counts one awareness message (or query) of a socket; throws BadMessageError (4429) past the rate. */
export function takeAwarenessToken(socket: object): void {
  let rate = rates.get(socket);
  if (!rate) rates.set(socket, (rate = new AwarenessRate()));
  rate.take();
}
