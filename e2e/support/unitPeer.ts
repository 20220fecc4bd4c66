import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { currentLayout } from '@minga/doc-model';

/** A stock y-websocket client on one unit's document, in sync with the server. */
export interface UnitPeer {
  doc: Y.Doc;
  close(): void;
}

/**
 * Connects to a unit's document as any client with a key can (the app's, or a modified one), and
 * resolves once it is in sync.
 */
export async function connectUnitPeer(origin: string, workspaceId: string, unitId: string, key: string, timeoutMs = 15_000): Promise<UnitPeer> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${origin.replace(/^http/, 'ws')}/sync/${encodeURIComponent(workspaceId)}`, unitId, doc, {
    params: { key, layout: String(currentLayout('unit')) },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const close = () => {
    provider.destroy();
    doc.destroy();
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no sync with unit ${unitId} within ${timeoutMs} ms`)), timeoutMs);
      provider.on('sync', (synced: boolean) => {
        if (!synced) return;
        clearTimeout(timer);
        resolve();
      });
    });
  } catch (error) {
    close();
    throw error;
  }
  return { doc, close };
}

/** Reads the server's copy of a unit through a fresh connection: proof that a change reached it. */
export async function readOnServer<T>(origin: string, workspaceId: string, unitId: string, key: string, read: (doc: Y.Doc) => T): Promise<T> {
  const peer = await connectUnitPeer(origin, workspaceId, unitId, key, 5_000);
  try {
    return read(peer.doc);
  } finally {
    peer.close();
  }
}
