import type { NextStep, NextStepOrigin, Session, Unit } from '@minga/schema';
import { deckTexts, type DeckLang } from './deckText.ts';
import { joinParts } from './unitSlides.ts';

/**
 * The handover (passation) that ends the run-sheet and the handout: the session's next steps, done
 * ones with who ticked them and when, then the open next steps of its units not yet handed over,
 * each with its owner, target and where it came from.
 */

/** One next step of the handover, as printed. */
export interface HandoverLine {
  text: string;
  done: boolean;
  /** "responsable : Yann · échéance : Montpellier · depuis « Les communs »". */
  details: string;
}

const NBSP = '\u00a0';

const HANDOVER_TEXTS = {
  fr: {
    heading: 'Passation',
    none: 'Rien à passer à l’équipe suivante pour l’instant.',
    owner: (name: string) => `responsable${NBSP}: ${name}`,
    target: (when: string) => `échéance${NBSP}: ${when}`,
    from: (title: string) => `depuis «${NBSP}${title}${NBSP}»`,
    doneBy: (name: string | undefined, date: string | undefined) => `fait${name ? ` par ${name}` : ''}${date ? ` le ${date}` : ''}`,
  },
  en: {
    heading: 'Handover',
    none: 'Nothing to hand over to the next team yet.',
    owner: (name: string) => `owner: ${name}`,
    target: (when: string) => `target: ${when}`,
    from: (title: string) => `from “${title}”`,
    doneBy: (name: string | undefined, date: string | undefined) => `done${name ? ` by ${name}` : ''}${date ? ` on ${date}` : ''}`,
  },
} as const;

/** The handover's heading and empty message in a language. */
export function handoverTexts(lang: DeckLang) {
  // Like deckTexts: a language Minga does not know reads as French, never as undefined.
  return lang === 'en' ? HANDOVER_TEXTS.en : HANDOVER_TEXTS.fr;
}

const originKey = (o: NextStepOrigin) => `${o.kind}:${o.docId}:${o.nextStepId}`;

/** The handover of a session whose units are `units` (those that could be read). */
export function handoverLines(session: Session, units: readonly Unit[], lang: DeckLang): HandoverLine[] {
  const t = handoverTexts(lang);
  const date = deckTexts(lang).date;
  const own = session.nextSteps.filter((s) => s.text.trim() !== '');
  const handed = new Set(own.flatMap((s) => (s.origin ? [originKey(s.origin)] : [])));
  const fromUnits: NextStep[] = units.flatMap((u) => u.nextSteps
    .filter((s) => !s.done && s.text.trim() !== '' && !handed.has(`unit:${u.id}:${s.id}`))
    .map((s) => ({ ...s, origin: { kind: 'unit' as const, docId: u.id, title: u.title, nextStepId: s.id } })));
  return [...own, ...fromUnits].map((s) => ({
    text: s.text,
    done: s.done,
    details: joinParts([
      s.owner ? t.owner(s.owner) : undefined,
      s.target ? t.target(s.target) : undefined,
      s.origin && s.origin.docId !== session.id ? t.from(s.origin.title) : undefined,
      s.done ? t.doneBy(s.doneBy, s.doneAt ? date(s.doneAt.slice(0, 10)) : undefined) : undefined,
    ]),
  }));
}
