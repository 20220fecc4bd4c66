import { updateSessionItem } from '@minga/doc-model';
import { useMutation } from '@tanstack/react-query';
import type { UnitItem } from '@minga/schema';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemUnit } from '../../hooks/useSessionUnits.ts';
import { formatDateTime } from '../../lib/formatDateTime.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { useDocEditor } from '../doc/DocEditorContext.ts';
import { useComposer } from './ComposerContext.ts';
import { namedVersionOfNow } from './pinUnit.ts';

interface PinControlProps {
  item: UnitItem;
  unit: ItemUnit | undefined;
}

/**
 * Live (the item follows the unit as it changes) or pinned (it keeps one named version, picked
 * from the unit's history). Pinning keeps the unit as it is now, saving a named version if needed.
 */
export function PinControl({ item, unit }: PinControlProps) {
  const { t, i18n } = useTranslation();
  const { doc, editable, change } = useDocEditor();
  const { workspaceId, accessKey, authorName, session, units } = useComposer();
  const uid = useId();
  const pinning = useMutation({
    mutationFn: (label: string) => namedVersionOfNow(workspaceId, accessKey, item.unitId, label, authorName),
    onSuccess: (versionId) => {
      change(() => updateSessionItem(doc, item.id, { mode: 'pinned', pinnedVersion: versionId }));
      // Its history now holds the version.
      units.refresh(item.unitId);
    },
  });
  const versions = unit?.versions.status === 'ok' ? unit.versions.value.filter((version) => version.kind === 'named') : [];
  const pinned = item.mode === 'pinned' ? item.pinnedVersion : undefined;
  const pinnedKnown = pinned !== undefined && versions.some((version) => String(version.id) === pinned);

  const pinNow = () => pinning.mutate(t('composer.pin.versionLabel', { title: session.title.trim() || t('composer.untitled') }));

  return (
    <fieldset className="pin-control" data-testid="pin-control" data-mode={item.mode} data-pinned-version={pinned ?? ''}>
      <legend>{t('composer.pin.legend')}</legend>
      <div className="pin-control__modes">
        <label>
          <input
            type="radio"
            name={`${uid}-mode`}
            checked={item.mode === 'live' && !pinning.isPending}
            disabled={!editable || pinning.isPending}
            onChange={() => change(() => updateSessionItem(doc, item.id, { mode: 'live' }))}
            data-testid="pin-live"
          />
          {t('composer.pin.live')}
        </label>
        <label>
          <input
            type="radio"
            name={`${uid}-mode`}
            // Checked at once while the version is being saved: the choice is made, the pin follows.
            checked={item.mode === 'pinned' || pinning.isPending}
            disabled={!editable || pinning.isPending}
            onChange={pinNow}
            data-testid="pin-pinned"
          />
          {t('composer.pin.pinned')}
        </label>
      </div>
      {pinning.isPending && <p className="hint" role="status">{t('composer.pin.pinning')}</p>}
      {pinning.isError && <ErrorNotice lead={t('composer.pin.failed')} error={pinning.error} />}
      {item.mode === 'pinned' && (
        <div className="field">
          <label htmlFor={`${uid}-version`}>{t('composer.pin.version')}</label>
          <select
            id={`${uid}-version`}
            value={pinned ?? ''}
            disabled={!editable}
            data-testid="pin-version"
            onChange={(event) => {
              const pinnedVersion = event.target.value;
              change(() => updateSessionItem(doc, item.id, { mode: 'pinned', pinnedVersion }));
            }}
          >
            {pinned !== undefined && !pinnedKnown && <option value={pinned}>{t('composer.pin.otherVersion', { id: pinned })}</option>}
            {versions.map((version) => (
              <option key={version.id} value={String(version.id)}>
                {t('composer.pin.versionOption', { label: version.label, date: formatDateTime(version.createdAt, i18n.language) })}
              </option>
            ))}
          </select>
        </div>
      )}
    </fieldset>
  );
}
