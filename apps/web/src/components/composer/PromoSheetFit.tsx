import { promoSheetPlan } from '@minga/export';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { deckLang } from '../present/deckLang.ts';
import { useComposer } from './ComposerContext.ts';

/**
 * How the promotional sheet will hold the session's texts, said before anyone exports it: smaller
 * type, a second page, or (past two pages) which parts it will shorten. Says nothing when the
 * sheet takes one page in its regular type. `onlyShortened` keeps just the warning.
 */
export function PromoSheetFit({ onlyShortened = false }: { onlyShortened?: boolean }) {
  const { t, i18n } = useTranslation();
  const { session, units } = useComposer();
  const lang = deckLang(i18n.language);
  const plan = useMemo(() => promoSheetPlan({ session, units: units.lookup, lang }), [session, units.lookup, lang]);

  if (plan.shortened.length > 0) {
    const parts = plan.shortened.map((part) => {
      if (part === 'objectives') return t('composer.promotion.sheetParts.objectives', { count: plan.moreObjectives });
      if (part === 'facilitators') return t('composer.promotion.sheetParts.facilitators', { count: plan.moreFacilitators });
      return t('composer.promotion.sheetParts.description');
    });
    const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(parts);
    return <p className="notice notice--warning" data-testid="promo-sheet-fit">{t('composer.promotion.sheetShortened', { parts: list })}</p>;
  }
  if (onlyShortened || (plan.size === 'regular' && plan.pages === 1)) return null;
  return (
    <p className="hint" data-testid="promo-sheet-fit">
      {plan.pages === 2 ? t('composer.promotion.sheetTwoPages') : t('composer.promotion.sheetCompact')}
    </p>
  );
}
