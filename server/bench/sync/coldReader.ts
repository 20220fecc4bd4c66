// Worker thread of the sync bench: opens the cold doc twice (cold, then warm) and reports how long
// each open took. It runs apart from the bench's main thread so that applying a large doc here does
// not hold back the receipts the main thread times for the other docs' clients.
import { parentPort, workerData } from 'node:worker_threads';
import { BenchClient, type SyncEndpoint } from './benchClient.ts';
import { DeliveryRecorder } from './deliveryRecorder.ts';

/** What the bench gives the reader. */
export interface ColdReaderInput {
  endpoint: SyncEndpoint;
  docName: string;
  /** Characters the doc holds: an open that ends with fewer is an error. */
  length: number;
}

/** What the reader answers, once per open. */
export type ColdReaderMessage = { open: 'cold' | 'warm'; ms: number } | { error: string };

const input = workerData as ColdReaderInput;
const recorder = new DeliveryRecorder();

async function open(): Promise<{ client: BenchClient; ms: number }> {
  const t0 = performance.now();
  const client = new BenchClient(input.endpoint, input.docName, 'reader', recorder);
  await client.synced(120_000);
  const ms = performance.now() - t0;
  if (client.text.length !== input.length) throw new Error(`the doc opened with ${client.text.length} characters, not ${input.length}`);
  return { client, ms };
}

try {
  const cold = await open();
  parentPort!.postMessage({ open: 'cold', ms: cold.ms } satisfies ColdReaderMessage);
  const warm = await open();
  parentPort!.postMessage({ open: 'warm', ms: warm.ms } satisfies ColdReaderMessage);
  cold.client.destroy();
  warm.client.destroy();
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies ColdReaderMessage);
}
