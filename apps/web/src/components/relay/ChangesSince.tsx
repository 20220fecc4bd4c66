import type { Delivery, DocCompareReply } from '@minga/schema';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
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

type Result = { doc: { id: string; title: string }; reply: DocCompareReply | null; error?: unknown };

/** « Ce qui a changé depuis Brest »: one click compares each document with what a delivery froze. */
export function ChangesSince({ workspaceId, accessKey, deliveries, docs }: ChangesSinceProps) {
  const { t, i18n } = useTranslation();
  const uid = useId();
  const [chosen, setChosen] = useState<number | null>(null);
  const [state, setState] = useState<'idle' | 'loading' | { since: Delivery; results: Result[] }>('idle');
  const since = deliveries.find((d) => d.id === chosen) ?? deliveries.at(-1);
  if (!since) return <p className="hint">{t('relay.since.noDelivery')}</p>;

  const show = async () => {
    setState('loading');
    const results = await Promise.all(docs.map(async (doc): Promise<Result> => {
      // A unit the delivery did not use has nothing to compare with: said, not fetched.
      if (!doc.viaLineage && !since.versions.some((v) => v.docId === doc.id)) return { doc, reply: null };
      try {
        return { doc, reply: await compareDoc(workspaceId, accessKey, doc.id, `delivery:${since.id}`) };
      } catch (error) {
        return { doc, reply: null, error };
      }
    }));
    setState({ since, results });
  };

  return (
    <div className="changes-since" data-testid="changes-since">
      <div className="changes-since__choose">
        <label htmlFor={`${uid}-since`}>{t('relay.since.label')}</label>
        <select id={`${uid}-since`} value={since.id} onChange={(event) => setChosen(Number(event.target.value))} data-testid="since-delivery">
          {deliveries.map((d) => <option key={d.id} value={d.id}>{deliveryName(d, i18n.language)}</option>)}
        </select>
        <button type="button" onClick={() => void show()} disabled={state === 'loading'} data-testid="show-changes-since">
          {t('relay.since.show', { place: since.place })}
        </button>
      </div>
      {state === 'loading' && <p className="loading" role="status">{t('relay.since.loading')}</p>}
      {typeof state === 'object' && (
        <div aria-live="polite">
          <h3>{t('relay.since.heading', { place: state.since.place })}</h3>
          {state.results.map(({ doc, reply, error }) => (
            <section key={doc.id} className="changes-since__doc" data-testid="changes-since-doc" data-doc-id={doc.id}>
              <h4>{doc.title}</h4>
              {error !== undefined && <ErrorNotice tone="warning" lead={t('relay.since.failed')} error={error} />}
              {error === undefined && !reply && <p className="hint">{t('relay.since.notUsed', { place: state.since.place })}</p>}
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
