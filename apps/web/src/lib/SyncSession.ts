import { currentLayout, type VersionedDocKind } from '@minga/doc-model';
import { isFinalCloseCode, type Role } from '@minga/schema';
import { IndexeddbPersistence } from 'y-indexeddb';
import { Awareness, removeAwarenessStates } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { SaveTracker } from './SaveTracker.ts';

/** Where a synced document stands, as the connection indicator shows it. */
export type SyncStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'refused';

export interface SyncState {
  status: SyncStatus;
  /** The final close code (4400–4499) when the server refused the connection. */
  closeCode: number | null;
  /** The copy kept in this browser (IndexedDB) has been loaded. */
  localLoaded: boolean;
  /** Some change made here is not yet known to be on the server's disk (see SaveTracker). */
  unsaved: boolean;
}

/** What others see of this person: in the "who is here" list and on their caret. */
export interface PresenceUser {
  name: string;
  color: string;
  /** A comment key is shown as a viewer: it writes no part of the document. */
  role: Role;
}

export interface SyncTarget {
  workspaceId: string;
  docId: string;
  key: string;
  /** The kind of doc, when its layout has a version: the app announces the layout it writes, so a server with a newer one refuses it (4426) instead of taking old writes. */
  kind?: VersionedDocKind;
  /** Keep a copy in IndexedDB (default). A presence doc has nothing worth keeping. */
  keepLocal?: boolean;
}

/** After this many failed attempts in a row, say "offline" rather than "reconnecting". */
const ATTEMPTS_BEFORE_OFFLINE = 3;

/** The IndexedDB database name of a document: one per workspace and doc, whatever the key. */
export function localDatabaseName(workspaceId: string, docId: string): string {
  return `minga:${workspaceId}:${docId}`;
}

function syncOrigin(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}`;
}

/**
 * One Yjs document kept in sync with the server and in IndexedDB.
 * The doc and its awareness live as long as the session; `start`/`stop` open and close the
 * network and storage, and may run several times (React's strict mode does).
 */
export class SyncSession {
  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);
  private provider: WebsocketProvider | null = null;
  private local: IndexeddbPersistence | null = null;
  private listeners = new Set<() => void>();
  private state: SyncState = { status: 'connecting', closeCode: null, localLoaded: false, unsaved: false };
  private readonly saves = new SaveTracker(this.doc, () => this.setState({ unsaved: this.saves.unsaved }));
  private detachSaves: (() => void) | null = null;
  private everSynced = false;
  private currentUser: PresenceUser | null = null;
  private readonly target: SyncTarget;

  constructor(target: SyncTarget) {
    this.target = target;
  }

  /** Opens the local copy and the connection to the server. */
  start(): void {
    if (this.provider) return;
    const { workspaceId, docId, key, kind } = this.target;
    this.announce();
    if (this.target.keepLocal === false) {
      this.setState({ localLoaded: true });
    } else {
      const local = new IndexeddbPersistence(localDatabaseName(workspaceId, docId), this.doc);
      void local.whenSynced.then(() => {
        if (this.local === local) this.setState({ localLoaded: true });
      });
      this.local = local;
    }

    const provider = new WebsocketProvider(`${syncOrigin()}/sync/${encodeURIComponent(workspaceId)}`, docId, this.doc, {
      params: kind ? { key, layout: String(currentLayout(kind)) } : { key },
      awareness: this.awareness,
      // Tabs must not relay each other's edits: only the server decides what a key may write.
      disableBc: true,
    });
    provider.on('status', this.refresh);
    provider.on('sync', this.refresh);
    provider.on('closed', this.onClosed);
    this.detachSaves = this.saves.attach(provider);
    this.provider = provider;
    window.addEventListener('online', this.refresh);
    window.addEventListener('offline', this.refresh);
    window.addEventListener('pagehide', this.leave);
    window.addEventListener('pageshow', this.announce);
    this.refresh();
  }

  /** Closes the connection and the local copy; the doc stays usable. */
  stop(): void {
    window.removeEventListener('online', this.refresh);
    window.removeEventListener('offline', this.refresh);
    window.removeEventListener('pagehide', this.leave);
    window.removeEventListener('pageshow', this.announce);
    this.leave();
    this.detachSaves?.();
    this.detachSaves = null;
    this.provider?.destroy();
    this.provider = null;
    void this.local?.destroy();
    this.local = null;
  }

  get user(): PresenceUser | null {
    return this.currentUser;
  }

  /** Sets how this person appears to the others (awareness field `user`, read by carets). */
  setUser(user: PresenceUser): void {
    this.currentUser = user;
    this.announce();
  }

  getState = (): SyncState => this.state;

  subscribe = (onChange: () => void): (() => void) => {
    this.listeners.add(onChange);
    return () => this.listeners.delete(onChange);
  };

  private setState(patch: Partial<SyncState>): void {
    const next = { ...this.state, ...patch };
    if ((Object.keys(next) as (keyof SyncState)[]).every((key) => next[key] === this.state[key])) return;
    this.state = next;
    this.listeners.forEach((listener) => listener());
  }

  private refresh = (): void => {
    const provider = this.provider;
    if (!provider || this.state.closeCode !== null) return;
    if (provider.wsconnected && provider.synced) {
      this.everSynced = true;
      this.setState({ status: 'connected' });
    } else if (!navigator.onLine || provider.wsUnsuccessfulReconnects >= ATTEMPTS_BEFORE_OFFLINE) {
      this.setState({ status: 'offline' });
    } else {
      this.setState({ status: this.everSynced ? 'reconnecting' : 'connecting' });
    }
  };

  private onClosed = (event: { code: number }): void => {
    if (isFinalCloseCode(event.code)) this.setState({ status: 'refused', closeCode: event.code });
  };

  /** (Re)publishes this person's awareness state, which `leave` clears. */
  private announce = (): void => {
    const state = this.awareness.getLocalState() ?? {};
    this.awareness.setLocalState(this.currentUser ? { ...state, user: this.currentUser } : state);
  };

  /** Tells the others at once that this person left, instead of after awareness's 30 s timeout. */
  private leave = (): void => {
    removeAwarenessStates(this.awareness, [this.doc.clientID], 'left');
  };
}
