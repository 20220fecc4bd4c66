import type { Unit } from '@minga/schema';
import { bold, bullets, doc, heading, notes, numbered, para, quote, slide, table } from '../richTextBuilders.ts';
import { RESEAU_MINGA } from '../demoCredits.ts';

/** Paying the people who keep a commons alive: ways to fund it, fairly and in the open. */
export const RETRIBUER_CONTRIBUTEURS: Unit = {
  schemaVersion: 1,
  id: 'retribuer-contributeurs',
  title: 'Rétribuer les contributeurs aux communs',
  description:
    'Un tour d’horizon des façons de rétribuer les personnes qui font vivre un commun.\n' +
    'Rétribution monétaire ou non, licences réciproques, contributions comptabilisées, financement collectif.\n' +
    'Atelier de 45 minutes\u00a0; ses trois premières diapositives font un apport éclair dans une session d’une heure.',
  nextSteps: [
    { id: 'ns-1', text: 'Comparer trois outils qui comptabilisent les contributions', done: false },
    { id: 'ns-2', text: 'Écrire une fiche pratique sur les licences réciproques', done: false },
    { id: 'ns-3', text: 'Demander aux participants, avant l’atelier, à quels communs ils contribuent', done: true },
  ],
  hashtags: ['communs', 'décideurs', 'rétribution', 'licences', 'financement'],
  context:
    'Issue du sous-groupe «\u00a0outils de rétribution\u00a0» de la rencontre de Lille (novembre 2014). Beaucoup de contributeurs aux communs — formateurs, facilitateurs, développeurs, animateurs de tiers-lieux — y donnent leur temps, parfois leur argent, et vivent dans un équilibre économique fragile.',
  participants: 'Louise, Mathieu, Nora (sous-groupe rétribution)\u00a0; Réseau Minga',
  objectives: [
    { id: 'obj-1', text: 'Faire la différence entre rétribution monétaire et non monétaire' },
    { id: 'obj-2', text: 'Dire ce qu’est une licence réciproque et à qui elle sert' },
    { id: 'obj-3', text: 'Comparer des financements\u00a0: équité, transparence' },
  ],
  steps: [
    { id: 'st-1', title: 'Tour de table\u00a0: à quels communs contribuez-vous\u00a0?', kind: 'discussion', minutes: 10, notes: 'Une phrase par personne\u00a0: le commun, et ce que l’on y fait.' },
    { id: 'st-2', title: 'Apport\u00a0: comment rétribuer\u00a0?', kind: 'talk', minutes: 15, notes: '' },
    { id: 'st-3', title: 'En binômes\u00a0: un cas réel', kind: 'workshop', minutes: 15, notes: 'Chaque binôme part d’un commun auquel l’un des deux contribue.' },
    { id: 'st-4', title: 'Restitution', kind: 'discussion', minutes: 5, notes: 'Une idée par binôme.' },
  ],
  slides: [
    slide(
      'sl-1',
      doc(
        heading(1, 'Contribuer… et en vivre\u00a0?'),
        para('Un commun crée de la valeur\u00a0; ses contributeurs en voient rarement la couleur.'),
        bullets('Du temps donné, parfois de l’argent', 'Des métiers souvent précaires', [bold('Qui paie'), ' l’entretien de vos outils\u00a0?']),
      ),
      notes(
        'La valeur créée est marchande, sociale et écologique\u00a0; formateurs, facilitateurs, développeurs, animateurs de tiers-lieux en tirent pourtant peu de revenus, et vivent dans un équilibre économique fragile.',
        'Avoir demandé avant l’atelier à quels communs chacun contribue, et partir de ces exemples plutôt que de cas abstraits.',
      ),
      'st-1',
    ),
    slide(
      'sl-2',
      doc(
        heading(2, 'Monétaire ou non monétaire'),
        table(
          ['Monétaire', 'Non monétaire'],
          [
            ['Prestations, salaires', 'Reconnaissance'],
            ['Dons, subventions', 'Compétences, réseau'],
            ['Bourses', 'Échanges de services'],
          ],
        ),
      ),
      notes(
        'Aucune n’est meilleure en soi. La reconnaissance ne paie pas un loyer\u00a0; de l’argent mal réparti peut briser l’esprit d’une communauté.',
      ),
      'st-2',
    ),
    slide(
      'sl-3',
      doc(
        heading(2, 'Quatre façons de financer'),
        bullets(
          [bold('Financement collectif'), '\u00a0: les dons des usagers'],
          [bold('Licence réciproque'), '\u00a0: qui profite sans contribuer paie'],
          [bold('Contributions comptées'), '\u00a0: revenus au prorata'],
          [bold('Services payants'), '\u00a0: une part revient au commun'],
        ),
      ),
      notes(
        'Licence réciproque\u00a0: libre pour qui contribue au commun, payante pour l’entreprise qui en tire profit sans contribuer. Exemple\u00a0: la Peer Production License, discutée dans le réseau de la P2P Foundation, qui réserve l’usage commercial gratuit aux coopératives et aux structures qui contribuent au commun.',
        'Contributions comptabilisées\u00a0: on note qui a fait quoi pour partager les revenus. Dans la session d’une heure, s’arrêter ici et renvoyer à l’atelier complet.',
      ),
      'st-2',
    ),
    slide(
      'sl-4',
      doc(
        heading(2, 'Équité et transparence'),
        bullets('Des règles de partage écrites avant l’argent', 'Des comptes ouverts à tous', 'Reconnaître le travail peu visible', 'Revoir les règles ensemble'),
        quote('Les règles décidées avant évitent les conflits après.'),
      ),
      notes(
        'Le travail peu visible\u00a0: animation, documentation, accueil des nouveaux.',
        'Des plateformes de budget ouvert publient chaque recette et chaque dépense d’un collectif. Elles ne disent pas ce qui est juste\u00a0: elles rendent la discussion possible.',
      ),
      'st-2',
    ),
    slide(
      'sl-5',
      doc(
        heading(2, 'En binômes\u00a0: un cas réel'),
        numbered('Un commun auquel l’un de vous contribue', 'Qui y contribue, qui en profite\u00a0?', 'Quelle rétribution juste et transparente\u00a0?'),
        para('Quinze minutes, puis une idée par binôme.'),
      ),
      notes('Passer voir chaque binôme au bout de cinq minutes pour vérifier qu’il a choisi un cas concret. Restitution\u00a0: cinq minutes.'),
      'st-3',
    ),
  ],
  materials: [
    { id: 'mat-1', title: 'Peer Production License (P2P Foundation)', url: 'https://wiki.p2pfoundation.net/Peer_Production_License', licence: 'voir le site' },
    { id: 'mat-2', title: 'Pad «\u00a0Rétribuer les contributeurs aux communs\u00a0»', url: '', licence: 'CC BY-SA' },
  ],
  language: 'fr',
  licence: 'CC-BY-SA-4.0',
  contributors: [
    { name: 'Atelier de Lille', role: 'rétribution' },
    RESEAU_MINGA,
    { name: 'Louise' },
    { name: 'Mathieu' },
    { name: 'Nora' },
  ],
};
