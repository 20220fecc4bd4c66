import { ROOM_INPUT_KINDS, type RoomInput } from '@minga/schema';
import { useMutation } from '@tanstack/react-query';
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

/** A refusal for too many messages and no answer at all are said as such; anything else with its reason. */
function failedOutcome(error: unknown): Outcome {
  if (error instanceof ApiError && error.status === 429) return 'tooMany';
  if (error instanceof ApiError && error.isNetwork) return 'offline';
  return 'failed';
}
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
  const sending = useMutation({
    mutationFn: (input: { kind: RoomInput['kind']; text: string; author: string }) => sendRoomInput(workspaceId, accessKey, sessionId, input),
    onSuccess: () => setText(''),
  });
  const outcome: Outcome = sending.isSuccess ? 'sent' : sending.isError ? failedOutcome(sending.error) : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed || sending.isPending) return;
    sending.mutate({ kind, text: trimmed, author: name.trim().slice(0, 100) });
  }

  return (
    <form className="room-input-form" onSubmit={submit} data-testid="room-input-form" aria-busy={sending.isPending}>
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
      <button type="submit" className="button button--primary" disabled={sending.isPending || text.trim() === ''} data-testid="room-input-send">
        {sending.isPending ? t('present.follow.sending') : t('present.follow.send')}
      </button>
      <p className={outcome && outcome !== 'sent' ? 'notice notice--error' : 'hint'} role="status" aria-live="polite" data-testid="room-input-outcome" data-outcome={outcome ?? ''}>
        {outcome ? t(OUTCOME_TEXT[outcome]) : ''}
        {outcome === 'failed' && <> {apiErrorMessage(t, sending.error)}</>}
      </p>
    </form>
  );
}
