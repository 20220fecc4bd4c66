import { updateSessionItem } from '@minga/doc-model';
import type { SessionItem } from '@minga/schema';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PlainValueInput } from '../fields/PlainValueInput.tsx';
import { useDocEditor } from '../doc/DocEditorContext.ts';
import { useComposer } from './ComposerContext.ts';

/** Who leads this item: any name, the session's facilitators offered first. */
export function ItemFacilitatorField({ item }: { item: SessionItem }) {
  const { t } = useTranslation();
  const { doc, editable, change } = useDocEditor();
  const { session } = useComposer();
  const uid = useId();
  return (
    <div className="field">
      <label htmlFor={`${uid}-who`}>{t('composer.items.facilitator')}</label>
      <PlainValueInput
        id={`${uid}-who`}
        list={`${uid}-names`}
        value={item.facilitator ?? ''}
        readOnly={!editable}
        maxLength={100}
        autoComplete="off"
        isValid={(value) => !/[\r\n]/.test(value) && value.length <= 100}
        onCommit={(value) => change(() => updateSessionItem(doc, item.id, { facilitator: value.trim() ? value : undefined }))}
        data-testid="item-facilitator"
      />
      <datalist id={`${uid}-names`}>
        {session.facilitators.map((person) => <option key={person.name} value={person.name} />)}
      </datalist>
    </div>
  );
}
