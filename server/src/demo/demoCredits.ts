import type { Contributor, Material } from '@minga/schema';

/**
 * What the demo units share: where they come from and whom they credit.
 * The people are the network's groups and the first names its pads already carry, never real
 * people's full names.
 */

export const ATELIER_DE_LILLE: Contributor = { name: 'Atelier de Lille', role: 'prototype' };
export const RESEAU_MINGA: Contributor = { name: 'Réseau Minga', role: 'rédaction' };

/** Where the demo comes from, in the unit's "context" field. */
export const LILLE_CONTEXT =
  'Brique de la formation-action «\u00a0Les communs pour les décideurs\u00a0», prototypée en une matinée par des praticiens des communs (formateurs, facilitateurs, animateurs de tiers-lieux) réunis deux jours à Lille en novembre 2014, avant des rencontres sur l’internet citoyen et solidaire. Réécrite et complétée ensuite par le réseau.';

/** The pad the network wrote the one-hour prototype on, cited without a link. */
export const PROTOTYPE_PAD: Material = {
  id: 'mat-pad-prototype',
  title: 'Pad «\u00a0Formation-action\u00a0: les communs pour les décideurs — prototype d’une heure\u00a0»',
  url: '',
  licence: 'CC BY-SA',
};
