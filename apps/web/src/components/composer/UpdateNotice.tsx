import { updateSessionItem } from '@minga/doc-model';
import { useMutation } from '@tanstack/react-query';
import type { UnitItem, UpstreamField } from '@minga/schema';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemUnit } from '../../hooks/useSessionUnits.ts';
import { formatDuration } from '../../lib/formatDuration.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { useDocEditor } from '../doc/DocEditorContext.ts';
import { useComposer } from './ComposerContext.ts';
import { namedVersionOfNow } from './pinUnit.ts';
import { describeUnitChanges, isUnchanged } from './unitChanges.ts';

interface UpdateNoticeProps {
  item: UnitItem;
  unit: ItemUnit | undefined;
  itemTitle: string;
}

const OTHER_LABELS = {
  title: 'composer.update.fields.title',
  description: 'composer.update.fields.description',
  objectives: 'composer.update.fields.objectives',
  steps: 'composer.update.fields.steps',
  slides: 'composer.update.fields.slides',
  hashtags: 'composer.update.fields.hashtags',
  materials: 'composer.update.fields.materials',
  nextSteps: 'composer.update.fields.nextSteps',
  context: 'composer.update.fields.context',
  participants: 'composer.update.fields.participants',
  contributors: 'composer.update.fields.contributors',
  language: 'composer.update.fields.language',
} as const satisfies Record<UpstreamField, string>;

/**
 * A pinned unit that has moved on (a newer named version, or changes since the pinned one):
 * what changed, and one click to pin the unit as it is now.
 */
export function UpdateNotice({ item, unit, itemTitle }: UpdateNoticeProps) {
  const { t } = useTranslation();
  const { doc, editable, change } = useDocEditor();
  const { workspaceId, accessKey, authorName, session, units } = useComposer();
  const uid = useId();
  const updating = useMutation({
    // The newest named version when the unit has not changed since; else a version of it as it is now.
    mutationFn: async ({ newestId, label }: { newestId: string | null; label: string }) =>
      newestId ?? namedVersionOfNow(workspaceId, accessKey, item.unitId, label, authorName),
    onSuccess: (versionId) => {
      change(() => updateSessionItem(doc, item.id, { mode: 'pinned', pinnedVersion: versionId }));
      units.refresh(item.unitId);
    },
  });
  // Offline copies leave slides out and may be old: comparing them would invent changes.
  if (unit?.used.status !== 'ok' || unit.live.status !== 'ok' || unit.used.offline || unit.live.offline) return null;
  const changes = describeUnitChanges(unit.used.value, unit.live.value);
  const newest = unit.versions.status === 'ok' ? unit.versions.value.find((version) => version.kind === 'named') : undefined;
  const newer = newest !== undefined && newest.id > Number(item.pinnedVersion);
  const unchanged = isUnchanged(changes);
  if (unchanged && !newer) return null;

  const update = () => updating.mutate({
    newestId: unchanged && newest ? String(newest.id) : null,
    label: t('composer.pin.versionLabel', { title: session.title.trim() || t('composer.untitled') }),
  });

  return (
    <section className="notice notice--warning update-notice" aria-labelledby={`${uid}-title`} data-testid="update-notice">
      <h4 className="notice__title" id={`${uid}-title`}>
        {unchanged && newest ? t('composer.update.newerVersion', { label: newest.label }) : t('composer.update.changed')}
      </h4>
      {!unchanged && (
        <ul className="update-notice__changes" data-testid="update-changes">
          {changes.title && <li>{t('composer.update.title', { from: changes.title.from, to: changes.title.to })}</li>}
          {changes.minutes && (
            <li data-testid="update-minutes">
              {t('composer.update.minutes', { from: formatDuration(t, changes.minutes.from), to: formatDuration(t, changes.minutes.to) })}
            </li>
          )}
          {changes.objectivesAdded.map((text) => <li key={`+${text}`}>{t('composer.update.objectiveAdded', { text })}</li>)}
          {changes.objectivesRemoved.map((text) => <li key={`-${text}`}>{t('composer.update.objectiveRemoved', { text })}</li>)}
          {changes.stepsAdded.map((title, i) => <li key={`s+${i}`}>{t('composer.update.stepAdded', { title })}</li>)}
          {changes.stepsRemoved.map((title, i) => <li key={`s-${i}`}>{t('composer.update.stepRemoved', { title })}</li>)}
          {changes.stepsEdited && <li>{t('composer.update.stepsEdited')}</li>}
          {changes.other.length > 0 && (
            <li>{t('composer.update.other', { fields: changes.other.map((field) => t(OTHER_LABELS[field])).join(', ') })}</li>
          )}
        </ul>
      )}
      {updating.isError && <ErrorNotice lead={t('composer.update.failed')} error={updating.error} />}
      {editable && (
        <button type="button" className="button--primary" onClick={update} disabled={updating.isPending} data-testid="apply-update">
          {updating.isPending ? t('composer.update.updating') : t('composer.update.apply', { title: itemTitle })}
        </button>
      )}
    </section>
  );
}
