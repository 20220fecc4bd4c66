import type { Unit } from '@minga/schema';
import { bold, bullets, doc, heading, notes, numbered, para, slide, table } from '../richTextBuilders.ts';
import { ATELIER_DE_LILLE, LILLE_CONTEXT, RESEAU_MINGA } from '../demoCredits.ts';

/** Economic value: the trades that live around a free web publishing tool. */
export const PUBLICATION_WEB_LIBRE: Unit = {
  schemaVersion: 1,
  id: 'publication-web-libre',
  title: 'La valeur économique d’un logiciel libre',
  description:
    'Un logiciel libre de publication web, WordPress, fait tourner une très grande part des sites du monde.\n' +
    'Autour de ce commun vivent des milliers de métiers\u00a0: graphistes, développeurs, hébergeurs, formateurs.\n' +
    'Un atelier pour voir comment un commun crée de l’activité sur un territoire, à moindre coût.',
  nextSteps: [
    { id: 'ns-1', text: 'Vérifier la part de marché actuelle avant chaque session', done: false },
    { id: 'ns-2', text: 'Recueillir la carte des métiers dessinée par chaque groupe', done: false },
  ],
  hashtags: ['communs', 'décideurs', 'logiciel-libre', 'économie', 'wordpress'],
  context: LILLE_CONTEXT,
  participants: 'Bastien (atelier de Lille)\u00a0; Réseau Minga',
  objectives: [
    { id: 'obj-1', text: 'Montrer la valeur économique d’un commun numérique' },
    { id: 'obj-2', text: 'Cartographier les métiers qui en vivent' },
    { id: 'obj-3', text: 'Distinguer le commun partagé des services vendus' },
  ],
  steps: [
    {
      id: 'st-1',
      title: 'Apport\u00a0: un logiciel libre derrière une grande partie du web',
      kind: 'talk',
      minutes: 5,
      notes: 'Demander d’abord qui a un site fait avec WordPress, parfois sans le savoir.',
    },
    {
      id: 'st-2',
      title: 'Atelier en petits groupes\u00a0: la carte des métiers autour du commun',
      kind: 'workshop',
      minutes: 8,
      notes: 'Groupes de quatre, une grande feuille par groupe.\nUn rapporteur par groupe.',
    },
    {
      id: 'st-3',
      title: 'Mise en commun des cartes',
      kind: 'discussion',
      minutes: 2,
      notes: 'Une trouvaille par groupe, pas plus.',
    },
  ],
  slides: [
    slide(
      'sl-1',
      doc(
        heading(1, 'Un logiciel libre derrière le web'),
        para('WordPress\u00a0: plus de 23 % des sites web dès 2014, davantage aujourd’hui.'),
        bullets('Libre d’utiliser, d’étudier, de modifier', 'Des milliers d’extensions et de thèmes'),
      ),
      notes(
        'WordPress est un logiciel libre de publication web, sous licence GPL\u00a0: chacun peut l’installer, l’étudier, le modifier et le redistribuer. Des milliers de personnes améliorent son cœur\u00a0; des dizaines de milliers d’extensions sont partagées.',
        'Le site d’une commune ou d’une association est souvent fait avec lui\u00a0: le demander à la salle. Le chiffre de 2014 vient du récit de l’atelier\u00a0; les mesures récentes de W3Techs en donnent bien davantage.',
      ),
      'st-1',
    ),
    slide(
      'sl-2',
      doc(
        heading(2, 'Ce qui est partagé, ce qui se vend'),
        table(
          ['Partagé', 'Vendu'],
          [
            ['Le logiciel', 'Installation, hébergement'],
            ['Thèmes, extensions', 'Sur mesure, graphisme'],
            ['Documentation', 'Formation, conseil'],
          ],
        ),
      ),
      notes(
        'Personne ne vend le commun lui-même\u00a0: on vend du temps, des compétences et des services bâtis dessus — installation, maintenance, chartes graphiques et modules sur mesure, formation, conseil, hébergement, référencement.',
        'C’est ce qui ouvre ce marché à des indépendants et à de petites structures.',
      ),
      'st-1',
    ),
    slide(
      'sl-3',
      doc(
        heading(2, 'Un écosystème de métiers'),
        bullets('Webdesigners, développeurs', 'Hébergeurs, référenceurs', 'Consultants, formateurs', 'Souvent des PME locales'),
        para(bold('Beaucoup de valeur, pour un coût modeste.')),
      ),
      notes(
        'Un site vitrine, une boutique, une plateforme collaborative pour un client\u00a0: tout cela coûte peu parce que le commun existe, et serait impossible sans lui.',
        'Annoncer l’atelier\u00a0: chaque groupe part d’un outil libre qu’il utilise et dessine la carte de ceux qui en vivent.',
      ),
      'st-1',
    ),
    slide(
      'sl-4',
      doc(
        heading(2, 'Atelier\u00a0: la carte des métiers'),
        numbered('Un commun numérique que vous utilisez', 'Qui en vit autour de vous\u00a0?', 'Que coûterait de tout refaire\u00a0?', 'Que pourriez-vous lui rendre\u00a0?'),
        para(bold('Huit minutes'), ', puis mise en commun.'),
      ),
      notes(
        'Groupes de quatre. Passer entre les groupes\u00a0; à un groupe qui bloque, proposer de partir du site web de sa collectivité ou de son entreprise.',
        'La troisième question prépare l’argument central de la formation\u00a0: avec les communs, on fait plus avec moins.',
      ),
      'st-2',
    ),
  ],
  materials: [
    { id: 'mat-1', title: 'Site officiel du logiciel WordPress', url: 'https://wordpress.org/', licence: 'GPL v2 ou ultérieure' },
    { id: 'mat-2', title: 'W3Techs\u00a0: part des sites faits avec WordPress', url: 'https://w3techs.com/technologies/details/cm-wordpress', licence: 'tous droits réservés' },
  ],
  language: 'fr',
  licence: 'CC-BY-SA-4.0',
  contributors: [ATELIER_DE_LILLE, RESEAU_MINGA, { name: 'Bastien', role: 'atelier' }],
};
