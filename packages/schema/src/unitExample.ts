import type { Unit } from './unit.ts';

/**
 * A complete unit that uses every field and every rich-text node and mark: the fixture of the
 * round-trip tests, and a ready-made body for server and export tests. Already normalised, so
 * `UnitSchema.parse(EXAMPLE_UNIT)` deep-equals it.
 */
export const EXAMPLE_UNIT: Unit = {
  schemaVersion: 1,
  id: 'communs-decideurs-01',
  title: 'Les communs expliqués aux décideurs',
  description: 'Une heure pour faire découvrir les communs à des décideurs publics et privés.\nDes exemples concrets, un jeu de rôle, une discussion.\nPour repartir avec une idée de projet.',
  nextSteps: [
    { id: 'ns-1', text: 'Tester l’atelier à Montpellier', done: false },
    { id: 'ns-2', text: 'Relire les diapositives', done: true },
  ],
  hashtags: ['communs', 'décideurs', 'tiers-lieux'],
  context: 'Écrit pendant la Minga de Lille, novembre 2014.',
  participants: 'Amel, Yann, Simon',
  objectives: [
    { id: 'obj-1', text: 'Définir un commun\u00a0: ressource, communauté, règles' },
    { id: 'obj-2', text: 'Citer trois communs numériques' },
  ],
  steps: [
    { id: 'st-1', title: 'Accueil et tour de table', kind: 'talk', minutes: 10, notes: 'Chacun dit un mot.' },
    { id: 'st-2', title: 'Jeu de rôle', kind: 'exercise', minutes: 20, notes: '' },
    { id: 'st-3', title: 'Petits groupes', kind: 'workshop', minutes: 15, notes: 'Trois groupes de 4.\nUn rapporteur par groupe.' },
    { id: 'st-4', title: 'Pause', kind: 'break', minutes: 5, notes: '' },
    { id: 'st-5', title: 'Débat', kind: 'discussion', minutes: 10, notes: '' },
    { id: 'st-6', title: 'Évaluation', kind: 'other', minutes: 0, notes: '' },
  ],
  slides: [
    {
      id: 'sl-1',
      content: {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Qu’est-ce qu’un commun\u00a0?' }] },
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Une ' },
              { type: 'text', text: 'ressource', marks: [{ type: 'bold' }] },
              { type: 'text', text: ', une ' },
              { type: 'text', text: 'communauté', marks: [{ type: 'bold' }, { type: 'italic' }] },
              { type: 'text', text: ' et des ' },
              { type: 'text', text: 'règles', marks: [{ type: 'strike' }] },
              { type: 'hardBreak' },
              { type: 'text', text: 'Voir ' },
              {
                type: 'text',
                text: 'Wikipédia',
                marks: [{ type: 'link', attrs: { href: 'https://fr.wikipedia.org/wiki/Communs', target: '_blank', rel: 'noopener noreferrer nofollow', class: null, title: null } }],
              },
              { type: 'text', text: ' ou ' },
              { type: 'text', text: 'écrire', marks: [{ type: 'link', attrs: { href: 'mailto:minga@example.org' } }, { type: 'code' }] },
            ],
          },
          { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Il n’y a pas de commun sans communauté.' }] }] },
          {
            type: 'bulletList',
            content: [
              { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Wikipédia' }] }] },
              {
                type: 'listItem',
                content: [
                  { type: 'paragraph', content: [{ type: 'text', text: 'OpenStreetMap' }] },
                  { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph' }, { type: 'horizontalRule' }] }] },
                ],
              },
            ],
          },
          { type: 'horizontalRule' },
          { type: 'image', attrs: { src: '/api/w/ws-lille/files/f1a2b3', alt: 'Photo du pad', width: 640 } },
        ],
      },
      notes: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Laisser deviner avant de montrer.' }] }] },
      hidden: false,
    },
    {
      id: 'sl-2',
      content: {
        type: 'doc',
        content: [
          {
            type: 'table',
            content: [
              {
                type: 'tableRow',
                content: [
                  { type: 'tableHeader', attrs: { colspan: 1, rowspan: 1 }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Commun' }] }] },
                  { type: 'tableHeader', attrs: { colspan: 1, rowspan: 1, colwidth: [120] }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Règle' }] }] },
                ],
              },
              {
                type: 'tableRow',
                content: [
                  { type: 'tableCell', attrs: { colspan: 2, rowspan: 1 }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Four à pain', marks: [{ type: 'italic' }] }] }] },
                ],
              },
            ],
          },
          { type: 'codeBlock', attrs: { language: 'yaml' }, content: [{ type: 'text', text: 'licence: CC-BY-SA-4.0\n' }] },
          { type: 'image', attrs: { src: 'https://upload.wikimedia.org/commons.png', title: 'Logo' } },
        ],
      },
      notes: { type: 'doc', content: [] },
      hidden: true,
      stepId: 'st-3',
    },
  ],
  materials: [
    { id: 'mat-1', title: 'Le jeu des communs', url: 'https://example.org/jeu', licence: 'CC BY-SA 4.0' },
    { id: 'mat-2', title: 'Cartes imprimées', url: '', licence: '' },
  ],
  language: 'fr',
  licence: 'CC-BY-SA-4.0',
  contributors: [{ name: 'Amel', role: 'facilitation' }, { name: 'Yann' }],
  source: { url: 'https://pad.example.org/p/minga-lille', forkedFrom: { unitId: 'communs-00', version: 'v3' } },
  createdAt: '2014-11-16T09:30:00.000Z',
  updatedAt: '2014-11-17T17:00:00+01:00',
};
