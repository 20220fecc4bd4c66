import type { BudgetStatus, FreeItemKind, StepKind } from '@minga/schema';

/**
 * The fixed texts of a deck and a run-sheet, in French and English. A typed catalogue rather than
 * the web app's JSON files: exports run on the server too, and a missing text is a type error.
 */

export const DECK_LANGS = ['fr', 'en'] as const;
export type DeckLang = (typeof DECK_LANGS)[number];

export interface DeckTexts {
  agenda: string;
  objectives: string;
  nextSteps: string;
  credits: string;
  facilitators: string;
  audience: string;
  contributors: string;
  /** Before the names of a unit's reviewers in the credits. */
  reviewedBy: string;
  licence: string;
  sources: string;
  sequence: string;
  live: string;
  pinned(version: string): string;
  transition: string;
  facilitatorNotes: string;
  continued: string;
  /** "Label : value" with the language's punctuation; "Label :" when value is empty. */
  labelled(label: string, value: string): string;
  minutes(n: number): string;
  planned(minutes: number): string;
  budget(status: BudgetStatus, target: number): string;
  step(index: number, count: number, title: string): string;
  unitOverride(unitMinutes: number, minutes: number): string;
  unitPlanned(title: string, minutes: number): string;
  freeKinds: Record<FreeItemKind, string>;
  stepKinds: Record<StepKind, string>;
  missingUnitTitle: string;
  missingUnitMessage(unitId: string): string;
  unreadableUnitMessage(unitId: string): string;
  missingUnitNotes: string;
  missingCredits: string;
  noNextSteps: string;
  noObjectives: string;
  noContributors: string;
  uncoveredObjective(text: string): string;
  /** The last line of a list cut short on its slide: the rest is in the speaker notes. */
  moreInNotes(count: number): string;
  shareAlike(licences: string): string;
  /** A fork of a share-alike unit: the licence its source binds it to. */
  adaptedFrom(licence: string): string;
  licencesUsed(licences: string): string;
  nextStepsNotes: string;
  creditsNotes: string;
  agendaNotes: string;
  withFacilitators(names: string): string;
  date(iso: string): string;
  runSheet: {
    title(sessionTitle: string): string;
    schedule: string;
    time: string;
    item: string;
    who: string;
    activity: string;
    materials: string;
    notes: string;
    credits: string;
    unitsHeading: string;
  };
  /** The participant handout (renderHandoutHtml). */
  handout: {
    /** The document's title. */
    title(sessionTitle: string): string;
    /** The small line above the title. */
    kicker: string;
    sessionObjectives: string;
    /** Heading of the units' part. */
    contents: string;
    keyPoints: string;
    /** After the key points when a unit has more slides than the handout keeps. */
    morePoints(n: number): string;
    sources: string;
    noSources: string;
    /** A source whose licence nobody wrote down. */
    licenceNotStated: string;
    noNextSteps: string;
    /** Read by screen readers and shown in print next to a next step already done. */
    done: string;
    /** Why the credits are there, and how to reuse the material. */
    reuse: string;
    /** The footer: where the document comes from. */
    generated: string;
  };
  /** The one-page promotional sheet (renderPromoSheetHtml). */
  promo: {
    title(sessionTitle: string): string;
    kicker: string;
    when: string;
    where: string;
    duration: string;
    schedule: string;
    /** A duration for decision-makers: "1 h", "1 h 30", "45 min". */
    durationValue(minutes: number): string;
    /** The session's target format, under the planned duration. */
    target(minutes: number): string;
    /** A date, place or time not set yet. */
    toBeAnnounced: string;
    objectives: string;
    facilitators: string;
    moreObjectives(n: number): string;
    moreFacilitators(n: number): string;
    /** The footer: the contents' licences, and where the full credits are. */
    footer(licences: string): string;
    /** The footer without units to credit. */
    footerNoUnits: string;
  };
}

const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FR_DAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const EN_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Day, month and year of a `YYYY-MM-DD` date, and its weekday (0 = Sunday); undefined when it is not one. */
function dateParts(iso: string): { year: number; month: number; day: number; weekday: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return Number.isNaN(weekday) || month < 1 || month > 12 ? undefined : { year, month, day, weekday };
}

/** Hours and minutes, "1 h 30" (French) or "1 h 30 min" (English); minutes alone under an hour. */
function hoursMinutes(minutes: number, lang: DeckLang): string {
  const m = Math.max(0, Math.round(minutes));
  const [hours, rest] = [Math.floor(m / 60), m % 60];
  if (hours === 0) return `${rest} min`;
  if (rest === 0) return `${hours} h`;
  return lang === 'fr' ? `${hours} h ${String(rest).padStart(2, '0')}` : `${hours} h ${rest} min`;
}

const fr: DeckTexts = {
  agenda: 'Programme',
  objectives: 'Objectifs',
  nextSteps: 'Étapes suivantes',
  credits: 'Crédits',
  facilitators: 'Animation',
  audience: 'Public',
  contributors: 'Contributeurs',
  reviewedBy: 'Relu par',
  licence: 'Licence',
  sources: 'Sources',
  sequence: 'Séquence',
  live: 'Version suivie\u00a0: la dernière',
  pinned: (version) => `Version épinglée\u00a0: ${version}`,
  transition: 'Transition',
  facilitatorNotes: 'Notes d’animation',
  continued: 'suite',
  labelled: (label, value) => (value === '' ? `${label}\u00a0:` : `${label}\u00a0: ${value}`),
  minutes: (n) => `${n} min`,
  planned: (minutes) => `Durée prévue\u00a0: ${minutes} min`,
  budget: (status, target) =>
    status.status === 'exact' ? `${target} min prévues\u00a0: pile dans le temps`
      : status.status === 'over' ? `${target} min prévues\u00a0: ${status.by} min de trop`
        : `${target} min prévues\u00a0: ${status.by} min de marge`,
  step: (index, count, title) => `Étape ${index}/${count}\u00a0: ${title}`,
  unitOverride: (unitMinutes, minutes) => `La séquence de l’unité dure ${unitMinutes} min\u00a0; la session lui en donne ${minutes}.`,
  unitPlanned: (title, minutes) => `Unité «\u00a0${title}\u00a0»\u00a0: ${minutes} min prévues`,
  freeKinds: { welcome: 'Accueil', break: 'Pause', questions: 'Questions', evaluation: 'Évaluation', other: 'Autre' },
  stepKinds: { talk: 'exposé', exercise: 'exercice', discussion: 'discussion', workshop: 'atelier en petits groupes', break: 'pause', other: 'autre' },
  missingUnitTitle: 'Unité indisponible',
  missingUnitMessage: (unitId) => `L’unité «\u00a0${unitId}\u00a0» a été supprimée ou n’est plus lisible.`,
  unreadableUnitMessage: (unitId) => `L’unité «\u00a0${unitId}\u00a0» n’a pas pu être lue (données invalides).`,
  missingUnitNotes: 'Passer cette partie ou la remplacer\u00a0; le reste de la session n’est pas touché.',
  missingCredits: 'crédits inconnus',
  noNextSteps: 'Qu’allons-nous faire ensuite\u00a0?',
  noObjectives: 'Aucun objectif écrit.',
  noContributors: 'non renseignés',
  uncoveredObjective: (text) => `Objectif couvert par aucune unité\u00a0: ${text}`,
  moreInNotes: (count) => `… et ${count} de plus (dans les notes)`,
  shareAlike: (licences) => `Partage dans les mêmes conditions (${licences})\u00a0: toute adaptation garde la même licence et ces crédits.`,
  adaptedFrom: (licence) => `Adaptation d’une unité sous ${licence}\u00a0: elle reste sous ${licence} (partage dans les mêmes conditions).`,
  licencesUsed: (licences) => `Licences\u00a0: ${licences}`,
  nextStepsNotes: 'Recueillir les étapes suivantes de la salle\u00a0: qui fait quoi, pour quand.',
  creditsNotes: 'Les licences de partage dans les mêmes conditions exigent de citer les auteurs et les sources.',
  agendaNotes: 'Présenter le programme et les horaires.',
  withFacilitators: (names) => `Animation\u00a0: ${names}`,
  date: (iso) => {
    const p = dateParts(iso);
    return p ? `${FR_DAYS[p.weekday]} ${p.day === 1 ? '1er' : p.day} ${FR_MONTHS[p.month - 1]} ${p.year}` : iso;
  },
  runSheet: {
    title: (t) => `Déroulé\u00a0: ${t}`,
    schedule: 'Déroulé',
    time: 'Horaire',
    item: 'Séquence',
    who: 'Qui',
    activity: 'Activité',
    materials: 'Matériel',
    notes: 'Notes',
    credits: 'Crédits',
    unitsHeading: 'Unités',
  },
  handout: {
    title: (t) => `Support participant\u00a0: ${t}`,
    kicker: 'Support participant',
    sessionObjectives: 'Objectifs de la session',
    contents: 'Contenu de la session',
    keyPoints: 'Points clés',
    morePoints: (n) => (n === 1 ? 'Et 1 autre point, dans les diapositives.' : `Et ${n} autres points, dans les diapositives.`),
    sources: 'Sources et matériel',
    noSources: 'Aucune source citée.',
    licenceNotStated: 'licence non précisée',
    noNextSteps: 'Aucune étape suivante notée pour l’instant.',
    done: 'fait',
    reuse: 'Ces unités de formation sont des communs\u00a0: réutilisez-les et adaptez-les en citant leurs contributeurs, leurs sources et leur licence.',
    generated: 'Document créé avec Minga à partir des unités de la session.',
  },
  promo: {
    title: (t) => `Présentation\u00a0: ${t}`,
    kicker: 'Formation',
    when: 'Quand',
    where: 'Où',
    duration: 'Durée',
    schedule: 'Horaire',
    durationValue: (minutes) => hoursMinutes(minutes, 'fr'),
    target: (minutes) => `format prévu\u00a0: ${hoursMinutes(minutes, 'fr')}`,
    toBeAnnounced: 'à préciser',
    objectives: 'Ce que vous en retirerez',
    facilitators: 'Animation',
    moreObjectives: (n) => (n === 1 ? 'et 1 autre objectif' : `et ${n} autres objectifs`),
    moreFacilitators: (n) => (n === 1 ? 'et 1 autre personne' : `et ${n} autres personnes`),
    footer: (licences) => `Contenus en commun sous licence ${licences}\u00a0; contributeurs et sources dans le support participant. Créé avec Minga.`,
    footerNoUnits: 'Créé avec Minga.',
  },
};

const en: DeckTexts = {
  agenda: 'Agenda',
  objectives: 'Objectives',
  nextSteps: 'Next steps',
  credits: 'Credits',
  facilitators: 'Facilitators',
  audience: 'Audience',
  contributors: 'Contributors',
  reviewedBy: 'Reviewed by',
  licence: 'Licence',
  sources: 'Sources',
  sequence: 'Sequence',
  live: 'Version followed: the latest',
  pinned: (version) => `Pinned version: ${version}`,
  transition: 'Transition',
  facilitatorNotes: 'Facilitator notes',
  continued: 'continued',
  labelled: (label, value) => (value === '' ? `${label}:` : `${label}: ${value}`),
  minutes: (n) => `${n} min`,
  planned: (minutes) => `Planned: ${minutes} min`,
  budget: (status, target) =>
    status.status === 'exact' ? `${target} min planned: exactly on time`
      : status.status === 'over' ? `${target} min planned: ${status.by} min over`
        : `${target} min planned: ${status.by} min to spare`,
  step: (index, count, title) => `Step ${index}/${count}: ${title}`,
  unitOverride: (unitMinutes, minutes) => `The unit's sequence takes ${unitMinutes} min; the session gives it ${minutes}.`,
  unitPlanned: (title, minutes) => `Unit "${title}": ${minutes} min planned`,
  freeKinds: { welcome: 'Welcome', break: 'Break', questions: 'Questions', evaluation: 'Evaluation', other: 'Other' },
  stepKinds: { talk: 'talk', exercise: 'exercise', discussion: 'discussion', workshop: 'small-group workshop', break: 'break', other: 'other' },
  missingUnitTitle: 'Unit unavailable',
  missingUnitMessage: (unitId) => `The unit "${unitId}" was deleted or can no longer be read.`,
  unreadableUnitMessage: (unitId) => `The unit "${unitId}" could not be read (invalid data).`,
  missingUnitNotes: 'Skip or replace this part; the rest of the session is not affected.',
  missingCredits: 'credits unknown',
  noNextSteps: 'What will we do next?',
  noObjectives: 'No objectives written.',
  noContributors: 'not recorded',
  uncoveredObjective: (text) => `Objective no unit covers: ${text}`,
  moreInNotes: (count) => `… and ${count} more (in the notes)`,
  shareAlike: (licences) => `Share-alike (${licences}): any adaptation keeps the same licence and these credits.`,
  adaptedFrom: (licence) => `Adapted from a unit under ${licence}: it stays under ${licence} (share-alike).`,
  licencesUsed: (licences) => `Licences: ${licences}`,
  nextStepsNotes: 'Collect the room’s next steps: who does what, by when.',
  creditsNotes: 'Share-alike licences require crediting the authors and the sources.',
  agendaNotes: 'Walk through the agenda and the times.',
  withFacilitators: (names) => `Facilitators: ${names}`,
  date: (iso) => {
    const p = dateParts(iso);
    return p ? `${EN_DAYS[p.weekday]} ${p.day} ${EN_MONTHS[p.month - 1]} ${p.year}` : iso;
  },
  runSheet: {
    title: (t) => `Run-sheet: ${t}`,
    schedule: 'Schedule',
    time: 'Time',
    item: 'Item',
    who: 'Who',
    activity: 'Activity',
    materials: 'Materials',
    notes: 'Notes',
    credits: 'Credits',
    unitsHeading: 'Units',
  },
  handout: {
    title: (t) => `Participant handout: ${t}`,
    kicker: 'Participant handout',
    sessionObjectives: 'Session objectives',
    contents: 'What we cover',
    keyPoints: 'Key points',
    morePoints: (n) => (n === 1 ? 'And 1 more point, in the slides.' : `And ${n} more points, in the slides.`),
    sources: 'Sources and materials',
    noSources: 'No sources cited.',
    licenceNotStated: 'licence not stated',
    noNextSteps: 'No next steps written down yet.',
    done: 'done',
    reuse: 'These training units are commons: reuse and adapt them, crediting their contributors, their sources and their licence.',
    generated: 'Made with Minga from the session’s units.',
  },
  promo: {
    title: (t) => `About: ${t}`,
    kicker: 'Training session',
    when: 'When',
    where: 'Where',
    duration: 'Duration',
    schedule: 'Time',
    durationValue: (minutes) => hoursMinutes(minutes, 'en'),
    target: (minutes) => `planned format: ${hoursMinutes(minutes, 'en')}`,
    toBeAnnounced: 'to be announced',
    objectives: 'What you will take away',
    facilitators: 'Facilitators',
    moreObjectives: (n) => (n === 1 ? 'and 1 more objective' : `and ${n} more objectives`),
    moreFacilitators: (n) => (n === 1 ? 'and 1 more person' : `and ${n} more people`),
    footer: (licences) => `Shared content under ${licences}; contributors and sources in the participant handout. Made with Minga.`,
    footerNoUnits: 'Made with Minga.',
  },
};

export const DECK_TEXTS: Readonly<Record<DeckLang, DeckTexts>> = { fr, en };

/** The fixed texts for a language; French when the language is not one Minga knows. */
export function deckTexts(lang: string): DeckTexts {
  return lang === 'en' ? en : fr;
}
