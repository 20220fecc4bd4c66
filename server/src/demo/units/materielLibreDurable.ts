import type { Unit } from '@minga/schema';
import { bold, bullets, doc, heading, notes, numbered, para, quote, slide, table } from '../richTextBuilders.ts';
import { ATELIER_DE_LILLE, LILLE_CONTEXT, RESEAU_MINGA } from '../demoCredits.ts';

/** Non-monetary value: durable, repairable open hardware made and mended locally. */
export const MATERIEL_LIBRE_DURABLE: Unit = {
  schemaVersion: 1,
  id: 'materiel-libre-durable',
  title: 'Matériel libre, durable et réparable',
  description:
    'Quand une communauté conçoit pour elle-même une machine aux plans ouverts, elle la veut solide et réparable.\n' +
    'L’exemple d’un tracteur en matériel libre, face à l’obsolescence programmée.\n' +
    'Pour montrer la valeur sociale et écologique d’un commun, au-delà de son prix.',
  nextSteps: [
    { id: 'ns-1', text: 'Trouver un atelier de fabrication du territoire qui accepte de témoigner', done: false },
    { id: 'ns-2', text: 'Ajouter une photo de machine sous licence libre', done: false },
  ],
  hashtags: ['communs', 'décideurs', 'matériel-libre', 'réparabilité', 'écologie'],
  context: LILLE_CONTEXT,
  participants: 'Amel, Claire (atelier de Lille)\u00a0; Réseau Minga',
  objectives: [
    { id: 'obj-1', text: 'Définir le matériel libre' },
    { id: 'obj-2', text: 'Expliquer pourquoi ses usagers le font durer' },
    { id: 'obj-3', text: 'Nommer une valeur sociale et une valeur écologique' },
  ],
  steps: [
    {
      id: 'st-1',
      title: 'Apport\u00a0: le tracteur dont on partage les plans',
      kind: 'talk',
      minutes: 5,
      notes: 'Partir d’un objet que tout le monde a déjà vu tomber en panne juste après la garantie.',
    },
    {
      id: 'st-2',
      title: 'Atelier\u00a0: deux machines, deux logiques',
      kind: 'workshop',
      minutes: 7,
      notes: 'Groupes de trois ou quatre, chacun sur un équipement que son organisation achète souvent.',
    },
    {
      id: 'st-3',
      title: 'Restitution\u00a0: quelles valeurs non monétaires\u00a0?',
      kind: 'discussion',
      minutes: 3,
      notes: 'Noter au tableau les valeurs citées\u00a0: elles resserviront dans l’unité sur ce que peut faire un décideur.',
    },
  ],
  slides: [
    slide(
      'sl-1',
      doc(
        heading(1, 'Le matériel libre'),
        para('Des plans publiés sous licence libre\u00a0: chacun peut fabriquer, réparer, améliorer.'),
        bullets('Tracteurs et outils agricoles', 'Machines de fablab', 'Meubles, capteurs, vélos cargo'),
      ),
      notes(
        'Une machine ou un objet dont les plans ne sont pas brevetés mais ouverts et réutilisables sous licence libre.',
        'Exemples réels, si la salle en demande\u00a0: Open Source Ecology publie les plans de machines agricoles et de construction\u00a0; en France, la coopérative L’Atelier Paysan diffuse des plans d’outils agricoles que les paysans fabriquent eux-mêmes.',
      ),
      'st-1',
    ),
    slide(
      'sl-2',
      doc(
        heading(2, 'Deux machines, deux logiques'),
        table(
          ['Conçue pour', 'la vente', 'ses usagers'],
          [
            ['Durée', 'la garantie', 'des années'],
            ['Réparer', 'le fabricant', 'sur place'],
            ['Déchets', 'nombreux', 'réduits'],
          ],
        ),
      ),
      notes(
        'Une machine conçue pour être vendue souvent a parfois une durée de vie calée sur la fin de la garantie, et des pièces réservées au fabricant. Une machine conçue par ses usagers vise la plus longue vie possible, avec des plans ouverts et des pièces courantes.',
        'Ne pas caricaturer l’industrie\u00a0: bien des fabricants font du solide. Le point est ailleurs\u00a0: quand celui qui conçoit est aussi celui qui utilise et répare, l’obsolescence programmée n’a plus aucun intérêt.',
      ),
      'st-2',
    ),
    slide(
      'sl-3',
      doc(
        heading(2, 'Une valeur qui ne se compte pas qu’en euros'),
        bullets(
          [bold('Sociale'), '\u00a0: des savoir-faire partagés'],
          [bold('Écologique'), '\u00a0: moins de déchets'],
          [bold('Locale'), '\u00a0: fabriqué près de chez soi'],
          [bold('Globale'), '\u00a0: un plan amélioré sert partout'],
        ),
      ),
      notes(
        'Les contributeurs sont aussi des usagers\u00a0: leur motivation n’est pas seulement économique. Ateliers où l’on apprend à fabriquer et à réparer, machines qui durent, pièces faites dans les ateliers du territoire.',
        'Le dernier point rejoint l’encyclopédie\u00a0: le commun circule, la fabrication reste locale.',
      ),
      'st-3',
    ),
    slide(
      'sl-4',
      doc(
        heading(2, 'Atelier\u00a0: et chez vous\u00a0?'),
        numbered('Un équipement que vous achetez souvent', 'Son coût sur dix ans, réparations comprises', 'Et s’il était réparable sur place\u00a0?'),
        quote('Qui fabrique pour soi fait durer.'),
      ),
      notes(
        'Ordinateurs, mobilier, véhicules… Sept minutes en groupes, trois minutes de restitution.',
        'Noter au tableau les valeurs non monétaires citées\u00a0: elles resserviront dans l’unité sur ce que peut faire un décideur.',
      ),
      'st-3',
    ),
  ],
  materials: [
    { id: 'mat-1', title: 'Définition du matériel libre (OSHWA)', url: 'https://www.oshwa.org/definition/', licence: 'CC BY-SA' },
    { id: 'mat-2', title: 'L’Atelier Paysan, outils agricoles en autoconstruction', url: 'https://www.latelierpaysan.org/', licence: 'voir le site' },
  ],
  language: 'fr',
  licence: 'CC-BY-SA-4.0',
  contributors: [ATELIER_DE_LILLE, RESEAU_MINGA, { name: 'Amel', role: 'atelier' }],
};
