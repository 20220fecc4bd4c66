import { describe, expect, it } from 'vitest';
import { importText } from './importText.ts';
import { accountForLines } from './lineAccounting.ts';

/** Imports a text and returns the result with the lines it accounts for nowhere. */
function imported(text: string, filename = 'pad.txt') {
  const result = importText(text, { filename });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return { ...result, lost: accountForLines(text, result) };
}

// Pads as people leave them: text before the title, unknown headers, lines between sections,
// checkboxes of every kind, a table, links, a total line.
const MESSY_PADS: Record<string, string> = {
  'chatty preamble and stray lines': `Pad de travail — ne pas effacer
Dernière mise à jour par Amel

# Atelier cartographie des communs

Quelques mots avant tout.

Titre : Cartographier les communs du territoire
Description :
Un atelier pour repérer les communs d'un territoire.
Deux heures, en petits groupes.

Une ligne perdue entre deux sections.

Objectifs :
À la fin, les participants sauront :
- repérer un commun
* utiliser [la carte](https://carte.example.org/communs)

Déroulé :
| Heure | Activité |
|-------|----------|
| 9h00 | Accueil |
- 10 min : Accueil et tour de table
- 1h30 Cartographie en groupes
  consigne : une feuille A3 par groupe
- Restitution (20')

Matériel logistique :
feutres, post-it

Étapes suivantes
☐ Envoyer la carte
☑ Remercier la salle
Compiler les retours
[X] Archiver le pad

Hashtags : #communs #Cartographie territoire, #tiers-lieux

Contexte : Demande de la médiathèque.
Voir https://mediatheque.example.org/agenda

Participants : Amel (animation), Bruno et Chloé

== Idées en vrac ==
**Penser à** la pause
Licence : CC BY-SA 4.0
`,
  'bold headers, numbered lists and a stated total': `**Titre :** Formation libre
**Description :** Une courte formation.
**Objectifs**
1) comprendre
2) pratiquer
   2a) en binôme
**Séquence pédagogique :**
• 15 min — présentation
• 30 min — exercice
Total : 45 min
Notes :
rien de spécial
Liens utiles : https://example.org/a https://example.org/b
Prochaines étapes :
- [x] relire
- [ ] publier
    - [ ] annoncer sur la liste
Langue : klingon
Licence : tous droits réservés
`,
  'no headers at all': `Une idée de formation
sur les logiciels libres à l'école
avec un temps d'échange
`,
};

describe('every line of an import lands somewhere', () => {
  for (const [name, text] of Object.entries(MESSY_PADS)) {
    it(`a messy pad (${name}) keeps every non-empty line in the unit or in a warning that names it`, () => {
      expect(imported(text).lost).toEqual([]);
    });
  }

  it('a hand-written Markdown file with aliases and unknown front matter keys keeps every line', () => {
    const markdown = `---
title: Les communs expliqués aux décideurs
tags: [communs, décideurs]
authors: Amel (animation), Yann
objectives:
  - Définir un commun
  - Citer trois communs numériques
steps:
  - Accueil (10 min)
  - Jeu de rôle, 20 min
next_steps:
  - "[x] Relire les diapositives"
  - Tester l’atelier à Montpellier
public: élus et agents
---

# Qu’est-ce qu’un commun ?

Une **ressource**, une _communauté_, des [règles](https://example.org/regles).

| Commun | Règle |
| --- | --- |
| Wikipédia | CC BY-SA |

---

## Exemples

- Wikipédia
- OpenStreetMap

Note:
Laisser deviner avant de montrer.
`;
    const { lost, format } = imported(markdown, 'communs.md');
    expect(format).toBe('markdown');
    expect(lost).toEqual([]);
  });

  it('a Carpentries episode with challenges, solutions, callouts and a zero-minute key keeps every line', () => {
    const episode = `---
title: "Loops"
teaching: 10
exercises: 0
---

:::::::::::::::::::::::::::::::::::::: questions

- How can I do the same thing to many files?

::::::::::::::::::::::::::::::::::::::::::::::::

::::::::::::::::::::::::::::::::::::: objectives

- Write a loop that applies commands to each file.

::::::::::::::::::::::::::::::::::::::::::::::::

## Loops

Loops let us [repeat work][loops] on each file, as in [the previous episode](04-pipes.md).

::::::::::::::::::::::::::::::::::::: challenge

## Variables

1. What does \`echo $name\` print?
2. What does \`echo name\` print?

:::::::::::::::: solution

The first prints the value.

:::::::::::::::::::::::::

::::::::::::::::::::::::::::::::::::::::::::::::

::::::::::::::::::::::::::::::::::::: keypoints

- A \`for\` loop repeats commands once for every thing in a list.

::::::::::::::::::::::::::::::::::::::::::::::::

[loops]: https://example.org/loops
`;
    const { lost, format } = imported(episode, 'loops.md');
    expect(format).toBe('carpentries');
    expect(lost).toEqual([]);
  });

  it('lines a slide keeps in one paragraph (joined by line breaks) are each accounted for: a word does not run into the next line', () => {
    const text = 'Titre : Balade des communs\n\nÀ emporter :\ncarte du quartier\n#communs #balade départ\nRendez-vous : place du marché\n';
    const { draft, lost } = imported(text);
    expect(draft.slides).toHaveLength(1);
    expect(lost).toEqual([]);
  });

  it('a slide’s notes begun on the "Note:" line itself are accounted for, the marker being syntax', () => {
    const md = '---\ntitle: Compost en pied d’immeuble\n---\n\n# Pourquoi composter\n\nUn tiers de nos poubelles est organique.\n\nNote: faire deviner la part avant de la montrer.\n';
    const { draft, lost } = imported(md, 'compost.md');
    expect(draft.slides[0]?.notes.content.length).toBeGreaterThan(0);
    expect(lost).toEqual([]);
  });

  it('a language header read into a code is accounted for by the words it was read from', () => {
    const { draft, lost, preview } = imported('Titre : Balade des arbres\nLangue : français\nObjectifs :\n- reconnaître trois essences\n');
    expect(draft.language).toBe('fr');
    expect(preview.find((p) => p.field === 'language')?.summary).toBe('fr ("français")');
    expect(lost).toEqual([]);
  });

  it('a line the unit lost is reported with its number and the words found nowhere', () => {
    const text = 'Titre : Atelier\nObjectifs :\n- comprendre les communs\n- cartographier un quartier';
    const result = importText(text);
    if (!result.ok) throw new Error(result.error.message);
    const dropped = { ...result, draft: { ...result.draft, objectives: result.draft.objectives.slice(0, 1) } };
    expect(accountForLines(text, dropped)).toEqual([{ line: 4, text: '- cartographier un quartier', missing: ['cartographier', 'un', 'quartier'] }]);
  });
});

describe('next steps and hashtags as pads write them', () => {
  it('reads checkbox lines with or without a bullet, ☑ and ☐, and plain lines among them, each with its done state', () => {
    const { draft } = imported('Titre : t\nÉtapes suivantes :\n[x] Relire\n☑ Envoyer\n☐ Préparer la suite\nPublier\n[x] Trouver une salle\n- [ ] Annoncer');
    expect(draft.nextSteps.map((n) => [n.text, n.done])).toEqual([
      ['Relire', true], ['Envoyer', true], ['Préparer la suite', false], ['Publier', false], ['Trouver une salle', true], ['Annoncer', false],
    ]);
  });

  it('keeps a plain line written before a checkbox line as a next step', () => {
    const { draft } = imported('Titre : t\nÉtapes suivantes :\nRelire\n[x] Trouver');
    expect(draft.nextSteps.map((n) => [n.text, n.done])).toEqual([['Relire', false], ['Trouver', true]]);
  });

  it('keeps a word written without "#" beside the hashtags in the context, with a warning naming it', () => {
    const { draft, warnings, lost } = imported('Titre : t\nHashtags : #communs #numérique atelier');
    expect(draft.hashtags).toEqual(['communs', 'numérique']);
    expect(draft.context).toContain('atelier');
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'hashtag_text', line: 2, params: { value: 'atelier' } }));
    expect(lost).toEqual([]);
  });

  it('keeps a word written without "#" beside the front matter\'s tags of a Markdown file in the context, with a warning', () => {
    const { draft, warnings, lost } = imported('---\ntitle: T\ntags: "#communs #numérique atelier"\n---\n\nTexte.\n', 'unit.md');
    expect(draft.hashtags).toEqual(['communs', 'numérique']);
    expect(draft.context).toBe('tags: atelier');
    expect(warnings).toContainEqual(expect.objectContaining({ code: 'hashtag_text', line: 3 }));
    expect(lost).toEqual([]);
  });
});
