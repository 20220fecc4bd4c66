import type { Session } from './session.ts';

/**
 * A complete session that uses every field and every item kind: the fixture of the schema, timing
 * and export tests. It places EXAMPLE_UNIT (`communs-decideurs-01`) live and a second unit,
 * `gouvernance-partagee`, pinned, which tests provide or leave out (a deleted unit).
 * Already in parsed form, so `SessionSchema.parse(EXAMPLE_SESSION)` deep-equals it.
 */
export const EXAMPLE_SESSION: Session = {
  schemaVersion: 1,
  id: 'formation-decideurs-lille',
  title: 'Formation-action\u00a0: les communs pour les décideurs',
  audience: 'Élus et cadres des collectivités, dirigeants de PME',
  date: '2025-03-14',
  place: 'Tiers-lieu La Coroutine, Lille',
  startTime: '14:00',
  targetMinutes: 60,
  objectives: [
    { id: 'sobj-1', text: 'Comprendre ce qu’est un commun\u00a0: ressource, communauté, règles' },
    { id: 'sobj-2', text: 'Partager la gouvernance d’un projet' },
    { id: 'sobj-3', text: 'Repartir avec une idée de projet' },
  ],
  promotionalDescription: 'Une heure pour découvrir les communs par l’exemple et repartir avec une idée de projet.',
  facilitators: [{ name: 'Amel' }, { name: 'Yann' }],
  nextSteps: [
    { id: 'sns-1', text: 'Envoyer les supports aux participants', done: false },
    { id: 'sns-2', text: 'Réserver la salle pour la suite', done: true },
  ],
  theme: 'minga',
  items: [
    { id: 'it-welcome', kind: 'welcome', title: 'Accueil', minutes: 5, facilitator: 'Amel', notes: 'Café à gauche, badges à droite.' },
    {
      id: 'it-communs',
      kind: 'unit',
      unitId: 'communs-decideurs-01',
      mode: 'live',
      minutesOverride: 30,
      facilitator: 'Yann',
      transitionNote: 'Partir d’un exemple local\u00a0: le four à pain du quartier.',
      servesObjectiveIds: ['sobj-3'],
    },
    { id: 'it-gouvernance', kind: 'unit', unitId: 'gouvernance-partagee', mode: 'pinned', pinnedVersion: 'v2', facilitator: 'Amel' },
    { id: 'it-questions', kind: 'questions', title: 'Questions', minutes: 5 },
    { id: 'it-evaluation', kind: 'evaluation', title: 'Évaluation à chaud', minutes: 5 },
  ],
  createdAt: '2025-02-01T10:00:00.000Z',
  updatedAt: '2025-02-03T18:30:00+01:00',
};
