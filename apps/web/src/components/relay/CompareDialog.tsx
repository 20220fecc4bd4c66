import type { VersionMeta } from '@minga/schema';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/queryKeys.ts';
import { useModalDialog } from '../../hooks/useModalDialog.ts';
import { formatDateTime } from '../../lib/formatDateTime.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { ComparisonView } from './ComparisonView.tsx';
import { compareDoc } from './relayApi.ts';
import './relay.css';

interface CompareDialogProps {
  workspaceId: string;
  accessKey: string;
  docId: string;
  from: VersionMeta;
  /** Every version, to compare with another one than now. */
  versions: readonly VersionMeta[];
  versionName: (version: VersionMeta) => string;
  onClose: () => void;
}

/** Two versions of a document side by side, field by field: `from` against now or another version. */
export function CompareDialog({ workspaceId, accessKey, docId, from, versions, versionName, onClose }: CompareDialogProps) {
  const { t, i18n } = useTranslation();
  const uid = useId();
  const dialog = useModalDialog();
  const [to, setTo] = useState('now');
  // Each choice has its own answer: a new one shows as loading until its answer comes.
  const comparison = useQuery({
    queryKey: queryKeys.compare(workspaceId, docId, String(from.id), to, accessKey),
    queryFn: ({ signal }) => compareDoc(workspaceId, accessKey, docId, String(from.id), to, signal),
  });
  const result = comparison.data;

  const name = (v: VersionMeta) => `${versionName(v)} (${formatDateTime(v.createdAt, i18n.language)})`;
  return (
    <dialog ref={dialog} className="dialog dialog--wide" aria-labelledby={`${uid}-title`} data-testid="compare-dialog" onClose={onClose}>
      <p className="eyebrow">{t('relay.compare.eyebrow')}</p>
      <h2 id={`${uid}-title`}>{t('relay.compare.title', { version: versionName(from) })}</h2>
      <div className="field">
        <label htmlFor={`${uid}-to`}>{t('relay.compare.with')}</label>
        <select id={`${uid}-to`} value={to} onChange={(event) => setTo(event.target.value)} data-testid="compare-to">
          <option value="now">{t('relay.compare.now')}</option>
          {versions.filter((v) => v.id !== from.id).map((v) => <option key={v.id} value={String(v.id)}>{name(v)}</option>)}
        </select>
      </div>
      {comparison.status === 'pending' && <p className="loading" role="status">{t('relay.compare.loading')}</p>}
      {comparison.status === 'error' && <ErrorNotice lead={t('relay.compare.failed')} error={comparison.error} />}
      {comparison.status === 'success' && result && (
        <>
          {result.authors.length > 0 && <p className="hint">{t('relay.since.by', { names: result.authors.join(', ') })}</p>}
          <ComparisonView fields={result.fields} />
        </>
      )}
      <div className="actions">
        <button type="button" onClick={onClose}>{t('common.close')}</button>
      </div>
    </dialog>
  );
}
