import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role, UpstreamField, UpstreamFieldChange, UpstreamItemField } from '@minga/schema';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/queryKeys.ts';
import { formatDuration } from '../../lib/formatDuration.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { getUpstream, takeUpstream } from './libraryApi.ts';
import { UpstreamItemChoices } from './UpstreamItemChoices.tsx';
import { UpstreamValue } from './UpstreamValue.tsx';
import './library.css';

interface UpstreamChangesProps {
  workspaceId: string;
  accessKey: string;
  unitId: string;
  role: Role;
  headingLevel?: 2 | 3;
}

const FIELD_LABELS = {
  title: 'upstream.fields.title',
  description: 'upstream.fields.description',
  objectives: 'upstream.fields.objectives',
  steps: 'upstream.fields.steps',
  slides: 'upstream.fields.slides',
  hashtags: 'upstream.fields.hashtags',
  materials: 'upstream.fields.materials',
  nextSteps: 'upstream.fields.nextSteps',
  context: 'upstream.fields.context',
  participants: 'upstream.fields.participants',
  contributors: 'upstream.fields.contributors',
  language: 'upstream.fields.language',
} as const satisfies Record<UpstreamField, string>;

type Choice = 'take' | 'keep';
/** What "apply" sends: the fields taken whole, the items taken one by one, and how many changes that makes. */
interface Taken {
  fields: UpstreamField[];
  items: { field: UpstreamItemField; id: string }[];
  count: number;
}

interface FieldChangeProps {
  change: UpstreamFieldChange;
  choice: Choice;
  onChoose: (choice: Choice) => void;
  /** The items of this field chosen one by one. */
  chosenItems: ReadonlySet<string>;
  onToggleItem: (id: string) => void;
  editable: boolean;
}

function FieldChange({ change, choice, onChoose, chosenItems, onToggleItem, editable }: FieldChangeProps) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="upstream-field" data-testid="upstream-field" data-field={change.field}>
      <legend>{t(FIELD_LABELS[change.field])}</legend>
      {change.conflict && <p className="notice notice--warning">{t('upstream.conflict')}</p>}
      <div className="upstream-compare">
        <div>
          <p className="upstream-compare__label">{t('upstream.mine')}</p>
          <UpstreamValue field={change.field} value={change.mine} />
        </div>
        <div>
          <p className="upstream-compare__label">{t('upstream.theirs')}</p>
          <UpstreamValue field={change.field} value={change.upstream} compareTo={change.mine} />
        </div>
      </div>
      {change.conflict && (
        <details>
          <summary>{t('upstream.base')}</summary>
          <UpstreamValue field={change.field} value={change.base} />
        </details>
      )}
      {editable && (
        <div className="upstream-choice">
          <label>
            <input type="radio" name={name} checked={choice === 'take'} onChange={() => onChoose('take')} data-testid="take-change" />
            {t('upstream.take')}
          </label>
          <label>
            <input type="radio" name={name} checked={choice === 'keep'} onChange={() => onChoose('keep')} data-testid="keep-mine" />
            {t('upstream.keep')}
          </label>
        </div>
      )}
      {editable && change.items && change.items.length > 0 && (
        <UpstreamItemChoices items={change.items} chosen={chosenItems} onToggle={onToggleItem} disabled={choice === 'take'} />
      )}
    </fieldset>
  );
}

/**
 * What changed in a fork's source since the fork, field by field (yours beside the source's now),
 * with "take this change" or "keep mine" for each, objectives, steps and next steps also one by
 * one, and one button that applies the choices.
 * Shows nothing for a unit that is no fork, or whose source is gone.
 */
export function UpstreamChanges({ workspaceId, accessKey, unitId, role, headingLevel = 2 }: UpstreamChangesProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const queryClient = useQueryClient();
  const result = useQuery({
    queryKey: queryKeys.upstream(workspaceId, unitId, accessKey),
    queryFn: ({ signal }) => getUpstream(workspaceId, accessKey, unitId, signal),
  });
  const [choices, setChoices] = useState<Partial<Record<UpstreamField, Choice>>>({});
  const [itemChoices, setItemChoices] = useState<Partial<Record<UpstreamField, ReadonlySet<string>>>>({});
  const apply = useMutation({
    mutationFn: ({ fields, items }: Taken) => takeUpstream(workspaceId, accessKey, unitId, fields, items),
    onSuccess: () => {
      setChoices({});
      setItemChoices({});
      // The unit changed: what its source still has to offer, its lineage, its history.
      void queryClient.invalidateQueries({ queryKey: queryKeys.doc(workspaceId, unitId) });
    },
  });
  const Heading = `h${headingLevel}` as 'h2';

  if (result.status !== 'success') return null;
  const { changes, minutes } = result.data;
  const editable = role === 'edit';
  const choiceOf = (field: UpstreamField): Choice => choices[field] ?? 'keep';

  if (changes.length === 0) {
    return (
      <section className="card upstream upstream--current" aria-labelledby={titleId} data-testid="upstream-changes" data-state="current">
        <Heading id={titleId}>{t('upstream.title')}</Heading>
        <p className="hint" role="status">
          {apply.isSuccess ? t('upstream.applied', { count: apply.variables.count }) : t('upstream.upToDate')}
        </p>
      </section>
    );
  }

  const taken = changes.filter((change) => choiceOf(change.field) === 'take').map((change) => change.field);
  // Items chosen one by one count only in fields not taken whole.
  const items = changes
    .filter((change) => choiceOf(change.field) !== 'take' && change.items)
    .flatMap((change) => [...(itemChoices[change.field] ?? [])].map((id) => ({ field: change.field as UpstreamItemField, id })));
  const takenCount = taken.length + items.length;
  const toggleItem = (field: UpstreamField, id: string) =>
    setItemChoices((previous) => {
      const next = new Set(previous[field]);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return { ...previous, [field]: next };
    });
  const applyChoices = () => apply.mutate({ fields: taken, items, count: takenCount });

  return (
    <section className="card upstream" aria-labelledby={titleId} data-testid="upstream-changes" data-state="changed">
      <Heading id={titleId}>{t('upstream.title')}</Heading>
      <p>{t('upstream.intro', { count: changes.length })}</p>
      <p className="hint">
        {t('upstream.minutes', {
          mine: formatDuration(t, minutes.mine),
          upstream: formatDuration(t, minutes.upstream),
          base: formatDuration(t, minutes.base),
        })}
      </p>
      {changes.map((change) => (
        <FieldChange
          key={change.field}
          change={change}
          editable={editable}
          choice={choiceOf(change.field)}
          onChoose={(choice) => setChoices((previous) => ({ ...previous, [change.field]: choice }))}
          chosenItems={itemChoices[change.field] ?? new Set()}
          onToggleItem={(id) => toggleItem(change.field, id)}
        />
      ))}
      {editable ? (
        <div className="actions">
          <button type="button" className="button--primary" onClick={applyChoices} disabled={apply.isPending} data-testid="apply-upstream">
            {apply.isPending ? t('upstream.applying') : t('upstream.apply', { taken: takenCount, kept: changes.length - taken.length })}
          </button>
        </div>
      ) : (
        <p className="hint">{t('upstream.readOnly')}</p>
      )}
      {apply.isError && <ErrorNotice lead={t('upstream.failed')} error={apply.error} />}
    </section>
  );
}
