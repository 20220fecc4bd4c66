import { describe, expect, it } from 'vitest';
import { EXAMPLE_SESSION, EXAMPLE_UNIT, type Session } from '@minga/schema';
import { fixtureUnit } from './deckFixtures.ts';
import { mdLink, mdParagraph, mdText } from './markdown.ts';
import { renderRunSheetMarkdown } from './renderRunSheetMarkdown.ts';

const gouvernance = { ...fixtureUnit('gouvernance-partagee', { steps: [10, 5] }), licence: 'CC-BY-4.0' as const };
const units = { 'communs-decideurs-01': EXAMPLE_UNIT, 'gouvernance-partagee': gouvernance };

describe('renderRunSheetMarkdown', () => {
  it('gives one row per item and per step with clock time, who, activity, materials and notes', () => {
    const md = renderRunSheetMarkdown(EXAMPLE_SESSION, units, 'fr');
    expect(md).toContain('| Horaire | Séquence | Qui | Activité | Matériel | Notes |');
    expect(md).toContain('| 14:00–14:05 | Accueil | Amel | Accueil · 5 min |   | Café à gauche, badges à droite. |');
    expect(md).toContain('| 14:05–14:35 | **Les communs expliqués aux décideurs** | Yann | 30 min | [Le jeu des communs](<https://example.org/jeu>) (CC BY-SA 4.0)<br>Cartes imprimées | Transition\u00a0: Partir d’un exemple local\u00a0: le four à pain du quartier.<br>La séquence de l’unité dure 60 min\u00a0; la session lui en donne 30. |');
    // The overridden unit's steps keep their minutes, without clock times that would overlap the next item.
    expect(md).toContain('|   | ↳ Accueil et tour de table |   | exposé · 10 min |   | Chacun dit un mot. |');
    expect(md).toContain('| 14:35–14:50 | **Unité gouvernance-partagee** | Amel | 15 min · Version épinglée\u00a0: v2 |');
    expect(md).toContain('| 14:35–14:45 | ↳ Étape 1 |   | exposé · 10 min |   | Notes d’animation 1 |');
    expect(md).toContain('| 14:55–15:00 | Évaluation à chaud |   | Évaluation · 5 min |   |   |');
    expect(md).toContain('- 14:00–15:00 · 60 min prévues\u00a0: pile dans le temps');
  });

  it('credits each unit’s reviewers (relu par) beside its contributors, and only units that have some', () => {
    const reviewers = new Map([['communs-decideurs-01', ['Lou', 'Sami']]]);
    const fr = renderRunSheetMarkdown(EXAMPLE_SESSION, units, 'fr', reviewers);
    expect(fr).toContain('Amel (facilitation), Yann — Relu par\u00a0: Lou, Sami\n');
    expect(fr.match(/Relu par/g)).toHaveLength(1);
    expect(renderRunSheetMarkdown(EXAMPLE_SESSION, units, 'en', reviewers)).toContain('Amel (facilitation), Yann — Reviewed by: Lou, Sami\n');
    expect(renderRunSheetMarkdown(EXAMPLE_SESSION, units, 'en')).not.toContain('Reviewed by');
  });

  it('ends with the credits (the union of contributors and licences, then each unit) and the handover', () => {
    const md = renderRunSheetMarkdown(EXAMPLE_SESSION, units, 'en');
    expect(md.indexOf('## Credits')).toBeLessThan(md.indexOf('## Handover'));
    expect(md).toContain('## Handover\n\n- [ ] Envoyer les supports aux participants\n- [x] Réserver la salle pour la suite — done\n- [ ] Tester l’atelier à Montpellier — from “Les communs expliqués aux décideurs”\n');
    expect(md).toContain('- Contributors: Amel (facilitation), Yann, Autrice de gouvernance-partagee\n- Licences: CC BY-SA 4.0, CC BY 4.0');
    expect(md).toContain('- **Les communs expliqués aux décideurs** — [CC BY-SA 4.0](<https://creativecommons.org/licenses/by-sa/4.0/>) — Amel (facilitation), Yann\n  - [Le jeu des communs](<https://example.org/jeu>) (CC BY-SA 4.0)\n  - Cartes imprimées');
    expect(md).toContain('Share-alike (CC BY-SA 4.0)');
  });

  it('marks a deleted unit in the schedule and in the credits, and times from 0:00 without a start time', () => {
    const { startTime: _s, ...undated } = EXAMPLE_SESSION;
    const md = renderRunSheetMarkdown(undated as Session, { 'communs-decideurs-01': EXAMPLE_UNIT }, 'en');
    expect(md).toContain('| 0:35–0:35 | *Unit unavailable (gouvernance-partagee)* | Amel | 0 min |   | The unit "gouvernance-partagee" was deleted or can no longer be read. |');
    expect(md).toContain('- *Unit unavailable (gouvernance-partagee)* — credits unknown');
    expect(md).toContain('| 0:00–0:05 | Accueil |');
  });
});

describe('the handover at the end of the run-sheet', () => {
  it('gives each next step its owner, its target and who ticked it when', () => {
    const session: Session = {
      ...EXAMPLE_SESSION,
      nextSteps: [
        { id: 'h1', text: 'Ajouter un exemple breton', done: false, owner: 'Yann', target: 'Montpellier', origin: { kind: 'unit', docId: 'communs-decideurs-01', title: 'Les communs', nextStepId: 'ns-1' } },
        { id: 'h2', text: 'Envoyer le bilan', done: true, doneBy: 'Amel', doneAt: '2025-03-15T09:00:00.000Z' },
      ],
    };
    const md = renderRunSheetMarkdown(session, units, 'fr');
    expect(md).toContain('## Passation\n\n- [ ] Ajouter un exemple breton — responsable\u00a0: Yann · échéance\u00a0: Montpellier · depuis «\u00a0Les communs\u00a0»\n- [x] Envoyer le bilan — fait par Amel le ');
    // The unit's next step ns-1 is already handed over (the first line): it is not listed twice.
    expect(md).not.toContain('Tester l’atelier à Montpellier — depuis «\u00a0Les communs expliqués aux décideurs\u00a0»');
  });
});

describe('Markdown escaping', () => {
  it('makes inline markup, HTML and table pipes literal', () => {
    expect(mdText('*a* _b_ `c` [d](e) <b> | ~f~ &amp; ![g]')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<b\\> \\| \\~f\\~ \\&amp; \\!\\[g\\]');
  });

  it('keeps lines of a paragraph from becoming headings, lists or quotes', () => {
    expect(mdParagraph('# titre\n- item\n1. un\n> quote\n  + plus')).toBe('\\# titre  \n\\- item  \n1\\. un  \n\\> quote  \n  \\+ plus');
  });

  it('links only http(s) URLs', () => {
    expect(mdLink('x', 'https://example.org/a_(b)')).toBe('[x](<https://example.org/a_(b)>)');
    expect(mdLink('x', 'javascript:alert(1)')).toBe('x');
    expect(mdLink('x', undefined)).toBe('x');
  });
});
