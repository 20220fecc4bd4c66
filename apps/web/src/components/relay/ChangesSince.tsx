import type { Delivery } from '@minga/schema';
import { useQueries } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/queryKeys.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { ComparisonView } from './ComparisonView.tsx';
import { compareDoc } from './relayApi.ts';
import { deliveryName } from './deliveryName.ts';

interface ChangesSinceProps {
  workspaceId: string;
  accessKey: string;
  /** Deliveries to choose from, oldest first; the last one is chosen at first. */
  deliveries: readonly Delivery[];
  /**
   * The documents to compare (a unit, or a session and its units), each under its own heading.
   * `viaLineage`: the server finds the base itself (a session compared with the session an
   * ancestor's delivery froze), so it is asked even when the delivery did not use this very doc.
   */
  docs: readonly { id: string; title: string; viaLineage?: boolean }[];
}

/** « Ce qui a changé depuis Brest »: one click compares each document with what a delivery froze. */
export function ChangesSince({ workspaceId, accessKey, deliveries, docs }: ChangesSinceProps) {
  const { t, i18n } = useTranslation();
  const uid = useId();
  const [chosen, setChosen] = useState<number | null>(null);
  /** The delivery the comparisons were asked against, with a click. */
  const [asked, setAsked] = useState<Delivery | null>(null);
  // A unit the delivery did not use has nothing to compare with: said, not fetched.
  const compared = (doc: { id: string; viaLineage?: boolean }) => asked !== null && (doc.viaLineage === true || asked.versions.some((v) => v.docId === doc.id));
  const replies = useQueries({
    queries: docs.filter(compared).map((doc) => {
      const from = `delivery:${asked!.id}`;
      return {
        queryKey: queryKeys.compare(workspaceId, doc.id, from, 'now', accessKey),
        queryFn: ({ signal }: { signal: AbortSignal }) => compareDoc(workspaceId, accessKey, doc.id, from, 'now', signal),
        // Compared when asked: a click asks again, coming back to the tab does not.
        refetchOnWindowFocus: false,
      };
    }),
  });
  // Shown together once every answer is in, as the one answer to the click.
  const loading = replies.some((reply) => reply.isFetching);
  const since = deliveries.find((d) => d.id === chosen) ?? deliveries.at(-1);
  if (!since) return <p className="hint">{t('relay.since.noDelivery')}</p>;

  const show = () => {
    if (asked?.id === since.id) void Promise.all(replies.map((reply) => reply.refetch()));
    else setAsked(since);
  };
  const results = asked === null ? [] : docs.map((doc) => {
    const index = docs.filter(compared).indexOf(doc);
    const reply = index === -1 ? undefined : replies[index];
    return { doc, reply: reply?.data ?? null, error: reply?.isError ? reply.error : undefined };
  });

  return (
    <div className="changes-since" data-testid="changes-since">
      <div className="changes-since__choose">
        <label htmlFor={`${uid}-since`}>{t('relay.since.label')}</label>
        <select id={`${uid}-since`} value={since.id} onChange={(event) => setChosen(Number(event.target.value))} data-testid="since-delivery">
          {deliveries.map((d) => <option key={d.id} value={d.id}>{deliveryName(d, i18n.language)}</option>)}
        </select>
        <button type="button" onClick={show} disabled={loading} data-testid="show-changes-since">
          {t('relay.since.show', { place: since.place })}
        </button>
      </div>
      {loading && <p className="loading" role="status">{t('relay.since.loading')}</p>}
      {asked !== null && !loading && (
        <div aria-live="polite">
          <h3>{t('relay.since.heading', { place: asked.place })}</h3>
          {results.map(({ doc, reply, error }) => (
            <section key={doc.id} className="changes-since__doc" data-testid="changes-since-doc" data-doc-id={doc.id}>
              <h4>{doc.title}</h4>
              {error !== undefined && <ErrorNotice tone="warning" lead={t('relay.since.failed')} error={error} />}
              {error === undefined && !reply && <p className="hint">{t('relay.since.notUsed', { place: asked.place })}</p>}
              {reply && (
                <>
                  {reply.authors.length > 0 && <p className="hint" data-testid="changes-by">{t('relay.since.by', { names: reply.authors.join(', ') })}</p>}
                  <ComparisonView fields={reply.fields} />
                </>
              )}
            </section>
          ))}
        </div>
      )}
    </div>
  );
}
