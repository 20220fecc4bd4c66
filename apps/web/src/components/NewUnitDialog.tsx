import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createUnit } from '../api/unitApi.ts';
import { focusOnArrival } from '../hooks/useFocusOnArrival.ts';
import { useModalDialog } from '../hooks/useModalDialog.ts';
import { unitPath } from '../lib/unitLink.ts';
import { ErrorNotice } from './ErrorNotice.tsx';

interface NewUnitDialogProps {
  workspaceId: string;
  accessKey: string;
  onClose: () => void;
}

/** Asks a new unit's title first, then creates it (in the interface's language, CC BY-SA) and opens it at its description. */
export function NewUnitDialog({ workspaceId, accessKey, onClose }: NewUnitDialogProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const uid = useId();
  const dialog = useModalDialog();
  const [title, setTitle] = useState('');
  const [state, setState] = useState<'idle' | 'creating' | { failed: unknown }>('idle');
  const cleanTitle = title.replace(/\s+/g, ' ').trim().slice(0, 200);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!cleanTitle || state === 'creating') return;
    setState('creating');
    createUnit(workspaceId, accessKey, { title: cleanTitle, language: i18n.language === 'en' ? 'en' : 'fr' }).then(
      (unit) => void navigate(unitPath(workspaceId, unit.id, accessKey), { state: focusOnArrival('unit-description') }),
      (error: unknown) => setState({ failed: error }),
    );
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${uid}-heading`} data-testid="new-unit-dialog" onClose={onClose}>
      <h2 id={`${uid}-heading`}>{t('unitList.newDialog.title')}</h2>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${uid}-title`}>{t('unitList.newDialog.titleLabel')}</label>
          <p className="hint" id={`${uid}-hint`}>{t('unitList.newDialog.titleHint')}</p>
          <input
            id={`${uid}-title`}
            type="text"
            value={title}
            maxLength={200}
            required
            aria-describedby={`${uid}-hint`}
            onChange={(event) => setTitle(event.target.value)}
            data-testid="new-unit-title"
            autoFocus
          />
        </div>
        {typeof state === 'object' && <ErrorNotice lead={t('unitList.createFailed')} error={state.failed} />}
        <div className="actions">
          <button type="submit" className="button--primary" disabled={state === 'creating' || !cleanTitle} data-testid="confirm-new-unit">
            {state === 'creating' ? t('unitList.creating') : t('unitList.newDialog.confirm')}
          </button>
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
        </div>
      </form>
    </dialog>
  );
}
