import { useMemo, type FocusEvent } from 'react';
import { useDocEditor } from '../components/doc/DocEditorContext.ts';

export interface FieldFocusHandlers {
  onFocus: () => void;
  onBlur: (event: FocusEvent<HTMLElement>) => void;
}

/**
 * Focus handlers for a field (or a row of fields) of the unit: they tell the others which
 * field this person is in. Moving between inputs of the same row keeps the field.
 */
export function useFieldFocus(field: string): FieldFocusHandlers {
  const { setField } = useDocEditor();
  return useMemo(
    () => ({
      onFocus: () => setField(field),
      onBlur: (event: FocusEvent<HTMLElement>) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setField(null);
      },
    }),
    [field, setField],
  );
}
