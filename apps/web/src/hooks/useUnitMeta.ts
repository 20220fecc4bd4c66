import { unitMeta, UNIT_META } from '@minga/doc-model';
import { DEFAULT_LICENCE, LanguageSchema, LicenceSchema, type Licence } from '@minga/schema';
import { useCallback, useMemo } from 'react';
import type * as Y from 'yjs';
import { useDocSnapshot } from './useDocSnapshot.ts';

export interface UnitMeta {
  language: string;
  licence: Licence;
}

/** The unit's language and licence, live (defaults as yDocToUnit reads them). */
export function useUnitMeta(doc: Y.Doc): UnitMeta {
  const meta = unitMeta(doc);
  const types = useMemo(() => [meta as Y.AbstractType<unknown>], [meta]);
  const read = useCallback((): UnitMeta => {
    const language = LanguageSchema.safeParse(meta.get(UNIT_META.language));
    const licence = LicenceSchema.safeParse(meta.get(UNIT_META.licence));
    return { language: language.success ? language.data : 'fr', licence: licence.success ? licence.data : DEFAULT_LICENCE };
  }, [meta]);
  return useDocSnapshot(types, read);
}
