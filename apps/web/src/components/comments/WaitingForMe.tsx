import { useQuery } from '@tanstack/react-query';
import { filterThreads, mentions } from '@minga/schema';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listOpenComments } from '../../api/unitApi.ts';
import { unitPath } from '../../lib/unitLink.ts';
import { sessionPath } from '../../lib/sessionLinks.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { queryKeys } from '../../api/queryKeys.ts';
import './comments.css';

interface WaitingForMeProps {
  workspaceId: string;
  accessKey: string;
  /** The name this person goes by here: the one others mention, unless they enter another. */
  name: string;
}

/** "What's waiting for me": per unit and session, its open threads, and those that mention a name. */
export function WaitingForMe({ workspaceId, accessKey, name }: WaitingForMeProps) {
  const { t } = useTranslation();
  const id = useId();
  const [mention, setMention] = useState(name);
  const result = useQuery({
    queryKey: queryKeys.openComments(workspaceId, accessKey),
    queryFn: ({ signal }) => listOpenComments(workspaceId, accessKey, signal),
  });
  const reload = () => void result.refetch();
  const wanted = mention.trim();

  return (
    <div className="waiting" data-testid="waiting-for-me">
      <label htmlFor={`${id}-name`}>{t('waiting.nameLabel')}</label>
      <div className="inline-form">
        <input id={`${id}-name`} value={mention} maxLength={80} onChange={(event) => setMention(event.target.value)} data-native-undo data-testid="waiting-name" />
        <button type="button" className="button--quiet" onClick={reload}>{t('waiting.refresh')}</button>
      </div>
      {result.status === 'pending' && <p className="loading" role="status">{t('waiting.loading')}</p>}
      {result.status === 'error' && <ErrorNotice tone="warning" lead={t('waiting.failed')} error={result.error} />}
      {result.status === 'success' && (result.data.items.length === 0 ? (
        <p className="hint" data-testid="waiting-empty">{t('waiting.empty')}</p>
      ) : (
        <ul className="waiting__list">
          {result.data.items.map((item) => {
            const mentioning = wanted ? filterThreads(item.threads, { status: 'open', mention: wanted }) : [];
            const path = item.kind === 'unit' ? unitPath(workspaceId, item.docId, accessKey) : sessionPath(workspaceId, item.docId, accessKey);
            return (
              <li key={item.docId} data-testid="waiting-item" data-doc-id={item.docId}>
                <Link to={path}>{item.title.trim() || t('unit.untitled')}</Link>
                {' '}
                <span className="hint" data-testid="waiting-open">{t('waiting.open', { count: item.openCount })}</span>
                {mentioning.length > 0 && (
                  <>
                    {' · '}
                    <strong data-testid="waiting-mentions">{t('waiting.mentions', { count: mentioning.length, name: wanted })}</strong>
                    <ul className="waiting__threads">
                      {mentioning.map((thread) => {
                        const message = thread.messages.find((m) => !m.deleted && mentions(m.text, wanted));
                        return <li key={thread.id} data-testid="waiting-thread">{message ? t('waiting.said', { author: message.author, text: message.text }) : null}</li>;
                      })}
                    </ul>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      ))}
    </div>
  );
}
