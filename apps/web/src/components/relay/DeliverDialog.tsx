import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Delivery, DeliveryInput } from '@minga/schema';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/queryKeys.ts';
import { useModalDialog } from '../../hooks/useModalDialog.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { todayIsoDate } from '../../lib/localDateTime.ts';
import { markDelivered } from './relayApi.ts';

interface DeliverDialogProps {
  workspaceId: string;
  accessKey: string;
  sessionId: string;
  authorName: string;
  /** The session's place, date and facilitators, to start from. */
  defaults: { place: string; date?: string; facilitators: string[] };
  onDelivered: (delivery: Delivery) => void;
  onClose: () => void;
}

/** Marks a session as delivered: where, when, who facilitated, how many came, a few lines of debrief. */
export function DeliverDialog({ workspaceId, accessKey, sessionId, authorName, defaults, onDelivered, onClose }: DeliverDialogProps) {
  const { t } = useTranslation();
  const uid = useId();
  const dialog = useModalDialog();
  const [place, setPlace] = useState(defaults.place);
  const [date, setDate] = useState(defaults.date ?? todayIsoDate());
  const [facilitators, setFacilitators] = useState(defaults.facilitators.join(', '));
  const [participants, setParticipants] = useState('');
  const [debrief, setDebrief] = useState('');
  const queryClient = useQueryClient();
  const delivery = useMutation({
    mutationFn: (body: DeliveryInput) => markDelivered(workspaceId, accessKey, sessionId, body),
    onSuccess: (delivered) => {
      // The session's lineage shows it, and the timelines list it.
      void queryClient.invalidateQueries({ queryKey: queryKeys.sessionLineage(workspaceId, sessionId, accessKey) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.deliveries(workspaceId) });
      onDelivered(delivered);
    },
  });
  // Still saving once saved, while the dialog closes.
  const saving = delivery.isPending || delivery.isSuccess;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const names = facilitators.split(',').map((n) => n.trim()).filter((n) => n !== '');
    const count = participants.trim() === '' ? undefined : Number(participants);
    delivery.mutate({ place, date, facilitators: names, debrief, author: authorName, ...(count === undefined ? {} : { participants: count }) });
  };

  const field = (id: string, label: string, input: ReactNode) => (
    <div className="field"><label htmlFor={`${uid}-${id}`}>{label}</label>{input}</div>
  );
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${uid}-heading`} data-testid="deliver-dialog" onClose={onClose}>
      <h2 id={`${uid}-heading`}>{t('relay.deliver.title')}</h2>
      <p>{t('relay.deliver.body')}</p>
      <form onSubmit={submit} className="session-details">
        {field('place', t('relay.deliver.place'), <input id={`${uid}-place`} type="text" required maxLength={300} value={place} onChange={(e) => setPlace(e.target.value)} data-testid="deliver-place" autoFocus />)}
        {field('date', t('relay.deliver.date'), <input id={`${uid}-date`} type="date" required value={date} onChange={(e) => setDate(e.target.value)} data-testid="deliver-date" />)}
        {field('facilitators', t('relay.deliver.facilitators'), <input id={`${uid}-facilitators`} type="text" value={facilitators} onChange={(e) => setFacilitators(e.target.value)} data-testid="deliver-facilitators" />)}
        {field('participants', t('relay.deliver.participants'), <input id={`${uid}-participants`} type="number" min={0} max={100000} value={participants} onChange={(e) => setParticipants(e.target.value)} data-testid="deliver-participants" />)}
        {field('debrief', t('relay.deliver.debrief'), <textarea id={`${uid}-debrief`} rows={4} maxLength={5000} value={debrief} onChange={(e) => setDebrief(e.target.value)} data-testid="deliver-debrief" />)}
        {delivery.isError && <ErrorNotice lead={t('relay.deliver.failed')} error={delivery.error} />}
        <div className="actions">
          <button type="submit" className="button--primary" disabled={saving} data-testid="confirm-deliver">
            {saving ? t('relay.deliver.saving') : t('relay.deliver.confirm')}
          </button>
          <button type="button" onClick={onClose}>{t('common.cancel')}</button>
        </div>
      </form>
    </dialog>
  );
}
