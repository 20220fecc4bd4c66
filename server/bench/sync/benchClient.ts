// One real y-websocket client (WebsocketProvider over `ws`), as a browser tab runs it. Each edit
// carries its send time in the doc (`sent`: key → performance.now()), read back by the others.
import * as Y from 'yjs';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import type { DeliveryRecorder } from './deliveryRecorder.ts';

/** Where a client of one server connects: y-websocket's `serverUrl` + `roomname` + `params`. */
export interface SyncEndpoint {
  serverUrl: string;
  params: Record<string, string>;
}

/** One editor on one doc: types, and reports every edit it receives from the others. */
export class BenchClient {
  readonly doc = new Y.Doc();
  readonly text = this.doc.getText('text');
  private readonly sent = this.doc.getMap<number>('sent');
  readonly provider: WebsocketProvider;
  /** Sockets closed under this client (each followed by y-websocket's reconnection). */
  closes = 0;
  private seq = 0;

  constructor(
    endpoint: SyncEndpoint,
    docName: string,
    private readonly name: string,
    private readonly recorder: DeliveryRecorder,
  ) {
    this.sent.observe((event, transaction) => {
      if (transaction.local) return;
      const receivedAt = performance.now();
      for (const key of event.keysChanged) this.recorder.received(key, receivedAt - (this.sent.get(key) ?? receivedAt));
    });
    this.provider = new WebsocketProvider(endpoint.serverUrl, docName, this.doc, {
      params: endpoint.params,
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    this.provider.on('connection-close', () => {
      this.closes++;
    });
  }

  /** Resolves once the first sync with the server is complete. */
  synced(timeoutMs: number): Promise<void> {
    if (this.provider.synced) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name} did not sync within ${timeoutMs} ms`)), timeoutMs);
      const onSync = (isSynced: boolean) => {
        if (!isSynced) return;
        clearTimeout(timer);
        this.provider.off('sync', onSync);
        resolve();
      };
      this.provider.on('sync', onSync);
    });
  }

  /** Types `chars` at a spot of the text, stamped with the send time; `receivers` should see it. */
  type(chars: string, receivers: number): void {
    const key = `${this.name}:${this.seq++}`;
    this.recorder.sent(key, receivers);
    this.doc.transact(() => {
      const at = this.text.length === 0 ? 0 : (this.seq * 7919) % (this.text.length + 1);
      this.text.insert(at, chars);
      this.sent.set(key, performance.now());
    });
  }

  destroy(): void {
    this.provider.destroy();
    this.doc.destroy();
  }
}

/** Opens `clients` with at most `concurrency` connecting at once; resolves when all have synced. */
export async function connectAll(open: (() => BenchClient)[], concurrency: number, timeoutMs = 60_000): Promise<BenchClient[]> {
  const clients: BenchClient[] = [];
  let next = 0;
  const lane = async () => {
    while (next < open.length) {
      const client = open[next++]!();
      clients.push(client);
      await client.synced(timeoutMs);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, open.length) }, lane));
  return clients;
}
