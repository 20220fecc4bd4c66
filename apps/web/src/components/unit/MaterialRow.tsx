import { itemText, removeItem, updateItem } from '@minga/doc-model';
import { isHttpUrl } from '@minga/schema';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldFocus } from '../../hooks/useFieldFocus.ts';
import { FieldPresence } from '../fields/FieldPresence.tsx';
import { PlainValueInput } from '../fields/PlainValueInput.tsx';
import { RemoveButton } from '../fields/RemoveButton.tsx';
import { TextField } from '../fields/TextField.tsx';
import { useDocEditor } from '../doc/DocEditorContext.ts';

interface MaterialRowProps {
  id: string;
  index: number;
  url: string;
  licence: string;
  autoFocus: boolean;
}

const isLink = (value: string) => value === '' || isHttpUrl(value);

/** One piece of existing material: title, link (http or https, or none) and licence. */
export function MaterialRow({ id, index, url, licence, autoFocus }: MaterialRowProps) {
  const { t } = useTranslation();
  const { doc, editable, change } = useDocEditor();
  const uid = useId();
  const field = `material:${id}`;
  const focus = useFieldFocus(field);
  return (
    <fieldset className="material-row" data-testid="material" {...focus}>
      <legend className="material-row__legend">
        {t('unit.materials.number', { n: index + 1 })}
        <FieldPresence field={field} />
      </legend>
      <TextField text={itemText(doc, 'materials', id, 'title')} field={field} label={t('unit.materials.title')} presence={false} autoFocus={autoFocus} maxLength={300} testId="material-title" />
      <div className="field">
        <label htmlFor={`${uid}-url`}>{t('unit.materials.url')}</label>
        <PlainValueInput
          id={`${uid}-url`}
          type="url"
          inputMode="url"
          value={url}
          readOnly={!editable}
          isValid={isLink}
          placeholder="https://"
          aria-describedby={`${uid}-url-hint`}
          data-testid="material-url"
          onCommit={(next) => change(() => updateItem(doc, 'materials', id, { url: next }))}
        />
        <p className="hint" id={`${uid}-url-hint`}>{t('unit.materials.urlHint')}</p>
      </div>
      <div className="field">
        <label htmlFor={`${uid}-licence`}>{t('unit.materials.licence')}</label>
        <PlainValueInput
          id={`${uid}-licence`}
          value={licence}
          readOnly={!editable}
          maxLength={100}
          placeholder={t('unit.materials.licencePlaceholder')}
          data-testid="material-licence"
          onCommit={(next) => change(() => updateItem(doc, 'materials', id, { licence: next }))}
        />
      </div>
      {editable && (
        <div className="actions">
          <RemoveButton label={t('unit.materials.remove', { n: index + 1 })} onRemove={() => change(() => removeItem(doc, 'materials', id))} />
        </div>
      )}
    </fieldset>
  );
}
