import type { Awareness } from 'y-protocols/awareness';
import { PRESENTING_FIELD, highestSeq, isNewer, newestPresenter, parsePresenting, type PresentingPosition } from './presenting.ts';
import { appendNavigation, parseNavigationLog, type NavigationEntry } from './timers.ts';

type ChannelMessage =
  | { type: 'hello' }
  | { type: 'position'; clientId: number; position: PresentingPosition };

export interface PresenterSyncOptions {
  /** BroadcastChannel between this browser's presenter and speaker windows. */
  channelName: string;
  /** The presence doc's awareness: followers read the position there. */
  awareness: Awareness;
  /** localStorage key of the navigation log the timers are computed from. */
  logKey: string;
}

/**
 * Keeps a presenter's windows on the same slide and tells the room where they are.
 *
 * - Windows of one browser (the projector and the speaker view) talk over a BroadcastChannel,
 *   which needs no network: a presenter who loses the wifi keeps both windows in step.
 * - The position is published in the presence doc's awareness (`presenting`), which followers
 *   read; y-websocket sends it again when the connection comes back.
 * - A presenter window on another device (a second laptop, a tablet as speaker view) is followed
 *   through awareness too. The newest position wins by `seq` (a Lamport clock), never by clock time.
 */
export class PresenterSync {
  private channel: BroadcastChannel | null = null;
  private current: { position: PresentingPosition; clientId: number } | null = null;
  private seen = 0;
  private readonly listeners = new Set<(position: PresentingPosition) => void>();
  private readonly watchers = new Set<() => void>();
  private readonly options: PresenterSyncOptions;

  constructor(options: PresenterSyncOptions) {
    this.options = options;
  }

  start(): void {
    if (typeof BroadcastChannel !== 'undefined' && !this.channel) {
      this.channel = new BroadcastChannel(this.options.channelName);
      this.channel.onmessage = (event: MessageEvent<unknown>) => this.onChannel(event.data);
      this.post({ type: 'hello' });
    }
    this.options.awareness.on('change', this.onAwareness);
    this.onAwareness();
  }

  stop(): void {
    this.options.awareness.off('change', this.onAwareness);
    this.channel?.close();
    this.channel = null;
  }

  get position(): PresentingPosition | null {
    return this.current?.position ?? null;
  }

  /** Called with every position that came from elsewhere (another window or device), to show it. */
  onRemote(listener: (position: PresentingPosition) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called after every change of position, from here or elsewhere (for useSyncExternalStore). */
  subscribe = (onChange: () => void): (() => void) => {
    this.watchers.add(onChange);
    return () => this.watchers.delete(onChange);
  };

  getPosition = (): PresentingPosition | null => this.current?.position ?? null;

  /** This window moved to a slide: the others follow. */
  navigate(slide: Omit<PresentingPosition, 'seq' | 'at'>): void {
    const seq = Math.max(this.seen, highestSeq(this.options.awareness.getStates())) + 1;
    const position: PresentingPosition = { ...slide, seq, at: Date.now() };
    const clientId = this.options.awareness.clientID;
    this.seen = seq;
    this.current = { position, clientId };
    this.log(position);
    this.publish(position);
    this.post({ type: 'position', clientId, position });
    this.watchers.forEach((watcher) => watcher());
  }

  /** The navigation log the timers read (shared by this browser's windows). */
  readLog(): NavigationEntry[] {
    try {
      return parseNavigationLog(JSON.parse(localStorage.getItem(this.options.logKey) ?? '[]'));
    } catch {
      return [];
    }
  }

  /** Starts the timers again from now. */
  resetLog(): void {
    const position = this.current?.position;
    this.writeLog(position ? [{ at: Date.now(), slideId: position.slideId }] : []);
  }

  private log(position: PresentingPosition): void {
    this.writeLog(appendNavigation(this.readLog(), { at: Date.now(), slideId: position.slideId }));
  }

  private writeLog(log: NavigationEntry[]): void {
    try {
      localStorage.setItem(this.options.logKey, JSON.stringify(log));
    } catch {
      // Storage full or refused: the timers start over, the presentation goes on.
    }
  }

  private publish(position: PresentingPosition): void {
    this.options.awareness.setLocalStateField(PRESENTING_FIELD, position);
  }

  private post(message: ChannelMessage): void {
    try {
      this.channel?.postMessage(message);
    } catch {
      // A closed channel: nothing to keep in step.
    }
  }

  /** Takes a position from elsewhere when it is newer; the log is written only by the window that moved. */
  private adopt(position: PresentingPosition, clientId: number, fromOtherDevice: boolean): void {
    this.seen = Math.max(this.seen, position.seq);
    if (!isNewer({ seq: position.seq, clientId }, this.current ? { seq: this.current.position.seq, clientId: this.current.clientId } : null)) return;
    this.current = { position, clientId };
    if (fromOtherDevice) this.log(position);
    this.publish(position);
    this.listeners.forEach((listener) => listener(position));
    this.watchers.forEach((watcher) => watcher());
  }

  private onChannel(data: unknown): void {
    if (typeof data !== 'object' || data === null) return;
    const message = data as { type?: unknown; clientId?: unknown; position?: unknown };
    if (message.type === 'hello') {
      if (this.current) this.post({ type: 'position', clientId: this.current.clientId, position: this.current.position });
      return;
    }
    if (message.type !== 'position' || typeof message.clientId !== 'number') return;
    const position = parsePresenting(message.position);
    if (position) this.adopt(position, message.clientId, false);
  }

  private onAwareness = (): void => {
    const states = this.options.awareness.getStates() as Map<number, Record<string, unknown>>;
    const presenter = newestPresenter(states, this.options.awareness.clientID);
    if (!presenter) return;
    // A window of this browser got there first over the channel: same position, nothing to do.
    if (this.current && this.current.position.seq === presenter.position.seq && this.current.position.slideId === presenter.position.slideId) return;
    this.adopt(presenter.position, presenter.clientId, true);
  };
}
