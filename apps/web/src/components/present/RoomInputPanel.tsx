import type { RoomInput } from '@minga/schema';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { usePresentRoomInput } from '../../hooks/usePresentRoomInput.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { addToUnitNextSteps, keepInSessionNextSteps } from './roomInputActions.ts';
import './roomInput.css';

interface RoomInputPanelProps {
  workspaceId: string;
  sessionId: string;
  /** The edit key: reading the room's messages and keeping them needs it. */
  accessKey: string;
  /** The session doc, where kept next steps are written. */
  sessionDoc: Y.Doc;
  /** The session's units, one of which may receive a next step. */
  units: { id: string; title: string }[];
  /** The level of the panel's heading where it is shown (default 2). */
  headingLevel?: 2 | 3;
  /** How often to ask for new messages: every 3 s while presenting, less often on the session page. */
  pollMs?: number;
  className?: string;
}

const KIND_LABELS = { question: 'present.room.kindQuestion', nextStep: 'present.room.kindNextStep' } as const;

interface RoomInputRowProps extends Omit<RoomInputPanelProps, 'workspaceId' | 'sessionId' | 'headingLevel' | 'pollMs' | 'className'> {
  input: RoomInput;
  workspaceId: string;
  setStatus: (inputId: number, status: RoomInput['status']) => Promise<void>;
}

function RoomInputRow({ input, workspaceId, accessKey, sessionDoc, units, setStatus }: RoomInputRowProps) {
  const { t } = useTranslation();
  const unitSelect = useId();
  const [unitId, setUnitId] = useState(units[0]?.id ?? '');
  // One action at a time on a message: keep it (here or in a unit), mark it answered, or dismiss it.
  const action = useMutation({ mutationFn: (work: () => Promise<void>) => work() });
  const act = (work: () => Promise<void>) => action.mutate(work);
  const busy = action.isPending;
  const chosenUnit = units.some((u) => u.id === unitId) ? unitId : units[0]?.id ?? '';

  const handled = input.status !== 'new';
  return (
    <li className={`room-input room-input--${input.status}`} data-testid="room-input" data-kind={input.kind} data-status={input.status}>
      <p className="room-input__meta">
        <span className="badge">{t(KIND_LABELS[input.kind])}</span>{' '}
        {input.author ? t('present.room.from', { name: input.author }) : t('present.room.anonymous')}
      </p>
      <p className="room-input__text">{input.text}</p>
      {handled ? (
        <p className="hint">{input.status === 'kept' ? t('present.room.kept') : t('present.room.dismissed')}</p>
      ) : (
        <div className="room-input__actions" aria-busy={busy}>
          <button
            type="button"
            className="button"
            disabled={busy}
            data-testid="keep-in-session"
            onClick={() => act(async () => {
              keepInSessionNextSteps(sessionDoc, input);
              await setStatus(input.id, 'kept');
            })}
          >
            {t('present.room.keepInSession')}
          </button>
          {units.length > 0 && (
            <span className="room-input__unit">
              <label htmlFor={unitSelect} className="visually-hidden">{t('present.room.unitLabel')}</label>
              <select id={unitSelect} value={chosenUnit} onChange={(event) => setUnitId(event.target.value)} disabled={busy}>
                {units.map((u) => <option key={u.id} value={u.id}>{u.title}</option>)}
              </select>
              <button
                type="button"
                className="button"
                disabled={busy || !chosenUnit}
                data-testid="add-to-unit"
                onClick={() => act(async () => {
                  await addToUnitNextSteps({ workspaceId, unitId: chosenUnit, key: accessKey }, input);
                  await setStatus(input.id, 'kept');
                })}
              >
                {t('present.room.addToUnit')}
              </button>
            </span>
          )}
          {input.kind === 'question' && (
            <button type="button" className="button" disabled={busy} onClick={() => act(() => setStatus(input.id, 'kept'))}>
              {t('present.room.answered')}
            </button>
          )}
          <button type="button" className="button button--quiet" disabled={busy} data-testid="dismiss" onClick={() => act(() => setStatus(input.id, 'dismissed'))}>
            {t('present.room.dismiss')}
          </button>
          {action.isError && <ErrorNotice lead={t('present.room.failed')} error={action.error} />}
        </div>
      )}
    </li>
  );
}

/**
 * What the room sent (questions and proposed next steps), polled every few seconds. An editor
 * keeps a message in the session's next steps or in one of its units', marks a question
 * answered, or dismisses it. New messages are announced to screen readers.
 */
export function RoomInputPanel({ workspaceId, sessionId, accessKey, sessionDoc, units, headingLevel = 2, pollMs, className = '' }: RoomInputPanelProps) {
  const { t } = useTranslation();
  const { inputs, stale, arrival, setStatus } = usePresentRoomInput(workspaceId, accessKey, sessionId, true, pollMs);
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const titleId = useId();
  const [showHandled, setShowHandled] = useState(false);
  // A message handled here stays in view, saying what became of it; older handled ones wait behind the toggle.
  const [handledHere, setHandledHere] = useState<ReadonlySet<number>>(new Set());
  const handle = async (inputId: number, status: RoomInput['status']) => {
    await setStatus(inputId, status);
    setHandledHere((previous) => new Set(previous).add(inputId));
  };
  const fresh = inputs.filter((input) => input.status === 'new');
  const handled = inputs.filter((input) => input.status !== 'new' && !handledHere.has(input.id));
  const shown = showHandled ? inputs : inputs.filter((input) => input.status === 'new' || handledHere.has(input.id));
  return (
    <section className={`room-input-panel ${className}`} aria-labelledby={titleId} data-testid="room-input-panel">
      <div className="room-input-panel__head">
        <Heading id={titleId}>{t('present.room.title', { count: fresh.length })}</Heading>
        {handled.length > 0 && (
          <button type="button" className="button button--quiet" aria-pressed={showHandled} onClick={() => setShowHandled((v) => !v)}>
            {t('present.room.showHandled', { count: handled.length })}
          </button>
        )}
      </div>
      {stale && <p className="notice notice--warning" role="status">{t('present.room.stale')}</p>}
      {shown.length === 0 ? (
        <p className="hint">{t('present.room.empty')}</p>
      ) : (
        <ol className="room-input-list">
          {[...shown].reverse().map((input) => (
            <RoomInputRow key={input.id} input={input} workspaceId={workspaceId} accessKey={accessKey} sessionDoc={sessionDoc} units={units} setStatus={handle} />
          ))}
        </ol>
      )}
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="room-input-announcement">
        {arrival ? t(arrival.kind === 'question' ? 'present.room.newQuestion' : 'present.room.newNextStep', { name: arrival.author || t('present.room.someone'), text: arrival.text }) : ''}
      </p>
    </section>
  );
}
