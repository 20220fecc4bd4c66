import type { Unit } from '@minga/schema';
import { bold, bullets, doc, heading, italic, notes, numbered, para, quote, slide, table } from '../richTextBuilders.ts';
import { ATELIER_DE_LILLE, LILLE_CONTEXT, PROTOTYPE_PAD, RESEAU_MINGA } from '../demoCredits.ts';

/** Opening unit: a commons is a resource, a community and its rules. */
export const COMMUNS_TROIS_PILIERS: Unit = {
  schemaVersion: 1,
  id: 'communs-trois-piliers',
  title: 'Qu’est-ce qu’un commun\u00a0?',
  description:
    'Les trois piliers d’un commun — une ressource, une communauté, des règles — expliqués par des exemples.\n' +
    'Situer les communs entre bien public et bien privé, sans opposer l’État et le marché.\n' +
    'Dix minutes d’apport illustré et un exercice éclair, pour ouvrir une formation.',
  nextSteps: [
    { id: 'ns-1', text: 'Minuter l’apport pendant une répétition', done: true },
    { id: 'ns-2', text: 'Ajouter un exemple de commun propre à chaque territoire visité', done: false },
    { id: 'ns-3', text: 'Ajouter le schéma «\u00a0communs, acteur public, marché\u00a0» du réseau Unisson', done: false },
  ],
  hashtags: ['communs', 'décideurs', 'gouvernance', 'introduction'],
  context: LILLE_CONTEXT,
  participants: 'Amel, Bastien, Claire, Yann (atelier de Lille)\u00a0; relecture par le Réseau Minga',
  objectives: [
    { id: 'obj-1', text: 'Définir un commun\u00a0: ressource, communauté, règles' },
    { id: 'obj-2', text: 'Le situer entre bien public et bien privé' },
    { id: 'obj-3', text: 'Citer trois communs, matériels et immatériels' },
  ],
  steps: [
    {
      id: 'st-1',
      title: 'Question d’ouverture\u00a0: à quoi tenez-vous qui n’appartient à personne\u00a0?',
      kind: 'discussion',
      minutes: 2,
      notes: 'Trois ou quatre réponses à main levée, notées au tableau\u00a0: elles servent d’exemples pendant l’apport.',
    },
    {
      id: 'st-2',
      title: 'Apport\u00a0: les trois piliers d’un commun',
      kind: 'talk',
      minutes: 5,
      notes: 'S’appuyer sur le tableau des trois piliers\u00a0; remplacer le jardin partagé par un exemple du territoire si la salle en a donné un.',
    },
    {
      id: 'st-3',
      title: 'Exercice éclair\u00a0: commun, bien public ou bien privé\u00a0?',
      kind: 'exercise',
      minutes: 3,
      notes: 'Les voisins de table classent les quatre exemples de la dernière diapositive, puis on compare.',
    },
  ],
  slides: [
    slide(
      'sl-1',
      doc(
        heading(1, 'Qu’est-ce qu’un commun\u00a0?'),
        bullets(
          [bold('Une ressource'), ' partagée'],
          [bold('Une communauté'), ' qui en prend soin'],
          [bold('Des règles'), ' qu’elle se donne'],
        ),
        para(italic('Une idée ancienne, relancée par le numérique.')),
      ),
      notes(
        'Partir des réponses à la question d’ouverture et les ranger sous les trois piliers.',
        'Insister\u00a0: s’il manque un pilier, on parle d’autre chose — une ressource abandonnée, un club, un règlement sans objet.',
      ),
      'st-1',
    ),
    slide(
      'sl-2',
      doc(
        heading(2, 'Les trois piliers, sur un exemple'),
        table(
          ['Pilier', 'Un jardin partagé'],
          [
            ['Ressource', 'Parcelles, eau, outils'],
            ['Communauté', 'Les jardiniers du quartier'],
            ['Règles', 'Arrosage, assemblée'],
          ],
        ),
      ),
      notes(
        'Une question par pilier\u00a0: qu’est-ce qui est partagé\u00a0? qui s’en sert et l’entretient\u00a0? qui décide, comment, et que se passe-t-il quand on enfreint les règles\u00a0?',
        'Le jardin partagé parle à tout le monde\u00a0; un four à pain, une source ou une forêt communale font aussi bien l’affaire.',
        'Le mot clé est «\u00a0entretien\u00a0»\u00a0: un commun dure parce qu’on en prend soin, pas seulement parce qu’on y a accès.',
      ),
      'st-2',
    ),
    slide(
      'sl-3',
      doc(
        heading(2, 'Matériels et immatériels'),
        bullets(
          [bold('Matériels'), '\u00a0: forêt, rivière, four à pain'],
          [bold('Immatériels'), '\u00a0: encyclopédie, carte, logiciel'],
          'Le numérique change l’échelle\u00a0: copier ne coûte presque rien',
        ),
        para(italic('Cette formation aussi est un commun (CC BY-SA).')),
      ),
      notes(
        'Exemples immatériels à citer\u00a0: une encyclopédie en ligne, une carte collaborative comme OpenStreetMap, un logiciel libre, des supports de formation.',
        'Une ressource immatérielle ne s’use pas quand on s’en sert\u00a0; elle peut pourtant disparaître si plus personne ne l’entretient. C’est la transition vers l’encyclopédie.',
      ),
      'st-2',
    ),
    slide(
      'sl-4',
      doc(
        heading(2, 'Ni tout État, ni tout marché'),
        bullets(
          'Entre bien public et bien privé',
          'Collectivités et entreprises peuvent y prendre part',
          'On peut en vivre, selon les règles communes',
        ),
        quote('Pas de commun sans communauté.'),
      ),
      notes(
        'Le réseau Unisson a résumé ces liens dans un schéma, «\u00a0les communs, l’acteur public et le marché\u00a0», sous licence CC BY-SA. Un commun peut associer des acteurs publics et privés à sa gouvernance, et faire l’objet d’une activité commerciale, dans le cadre des règles fixées par la communauté pour le garder en bon état.',
        'Pour aller plus loin\u00a0: les travaux d’Elinor Ostrom, prix Nobel d’économie en 2009, ont montré que des communautés savent gérer durablement une ressource partagée quand elles se donnent des règles adaptées. Ne pas détailler devant des décideurs.',
      ),
      'st-2',
    ),
    slide(
      'sl-5',
      doc(
        heading(2, 'Commun, bien public ou bien privé\u00a0?'),
        numbered('Une bibliothèque municipale', 'Un logiciel vendu sous licence fermée', 'Une carte que les habitants complètent', 'Une route nationale'),
      ),
      notes(
        'Pas de corrigé unique\u00a0: la bibliothèque est un service public, mais ses fonds numérisés et libres peuvent devenir un commun.',
        'La carte collaborative est le cas le plus net\u00a0: une ressource, une communauté de cartographes, des règles de contribution.',
      ),
      'st-3',
    ),
  ],
  materials: [
    { id: 'mat-1', title: 'Article «\u00a0Communs\u00a0» de Wikipédia', url: 'https://fr.wikipedia.org/wiki/Communs', licence: 'CC BY-SA 4.0' },
    PROTOTYPE_PAD,
  ],
  language: 'fr',
  licence: 'CC-BY-SA-4.0',
  contributors: [ATELIER_DE_LILLE, RESEAU_MINGA, { name: 'Claire', role: 'exemples' }],
};
