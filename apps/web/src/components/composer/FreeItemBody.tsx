import { sessionItemText, updateSessionItem } from '@minga/doc-model';
import { FREE_ITEM_KINDS, type FreeItem, type FreeItemKind } from '@minga/schema';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../fields/TextField.tsx';
import { useDocEditor } from '../doc/DocEditorContext.ts';
import { ItemFacilitatorField } from './ItemFacilitatorField.tsx';
import { ITEM_KIND_LABELS } from './itemLabels.ts';
import { MinutesField } from '../fields/MinutesField.tsx';

interface FreeItemBodyProps {
  item: FreeItem;
  autoFocus: boolean;
}

/** A welcome, break, questions, evaluation or other item: its kind, title, minutes, who and notes. */
export function FreeItemBody({ item, autoFocus }: FreeItemBodyProps) {
  const { t } = useTranslation();
  const { doc, editable, change } = useDocEditor();
  const uid = useId();
  const field = `item:${item.id}`;
  return (
    <div className="session-item__body">
      <div className="session-item__fields">
        <div className="field">
          <label htmlFor={`${uid}-kind`}>{t('composer.items.kind')}</label>
          <select
            id={`${uid}-kind`}
            value={item.kind}
            disabled={!editable}
            data-testid="item-kind"
            onChange={(event) => {
              const kind = event.target.value as FreeItemKind;
              change(() => updateSessionItem(doc, item.id, { kind }));
            }}
          >
            {FREE_ITEM_KINDS.map((kind) => <option key={kind} value={kind}>{t(ITEM_KIND_LABELS[kind])}</option>)}
          </select>
        </div>
        <div className="session-item__grow">
          <TextField
            text={sessionItemText(doc, item.id, 'title')}
            field={field}
            label={t('composer.items.freeTitle')}
            placeholder={t(ITEM_KIND_LABELS[item.kind])}
            presence={false}
            autoFocus={autoFocus}
            maxLength={200}
            testId="item-free-title"
          />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-minutes`}>{t('composer.items.minutes')}</label>
          <MinutesField
            id={`${uid}-minutes`}
            value={item.minutes}
            readOnly={!editable}
            testId="item-free-minutes"
            onChange={(minutes) => change(() => updateSessionItem(doc, item.id, { minutes: minutes ?? 0 }))}
          />
        </div>
        <ItemFacilitatorField item={item} />
      </div>
      <TextField
        text={sessionItemText(doc, item.id, 'notes')}
        field={field}
        label={t('composer.items.notes')}
        presence={false}
        multiline
        rows={2}
        maxLength={5000}
        testId="item-notes"
      />
    </div>
  );
}
