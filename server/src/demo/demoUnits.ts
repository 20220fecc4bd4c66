import type { Unit } from '@minga/schema';
import { COMMUNS_TROIS_PILIERS } from './units/communsTroisPiliers.ts';
import { ENCYCLOPEDIE_COLLABORATIVE } from './units/encyclopedieCollaborative.ts';
import { PUBLICATION_WEB_LIBRE } from './units/publicationWebLibre.ts';
import { MATERIEL_LIBRE_DURABLE } from './units/materielLibreDurable.ts';
import { RETRIBUER_CONTRIBUTEURS } from './units/retribuerContributeurs.ts';
import { AGIR_EN_DECIDEUR } from './units/agirEnDecideur.ts';

export {
  AGIR_EN_DECIDEUR, COMMUNS_TROIS_PILIERS, ENCYCLOPEDIE_COLLABORATIVE, MATERIEL_LIBRE_DURABLE, PUBLICATION_WEB_LIBRE, RETRIBUER_CONTRIBUTEURS,
};

/** The demo's units, in the order the session uses them. */
export const DEMO_UNITS: readonly Unit[] = [
  COMMUNS_TROIS_PILIERS,
  ENCYCLOPEDIE_COLLABORATIVE,
  PUBLICATION_WEB_LIBRE,
  MATERIEL_LIBRE_DURABLE,
  RETRIBUER_CONTRIBUTEURS,
  AGIR_EN_DECIDEUR,
];
