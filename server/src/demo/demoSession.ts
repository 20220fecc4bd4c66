import type { Session } from '@minga/schema';
import {
  AGIR_EN_DECIDEUR, COMMUNS_TROIS_PILIERS, ENCYCLOPEDIE_COLLABORATIVE, MATERIEL_LIBRE_DURABLE, PUBLICATION_WEB_LIBRE, RETRIBUER_CONTRIBUTEURS,
} from './demoUnits.ts';

/**
 * The network's one-hour formation-action, built from the demo units: 5 minutes of welcome,
 * 45 of units (most shortened with minutesOverride, since each unit also stands on its own)
 * and 10 of questions, from 09:30 to 10:30.
 */
export const DEMO_SESSION: Session = {
  schemaVersion: 1,
  id: 'communs-pour-les-decideurs',
  title: 'Les communs pour les décideurs',
  audience: 'Élus, agents publics et dirigeants d’entreprise',
  place: 'Lille, lieu à confirmer',
  startTime: '09:30',
  targetMinutes: 60,
  objectives: [
    { id: 'sobj-1', text: 'Savoir dire ce qu’est un commun\u00a0: ressource, communauté, règles' },
    { id: 'sobj-2', text: 'Reconnaître la valeur économique, sociale et écologique que créent les communs' },
    { id: 'sobj-3', text: 'Comprendre pourquoi et comment rétribuer celles et ceux qui les font vivre' },
    { id: 'sobj-4', text: 'Repartir avec une action concrète de soutien aux communs dans son organisation' },
  ],
  promotionalDescription:
    'Élu, agent public ou chef d’entreprise, vous vous servez déjà de communs, parfois sans le savoir\u00a0: une encyclopédie en ligne, le logiciel de votre site web, des données ouvertes. ' +
    'En une heure, par des exemples concrets et de courts échanges, découvrez comment ils fonctionnent, la valeur qu’ils créent pour un territoire et ce qui les met en danger. ' +
    'Vous verrez pourquoi les soutenir permet de faire plus avec moins, plutôt que de refaire à grands frais ce qui existe déjà. ' +
    'Vous repartirez avec des leviers simples — commande publique, financement, ouverture des données — et une action à mener dans votre organisation.',
  facilitators: [{ name: 'Amel' }, { name: 'Bastien' }, { name: 'Claire' }, { name: 'Yann' }],
  nextSteps: [
    { id: 'sns-1', text: 'Réunir les schémas et exemples que le réseau a déjà faits', done: true },
    { id: 'sns-2', text: 'Minuter chaque partie pendant une répétition', done: false },
    { id: 'sns-3', text: 'Tester la session avec un premier groupe de décideurs volontaires', done: false },
  ],
  theme: 'minga',
  items: [
    {
      id: 'it-accueil',
      kind: 'welcome',
      title: 'Accueil et attentes',
      minutes: 5,
      facilitator: 'Amel',
      notes: 'Chacun donne son rôle et ce qu’il attend de l’heure, en une phrase.',
    },
    {
      id: 'it-communs',
      kind: 'unit',
      unitId: COMMUNS_TROIS_PILIERS.id,
      mode: 'live',
      facilitator: 'Yann',
      transitionNote: 'Partir des attentes exprimées\u00a0: qui a cité une ressource partagée\u00a0?',
      servesObjectiveIds: ['sobj-1'],
    },
    {
      id: 'it-encyclopedie',
      kind: 'unit',
      unitId: ENCYCLOPEDIE_COLLABORATIVE.id,
      mode: 'live',
      minutesOverride: 8,
      facilitator: 'Claire',
      transitionNote: 'Des trois piliers à un commun que toute la salle utilise.',
      servesObjectiveIds: ['sobj-1'],
    },
    {
      id: 'it-publication',
      kind: 'unit',
      unitId: PUBLICATION_WEB_LIBRE.id,
      mode: 'live',
      minutesOverride: 8,
      facilitator: 'Bastien',
      transitionNote: 'L’encyclopédie vit de dons\u00a0; voici un commun dont vivent des entreprises.',
      servesObjectiveIds: ['sobj-2'],
    },
    {
      id: 'it-materiel',
      kind: 'unit',
      unitId: MATERIEL_LIBRE_DURABLE.id,
      mode: 'live',
      minutesOverride: 6,
      facilitator: 'Claire',
      transitionNote: 'Après l’argent, ce qui ne se compte pas en euros.',
      servesObjectiveIds: ['sobj-2'],
    },
    {
      id: 'it-retribution',
      kind: 'unit',
      unitId: RETRIBUER_CONTRIBUTEURS.id,
      mode: 'live',
      minutesOverride: 5,
      facilitator: 'Amel',
      transitionNote: 'Tant de valeur créée\u00a0: qui paie celles et ceux qui la produisent\u00a0? Apport éclair, diapositives 1 à 3.',
      servesObjectiveIds: ['sobj-3'],
    },
    {
      id: 'it-agir',
      kind: 'unit',
      unitId: AGIR_EN_DECIDEUR.id,
      mode: 'live',
      minutesOverride: 8,
      facilitator: 'Yann',
      transitionNote: 'À vous de jouer\u00a0: ce qu’un décideur peut faire, dès demain.',
      servesObjectiveIds: ['sobj-4'],
    },
    {
      id: 'it-questions',
      kind: 'questions',
      title: 'Questions et prochaines étapes',
      minutes: 10,
      facilitator: 'Bastien',
      notes: 'Noter les actions choisies par les participants dans les étapes suivantes de la session.',
    },
  ],
};
