import type { Unit } from '@minga/schema';
import { bold, bullets, doc, heading, notes, numbered, para, quote, slide, table } from '../richTextBuilders.ts';
import { ATELIER_DE_LILLE, LILLE_CONTEXT, RESEAU_MINGA } from '../demoCredits.ts';

/** A community-maintained encyclopedia: its rules, its funding, and why it needs its community. */
export const ENCYCLOPEDIE_COLLABORATIVE: Unit = {
  schemaVersion: 1,
  id: 'encyclopedie-collaborative',
  title: 'Une encyclopédie, un commun, une communauté',
  description:
    'Comment une encyclopédie écrite par des bénévoles du monde entier tient debout depuis plus de vingt ans.\n' +
    'Ses règles, sa gouvernance, son financement par les dons, et ce qui pourrait la faire tomber.\n' +
    'Le message\u00a0: un commun n’existe que par la communauté qui l’entretient.',
  nextSteps: [
    { id: 'ns-1', text: 'Mettre à jour les ordres de grandeur (articles, contributeurs actifs) avant chaque session', done: false },
    { id: 'ns-2', text: 'Préparer trois questions de quiz de rechange', done: true },
  ],
  hashtags: ['communs', 'décideurs', 'wikipédia', 'gouvernance', 'connaissance'],
  context: LILLE_CONTEXT,
  participants: 'Claire, Yann (atelier de Lille)\u00a0; Réseau Minga',
  objectives: [
    { id: 'obj-1', text: 'Décrire comment une encyclopédie libre se gouverne' },
    { id: 'obj-2', text: 'Expliquer ce que protège un financement indépendant' },
    { id: 'obj-3', text: 'Relier la vie d’un commun à sa communauté' },
  ],
  steps: [
    {
      id: 'st-1',
      title: 'Quiz\u00a0: qui écrit, qui paie, qui décide\u00a0?',
      kind: 'exercise',
      minutes: 2,
      notes: 'Trois questions à main levée, sans donner les réponses tout de suite.',
    },
    {
      id: 'st-2',
      title: 'Apport\u00a0: règles, gouvernance et financement',
      kind: 'talk',
      minutes: 5,
      notes: 'Reprendre les réponses du quiz une à une.',
    },
    {
      id: 'st-3',
      title: 'Scénario catastrophe\u00a0: et si l’argent venait à manquer\u00a0?',
      kind: 'discussion',
      minutes: 3,
      notes: 'Laisser la salle dérouler les conséquences avant de montrer la diapositive du cercle vicieux.',
    },
  ],
  slides: [
    slide(
      'sl-1',
      doc(
        heading(1, 'Une encyclopédie écrite par ses lecteurs'),
        para('Wikipédia\u00a0: des millions d’articles écrits par des bénévoles, sous licence CC BY-SA.'),
        bullets('Chacun peut lire, copier, réutiliser', 'Chacun peut corriger'),
      ),
      notes(
        'Commencer par le quiz\u00a0: qui écrit les articles\u00a0? qui paie les serveurs\u00a0? qui fixe les règles\u00a0? Les réponses de la salle sont souvent fausses, et c’est tant mieux.',
        'Elle semble aller de soi\u00a0; elle demande pourtant un entretien de chaque instant.',
      ),
      'st-1',
    ),
    slide(
      'sl-2',
      doc(
        heading(2, 'Des règles, une gouvernance'),
        bullets(
          [bold('Des principes'), '\u00a0: neutralité, contenu libre, respect'],
          [bold('Des règles d’édition'), ' débattues en public'],
          [bold('Des administrateurs élus'), ' et des sanctions'],
        ),
      ),
      notes(
        'Faire le lien avec le troisième pilier d’un commun\u00a0: les règles. Elles ne tombent pas d’en haut\u00a0; celles et ceux qui écrivent les discutent et les changent.',
        'Les débats sont publics et archivés sur la page de discussion de chaque article.',
      ),
      'st-2',
    ),
    slide(
      'sl-3',
      doc(
        heading(2, 'Qui fait quoi, qui paie\u00a0?'),
        table(
          ['Qui', 'Financé par'],
          [
            ['Les bénévoles', 'Leur temps'],
            ['Une fondation', 'Les dons, sans pub'],
            ['Des associations', 'Adhésions et dons'],
          ],
        ),
      ),
      notes(
        'Les bénévoles écrivent et relisent. Une fondation à but non lucratif, la Wikimedia Foundation, développe le logiciel et fait tourner les serveurs grâce aux dons des lecteurs, sans publicité. Des associations comme Wikimédia France font connaître le projet dans leur pays.',
        'Point clé pour des décideurs\u00a0: la structure qui collecte l’argent n’écrit pas le contenu. Elle sert la communauté, et non l’inverse.',
      ),
      'st-2',
    ),
    slide(
      'sl-4',
      doc(
        heading(2, 'Le cercle vicieux à éviter'),
        numbered('Plus assez de dons\u00a0: place à la pub', 'Des bénévoles s’en vont', 'Les manipulations passent mieux', 'Lecteurs et auteurs fuient'),
        quote('Un contenu libre se recopie. Une communauté, non.'),
      ),
      notes(
        'Laisser la salle dérouler le scénario avant de montrer la liste\u00a0: sponsor ou publicité, départ des bénévoles qui écrivaient par conviction, moins de relecteurs face aux lobbies, entreprises et spammeurs, un contenu moins fiable.',
        'La licence libre protège la ressource\u00a0; seule la communauté la fait vivre. Soutenir un commun, c’est soutenir sa communauté, pas seulement utiliser la ressource.',
      ),
      'st-3',
    ),
  ],
  materials: [
    { id: 'mat-1', title: 'Wikipédia\u00a0: les principes fondateurs', url: 'https://fr.wikipedia.org/wiki/Wikip%C3%A9dia:Principes_fondateurs', licence: 'CC BY-SA 4.0' },
    { id: 'mat-2', title: 'Site de la Wikimedia Foundation', url: 'https://wikimediafoundation.org/', licence: 'voir le site' },
  ],
  language: 'fr',
  licence: 'CC-BY-SA-4.0',
  contributors: [ATELIER_DE_LILLE, RESEAU_MINGA, { name: 'Yann', role: 'scénario' }],
};
