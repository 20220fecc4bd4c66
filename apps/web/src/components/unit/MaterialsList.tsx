import { insertItem } from '@minga/doc-model';
import { newItemId, type Material } from '@minga/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnitList } from '../../hooks/useUnitList.ts';
import { MaterialRow } from './MaterialRow.tsx';
import { useDocEditor } from '../doc/DocEditorContext.ts';

const pickPlain = (material: Material) => ({ id: material.id, url: material.url, licence: material.licence });

/** The existing material the unit draws on, each with its link and licence, for the credits. */
export function MaterialsList() {
  const { t } = useTranslation();
  const { doc, editable, change } = useDocEditor();
  const materials = useUnitList(doc, 'materials', pickPlain);
  const [added, setAdded] = useState<string | null>(null);
  const add = () => {
    const id = newItemId();
    change(() => insertItem(doc, 'materials', { id, title: '', url: '', licence: '' }));
    setAdded(id);
  };
  return (
    <>
      {materials.length === 0 && <p className="hint">{t('unit.materials.empty')}</p>}
      <ul className="materials-list" data-testid="materials-list">
        {materials.map((material, index) => (
          <li key={material.id}>
            <MaterialRow id={material.id} index={index} url={material.url} licence={material.licence} autoFocus={material.id === added} />
          </li>
        ))}
      </ul>
      {editable && (
        <div className="actions">
          <button type="button" onClick={add} data-testid="add-material">{t('unit.materials.add')}</button>
        </div>
      )}
    </>
  );
}
