import { ROOM_INPUT_KINDS, type RoomInput } from '@minga/schema';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError.ts';
import { apiErrorMessage } from '../../api/errorMessage.ts';
import { sendRoomInput } from './presentApi.ts';

interface RoomInputFormProps {
  workspaceId: string;
  sessionId: string;
  /** The view key is enough to send. */
  accessKey: string;
  /** The name this person chose on this device, if any (they may change or clear it). */
  defaultName: string;
}

const KIND_LABELS = { question: 'present.follow.kindQuestion', nextStep: 'present.follow.kindNextStep' } as const;
const MAX_TEXT = 500;

type Outcome = 'sent' | 'tooMany' | 'offline' | 'failed' | null;
const OUTCOME_TEXT = {
  sent: 'present.follow.sent',
  tooMany: 'present.follow.tooMany',
  offline: 'present.follow.offline',
  failed: 'present.follow.failed',
} as const;

/** A question or a proposed next step for the presenter, from someone following on a phone. */
export function RoomInputForm({ workspaceId, sessionId, accessKey, defaultName }: RoomInputFormProps) {
  const { t } = useTranslation();
  const ids = { text: useId(), name: useId(), hint: useId() };
  const [kind, setKind] = useState<RoomInput['kind']>('question');
  const [text, setText] = useState('');
  const [name, setName] = useState(defaultName);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [failure, setFailure] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed || sending) return;
    setSending(true);
    setOutcome(null);
    try {
      await sendRoomInput(workspaceId, accessKey, sessionId, { kind, text: trimmed, author: name.trim().slice(0, 100) });
      setText('');
      setOutcome('sent');
    } catch (error) {
      if (error instanceof ApiError && error.status === 429) setOutcome('tooMany');
      else if (error instanceof ApiError && error.isNetwork) setOutcome('offline');
      else {
        setFailure(error);
        setOutcome('failed');
      }
    } finally {
      setSending(false);
    }
  }

  return (
    <form className="room-input-form" onSubmit={(event) => void submit(event)} data-testid="room-input-form" aria-busy={sending}>
      <fieldset className="room-input-form__kinds">
        <legend>{t('present.follow.kindLegend')}</legend>
        {ROOM_INPUT_KINDS.map((value) => (
          <label key={value} className="room-input-form__kind">
            <input type="radio" name="kind" value={value} checked={kind === value} onChange={() => setKind(value)} />
            {t(KIND_LABELS[value])}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={ids.text}>{kind === 'question' ? t('present.follow.questionLabel') : t('present.follow.nextStepLabel')}</label>
        <textarea
          id={ids.text}
          name="text"
          rows={3}
          maxLength={MAX_TEXT}
          required
          value={text}
          aria-describedby={ids.hint}
          onChange={(event) => setText(event.target.value)}
        />
        <p className="hint" id={ids.hint}>{t('present.follow.textHint', { count: MAX_TEXT - text.length })}</p>
      </div>
      <div className="field">
        <label htmlFor={ids.name}>{t('present.follow.nameLabel')}</label>
        <input id={ids.name} name="author" autoComplete="name" maxLength={100} value={name} onChange={(event) => setName(event.target.value)} />
      </div>
      <button type="submit" className="button button--primary" disabled={sending || text.trim() === ''} data-testid="room-input-send">
        {sending ? t('present.follow.sending') : t('present.follow.send')}
      </button>
      <p className={outcome && outcome !== 'sent' ? 'notice notice--error' : 'hint'} role="status" aria-live="polite" data-testid="room-input-outcome" data-outcome={outcome ?? ''}>
        {outcome ? t(OUTCOME_TEXT[outcome]) : ''}
        {outcome === 'failed' && <> {apiErrorMessage(t, failure)}</>}
      </p>
    </form>
  );
}
