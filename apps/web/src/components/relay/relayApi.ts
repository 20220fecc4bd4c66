import {
  DeliveryListSchema, DeliverySchema, DocCompareReplySchema, SessionLineageSchema,
  type Delivery, type DeliveryInput, type DocCompareReply, type SessionLineage,
} from '@minga/schema';
import { request, type Parser } from '../../api/apiClient.ts';

/** The relay between events over REST (docs/API.md): compare, deliveries, lineage. */

const base = (workspaceId: string) => `/api/w/${encodeURIComponent(workspaceId)}`;

const deliveriesOf: Parser<Delivery[]> = {
  safeParse(value: unknown) {
    const parsed = DeliveryListSchema.safeParse(value);
    return parsed.success ? { success: true, data: parsed.data.deliveries } : { success: false, error: { message: parsed.error.message } };
  },
};

/** `GET …/docs/<doc>/compare`: a unit or a session between two states (`delivery:<id>`, a version id, `now`). */
export function compareDoc(workspaceId: string, key: string, docId: string, from: string, to = 'now', signal?: AbortSignal): Promise<DocCompareReply> {
  const query = new URLSearchParams({ from, to });
  return request(DocCompareReplySchema, `${base(workspaceId)}/docs/${encodeURIComponent(docId)}/compare?${query}`, { key, signal });
}

/** `GET …/deliveries`: the workspace's timeline, or the deliveries that used `docId`. */
export function listDeliveries(workspaceId: string, key: string, docId?: string, signal?: AbortSignal): Promise<Delivery[]> {
  const query = docId ? `?${new URLSearchParams({ docId })}` : '';
  return request(deliveriesOf, `${base(workspaceId)}/deliveries${query}`, { key, signal });
}

/** `GET …/sessions/<id>/lineage`: the sessions it comes from, oldest first, with their deliveries. */
export function sessionLineage(workspaceId: string, key: string, sessionId: string, signal?: AbortSignal): Promise<SessionLineage['lineage']> {
  const parser: Parser<SessionLineage['lineage']> = {
    safeParse(value: unknown) {
      const parsed = SessionLineageSchema.safeParse(value);
      return parsed.success ? { success: true, data: parsed.data.lineage } : { success: false, error: { message: parsed.error.message } };
    },
  };
  return request(parser, `${base(workspaceId)}/sessions/${encodeURIComponent(sessionId)}/lineage`, { key, signal });
}

/** `POST …/sessions/<id>/deliveries`: marks the session as delivered. */
export function markDelivered(workspaceId: string, key: string, sessionId: string, body: DeliveryInput): Promise<Delivery> {
  return request(DeliverySchema, `${base(workspaceId)}/sessions/${encodeURIComponent(sessionId)}/deliveries`, { method: 'POST', key, body });
}
