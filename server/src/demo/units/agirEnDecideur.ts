import type { Unit } from '@minga/schema';
import { bold, bullets, doc, heading, italic, notes, para, quote, slide, table } from '../richTextBuilders.ts';
import { ATELIER_DE_LILLE, LILLE_CONTEXT, RESEAU_MINGA } from '../demoCredits.ts';

/** What a decision-maker can do: buy, fund, contribute, open, decide — and what to avoid. */
export const AGIR_EN_DECIDEUR: Unit = {
  schemaVersion: 1,
  id: 'agir-en-decideur',
  title: 'Ce qu’un décideur peut faire pour les communs',
  description:
    'Commande publique, financement, contribution, ouverture des données, politiques\u00a0: cinq leviers.\n' +
    'Et les erreurs à éviter\u00a0: vouloir contrôler une communauté, refaire à grands frais ce qui existe déjà.\n' +
    'Une discussion pour que chacun reparte avec une action concrète dans son organisation.',
  nextSteps: [
    { id: 'ns-1', text: 'Rassembler des exemples de clauses de marchés publics favorables aux communs', done: false },
    { id: 'ns-2', text: 'Relancer les participants trois mois après sur l’action qu’ils ont choisie', done: false },
  ],
  hashtags: ['communs', 'décideurs', 'commande-publique', 'données-ouvertes', 'politiques-publiques'],
  context: LILLE_CONTEXT,
  participants: 'Amel, Bastien, Claire, Yann (atelier de Lille)\u00a0; Réseau Minga',
  objectives: [
    { id: 'obj-1', text: 'Identifier ses leviers pour soutenir les communs' },
    { id: 'obj-2', text: 'Éviter les erreurs\u00a0: contrôler, réinventer' },
    { id: 'obj-3', text: 'Choisir une action concrète à mener' },
  ],
  steps: [
    { id: 'st-1', title: 'Apport\u00a0: cinq leviers d’action', kind: 'talk', minutes: 5, notes: 'Demander quels leviers la salle actionne déjà.' },
    { id: 'st-2', title: 'Discussion\u00a0: ce qu’il faut faire, ce qu’il faut éviter', kind: 'discussion', minutes: 7, notes: 'Relier chaque erreur à un exemple vu plus tôt.' },
    { id: 'st-3', title: 'Tour de table\u00a0: mon action dans les trois mois', kind: 'exercise', minutes: 3, notes: 'Une phrase par personne, notée dans les étapes suivantes de la session.' },
  ],
  slides: [
    slide(
      'sl-1',
      doc(
        heading(1, 'Cinq leviers'),
        bullets(
          [bold('Acheter'), '\u00a0: exiger des licences libres'],
          [bold('Financer'), '\u00a0: l’entretien, pas que le neuf'],
          [bold('Contribuer'), '\u00a0: sur le temps de travail'],
          [bold('Ouvrir'), '\u00a0: données et documents'],
          [bold('Décider'), '\u00a0: stratégies, appels à projets'],
        ),
      ),
      notes(
        'Faute de connaître les communs, on passe à côté d’eux, ou on leur nuit sans le vouloir.',
        'Ne pas tout détailler\u00a0: demander à la salle lequel de ces leviers elle actionne déjà. Souvent, l’un d’eux l’est sans être nommé.',
      ),
      'st-1',
    ),
    slide(
      'sl-2',
      doc(
        heading(2, 'Acheter et financer'),
        bullets('Des licences libres dans les marchés', 'Adapter l’existant, pas tout refaire', 'Budgéter l’entretien des communs'),
        quote('Argent public\u00a0? Code public\u00a0!'),
      ),
      notes(
        'Dans un marché, demander que les développements payés soient publiés sous licence libre\u00a0; préférer une solution libre existante et payer son adaptation\u00a0; financer les communautés et leurs structures d’animation, pas seulement des prestataires.',
        'La citation est le nom d’une campagne européenne\u00a0: ce que paie l’argent public devrait revenir au public. En France, la loi pour une République numérique de 2016 demande aux administrations d’encourager les logiciels libres et les formats ouverts.',
      ),
      'st-1',
    ),
    slide(
      'sl-3',
      doc(
        heading(2, 'Ouvrir et contribuer'),
        bullets('Ouvrir ses données publiques', 'Publier ses documents sous licence libre', 'Reverser ses améliorations', 'Accueillir les contributeurs'),
      ),
      notes(
        'Depuis la loi de 2016, l’ouverture des données publiques est la règle par défaut pour les collectivités de plus de 3 500 habitants et les administrations de plus de 50 agents.',
        'Une contribution n’est pas forcément du code\u00a0: une traduction, un signalement d’erreur, des données corrigées, une salle prêtée à une rencontre. L’important\u00a0: que le commun en sorte plus fort.',
      ),
      'st-1',
    ),
    slide(
      'sl-4',
      doc(
        heading(2, 'Ce qu’il vaut mieux éviter'),
        table(
          ['À éviter', 'Plutôt'],
          [
            ['Refaire l’existant', 'Adapter, reverser'],
            ['Contrôler', 'Respecter les règles'],
            ['Utiliser sans rendre', 'Financer l’entretien'],
          ],
        ),
      ),
      notes(
        'Refaire un outil qui existe en libre dépense deux fois l’argent et l’énergie. Vouloir contrôler une communauté fait partir ses bénévoles. Utiliser sans jamais contribuer use le commun. Enfermer ses données dans un format fermé empêche toute réutilisation.',
        'C’est le cœur du message\u00a0: en comprenant les communs, on fait plus avec moins. Relier chaque ligne à un exemple de la session\u00a0: l’encyclopédie, le logiciel de publication, le tracteur.',
      ),
      'st-2',
    ),
    slide(
      'sl-5',
      doc(
        heading(2, 'Et vous\u00a0?'),
        para('Une action dans les trois mois\u00a0:'),
        bullets('Laquelle\u00a0?', 'Avec qui\u00a0?', 'Comment saurez-vous qu’elle est faite\u00a0?'),
        para(italic('Nous la notons pour vous la rappeler.')),
      ),
      notes('Tour de table rapide, une phrase par personne, notée dans les étapes suivantes de la session.'),
      'st-3',
    ),
  ],
  materials: [
    {
      id: 'mat-1',
      title: 'Loi du 7 octobre 2016 pour une République numérique',
      url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000033202746',
      licence: 'texte officiel',
    },
    { id: 'mat-2', title: 'Campagne «\u00a0Argent public\u00a0? Code public\u00a0!\u00a0»', url: 'https://publiccode.eu/', licence: 'voir le site' },
  ],
  language: 'fr',
  licence: 'CC-BY-SA-4.0',
  contributors: [ATELIER_DE_LILLE, RESEAU_MINGA, { name: 'Yann', role: 'leviers' }],
};
