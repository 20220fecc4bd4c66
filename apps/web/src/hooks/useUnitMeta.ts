import { readUnitReview, unitMeta, unitReviewMap, UNIT_META } from '@minga/doc-model';
import { DEFAULT_LICENCE, LanguageSchema, LicenceSchema, UnitSourceSchema, shareAlikeSourceLicence, type Licence, type ReviewState } from '@minga/schema';
import { useCallback, useMemo } from 'react';
import type * as Y from 'yjs';
import { useDocSnapshot } from './useDocSnapshot.ts';

export interface UnitMeta {
  language: string;
  licence: Licence;
  /** Set on a fork of a share-alike unit: the source's licence, the only one the fork may carry. */
  sourceLicence?: Licence;
  /** Whether the unit was adapted (forked) from another one: only then has it a source to follow. */
  isFork: boolean;
}

/** The unit's language and licence, and the licence a share-alike source binds it to, live (defaults as yDocToUnit reads them). */
export function useUnitMeta(doc: Y.Doc): UnitMeta {
  const meta = unitMeta(doc);
  const types = useMemo(() => [meta as Y.AbstractType<unknown>], [meta]);
  const read = useCallback((): UnitMeta => {
    const language = LanguageSchema.safeParse(meta.get(UNIT_META.language));
    const licence = LicenceSchema.safeParse(meta.get(UNIT_META.licence));
    const source = UnitSourceSchema.safeParse(meta.get(UNIT_META.source));
    const sourceLicence = source.success ? shareAlikeSourceLicence({ source: source.data }) : undefined;
    return {
      language: language.success ? language.data : 'fr',
      licence: licence.success ? licence.data : DEFAULT_LICENCE,
      ...(sourceLicence ? { sourceLicence } : {}),
      isFork: source.success && source.data.forkedFrom !== undefined,
    };
  }, [meta]);
  return useDocSnapshot(types, read);
}

/** The unit's review state, live (draft when never set). */
export function useReviewState(doc: Y.Doc): ReviewState {
  const types = useMemo(() => [unitReviewMap(doc) as Y.AbstractType<unknown>], [doc]);
  const read = useCallback((): ReviewState => readUnitReview(doc)?.state ?? 'draft', [doc]);
  return useDocSnapshot(types, read);
}
