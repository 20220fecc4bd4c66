import {
  DeliveryListSchema, DeliverySchema, DocCompareReplySchema, SessionLineageSchema,
  type Delivery, type DeliveryInput, type DocCompareReply, type SessionLineage,
} from '@minga/schema';
import { request } from '../../api/apiClient.ts';

/** The relay between events over REST (docs/API.md): compare, deliveries, lineage. */

const base = (workspaceId: string) => `/api/w/${encodeURIComponent(workspaceId)}`;

/** `GET …/docs/<doc>/compare`: a unit or a session between two states (`delivery:<id>`, a version id, `now`). */
export function compareDoc(workspaceId: string, key: string, docId: string, from: string, to = 'now', signal?: AbortSignal): Promise<DocCompareReply> {
  const query = new URLSearchParams({ from, to });
  return request('GET', `${base(workspaceId)}/docs/${encodeURIComponent(docId)}/compare?${query}`, { key, signal, schema: DocCompareReplySchema });
}

/** `GET …/deliveries`: the workspace's timeline, or the deliveries that used `docId`. */
export async function listDeliveries(workspaceId: string, key: string, docId?: string, signal?: AbortSignal): Promise<Delivery[]> {
  const query = docId ? `?${new URLSearchParams({ docId })}` : '';
  return (await request('GET', `${base(workspaceId)}/deliveries${query}`, { key, signal, schema: DeliveryListSchema })).deliveries;
}

/** `GET …/sessions/<id>/lineage`: the sessions it comes from, oldest first, with their deliveries. */
export async function sessionLineage(workspaceId: string, key: string, sessionId: string, signal?: AbortSignal): Promise<SessionLineage['lineage']> {
  return (await request('GET', `${base(workspaceId)}/sessions/${encodeURIComponent(sessionId)}/lineage`, { key, signal, schema: SessionLineageSchema })).lineage;
}

/** `POST …/sessions/<id>/deliveries`: marks the session as delivered. */
export function markDelivered(workspaceId: string, key: string, sessionId: string, body: DeliveryInput): Promise<Delivery> {
  return request('POST', `${base(workspaceId)}/sessions/${encodeURIComponent(sessionId)}/deliveries`, { key, body, schema: DeliverySchema });
}
