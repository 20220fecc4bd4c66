import type { DeckLang } from './deckText.ts';

/**
 * reveal.js writes its own controls' labels in English ("previous slide"…) and has no option for
 * them; a French deck says them in French. The offline file relabels them once reveal.js is ready
 * (revealInitScript), the app does the same with relabelRevealControls' selectors.
 */

export interface RevealLabels {
  previous: string;
  next: string;
  above: string;
  below: string;
  /** The placeholder of the "jump to slide" box (G). */
  jump: string;
}

export const REVEAL_LABELS: Record<DeckLang, RevealLabels> = {
  fr: {
    previous: 'diapositive précédente',
    next: 'diapositive suivante',
    above: 'diapositive du dessus',
    below: 'diapositive du dessous',
    jump: 'Aller à la diapositive',
  },
  en: {
    previous: 'previous slide',
    next: 'next slide',
    above: 'above slide',
    below: 'below slide',
    jump: 'Jump to slide',
  },
};

/** The labels of a deck's language; French for anything else (a hand-made deck may say anything). */
export function revealLabelsFor(lang: string): RevealLabels {
  return lang === 'en' ? REVEAL_LABELS.en : REVEAL_LABELS.fr;
}

/** Each of reveal.js's own elements (inside `.reveal`) and the attribute that says it, with the label it takes. */
export function revealLabelTargets(labels: RevealLabels): { selector: string; attribute: 'aria-label' | 'placeholder'; value: string }[] {
  return [
    { selector: '.controls .navigate-left', attribute: 'aria-label', value: labels.previous },
    { selector: '.controls .navigate-right', attribute: 'aria-label', value: labels.next },
    { selector: '.controls .navigate-up', attribute: 'aria-label', value: labels.above },
    { selector: '.controls .navigate-down', attribute: 'aria-label', value: labels.below },
    { selector: '.jump-to-slide-input', attribute: 'placeholder', value: labels.jump },
  ];
}

/** The offline deck's start: reveal.js with the notes plugin, then its controls labelled in the deck's language. */
export function revealInitScript(config: object, lang: DeckLang): string {
  const targets = JSON.stringify(revealLabelTargets(revealLabelsFor(lang)));
  return `Reveal.initialize(Object.assign(${JSON.stringify(config)}, { plugins: [RevealNotes] })).then(function () {`
    + ` ${targets}.forEach(function (t) { document.querySelectorAll('.reveal ' + t.selector).forEach(function (e) { e.setAttribute(t.attribute, t.value); }); });`
    + ' });';
}
