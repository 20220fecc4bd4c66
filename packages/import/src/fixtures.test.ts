// Tests run in Node and read the shared fixtures in place; the package code itself stays free of Node.
import { readFileSync } from 'node:fs';
import { totalMinutes, type UnitDraft } from '@minga/schema';
import { describe, expect, it } from 'vitest';
import { importText, type ImportResult } from './importText.ts';
import { plainText } from './markdownToRichText.ts';

// The shared fixtures sit beside the clone (../shared), read in place, never copied.
const fixture = (path: string) => readFileSync(new URL(`../../../../shared/${path}`, import.meta.url));

function imported(path: string, options: { sourceUrl?: string } = {}): { result: Extract<ImportResult, { ok: true }>; draft: UnitDraft } {
  const result = importText(fixture(path), { filename: path.split('/').pop()!, ...options });
  if (!result.ok) throw new Error(`${path}: ${result.error.code} ${result.error.message}`);
  return { result, draft: result.draft };
}

const steps = (d: UnitDraft) => d.steps.map((s) => [s.title, s.kind, s.minutes]);

describe('pads from ../shared/fixtures/pads', () => {
  it('atelier-retribution.fr.txt imports with its title, objectives, four steps and 45 minutes', () => {
    const { result, draft } = imported('fixtures/pads/atelier-retribution.fr.txt');
    expect(result.format).toBe('pad');
    expect(draft.title).toBe('Rétribuer les contributeurs aux communs');
    expect(draft.description.split('\n')).toEqual([
      'Panorama des façons de rétribuer celles et ceux qui contribuent à un commun.',
      'Licences réciproques, contributions comptabilisées, financement collectif.',
      'Atelier de 45 minutes, à réutiliser dans une formation plus longue.',
    ]);
    expect(draft.objectives.map((o) => o.text)).toEqual([
      'Distinguer rétribution monétaire et non monétaire',
      'Expliquer ce qu\'est une licence réciproque',
    ]);
    expect(steps(draft)).toEqual([
      ['Tour de table : qui contribue à quoi ?', 'discussion', 10],
      ['Apport : modèles de rétribution', 'talk', 15],
      ['Travail en binômes sur un cas réel', 'workshop', 15],
      ['Restitution', 'discussion', 5],
    ]);
    expect(totalMinutes(draft.steps)).toBe(45);
    expect(draft.nextSteps).toMatchObject([
      { text: 'comparer trois outils de comptabilité des contributions', done: false },
      { text: 'rédiger une fiche sur les licences réciproques', done: false },
    ]);
    expect(draft.hashtags).toEqual(['communs', 'rétribution', 'licences']);
    expect(draft.participants).toBe('Louise, Mathieu, Nora');
    expect(draft.contributors).toEqual([{ name: 'Louise' }, { name: 'Mathieu' }, { name: 'Nora' }]);
    expect(draft.context).toContain('sous-groupe « outils de rétribution »');
    // The "Notes" section is not part of the header standard: kept in the context, and said so.
    expect(draft.context).toContain('Penser à demander aux participants');
    expect(result.warnings.map((w) => w.code)).toContain('moved_to_context');
    expect(draft.language).toBe('fr');
    expect(draft.licence).toBe('CC-BY-SA-4.0');
  });

  it('formation-communs-1h.fr.txt imports with four objectives, six steps and 60 minutes, its materials and its promotional text', () => {
    const { result, draft } = imported('fixtures/pads/formation-communs-1h.fr.txt');
    expect(result.format).toBe('pad');
    expect(draft.title).toBe('Formation-action « Les communs pour les décideurs » — prototype d\'une heure');
    expect(draft.description.split('\n')).toHaveLength(3);
    expect(draft.objectives.map((o) => o.text)).toEqual([
      'Définir un commun : une ressource, une communauté, des règles de gouvernance',
      'Situer les communs entre bien public et bien privé',
      'Citer deux exemples de valeur créée par un commun (économique et non monétaire)',
      'Repérer une action concrète de soutien aux communs dans son organisation',
    ]);
    expect(steps(draft)).toEqual([
      ['Accueil, tour de table et attentes', 'discussion', 5],
      ['Qu\'est-ce qu\'un commun ? Apport illustré', 'talk', 10],
      ['Une encyclopédie collaborative : commun et communauté', 'other', 10],
      ['Atelier en petits groupes : quelle valeur crée un commun ?', 'workshop', 15],
      ['Discussion : ce qu\'un décideur peut faire, et ce qu\'il doit éviter', 'discussion', 15],
      ['Conclusion et prochaines étapes', 'talk', 5],
    ]);
    expect(totalMinutes(draft.steps)).toBe(60);
    expect(draft.materials.map(({ title, url, licence }) => ({ title, url, licence }))).toEqual([
      { title: 'Schéma « les communs, l\'acteur public et le marché »', url: '', licence: 'CC-BY-SA' },
      { title: 'Exemple d\'un logiciel libre de sites web utilisé par près d\'un quart des sites', url: '', licence: '' },
      { title: 'Exemple d\'un tracteur en matériel libre, conçu pour durer et être réparé', url: '', licence: '' },
    ]);
    expect(draft.nextSteps.map((n) => n.text)).toEqual([
      'chronométrer chaque partie lors d\'une répétition',
      'rassembler les schémas et exemples déjà produits par le réseau',
      'trouver un premier groupe de décideurs volontaires',
    ]);
    expect(draft.hashtags).toEqual(['communs', 'formation', 'décideurs', 'prototype']);
    expect(draft.contributors.map((c) => c.name)).toEqual(['Amel', 'Bastien', 'Claire', 'Yann']);
    expect(draft.context).toContain('Texte de présentation :\nVous décidez pour une collectivité');
    expect(result.warnings.map((w) => w.code)).toContain('promo_in_context');
    expect(result.preview.find((p) => p.field === 'steps')).toMatchObject({ from: '"Séquence"', line: 20, summary: '6 steps, 60 min' });
  });

  it('a pad\'s address given with the import is kept as the source', () => {
    const { draft } = imported('fixtures/pads/atelier-retribution.fr.txt', { sourceUrl: 'https://pad.example.org/p/retribuer_communs' });
    expect(draft.source).toEqual({ url: 'https://pad.example.org/p/retribuer_communs' });
  });
});

describe('Carpentries episodes from ../shared/fixtures/carpentries', () => {
  it('instructor-training-02 (Workbench) imports with 5 objectives, teaching 30 and exercises 30', () => {
    const { result, draft } = imported('fixtures/carpentries/instructor-training-02-practice-learning.md');
    expect(result.format).toBe('carpentries');
    expect(draft.title).toBe('Building Skill With Practice');
    expect(draft.objectives.map((o) => o.text)).toEqual([
      'Compare and contrast the three stages of skill acquisition.',
      'Identify a mental model and an analogy that can help to explain it.',
      'Apply a concept map to explore a simple mental model.',
      'Understand the limitations of knowledge in the absence of a functional mental model.',
      'Create a formative assessment to diagnose a broken mental model.',
    ]);
    expect(steps(draft)).toEqual([['Teaching', 'talk', 30], ['Exercises', 'exercise', 30]]);
    expect(draft.steps[1]!.notes).toContain('Analogy Brainstorm');
    expect(draft.description).toBe('How do people learn?\nWho is a typical Carpentries learner?\nHow can we help novices become competent practitioners?');
    expect(draft.licence).toBe('CC-BY-4.0');
    expect(draft.language).toBe('en');
    expect(draft.context).toBe('block: How Learning Works');
    expect(draft.slides).toHaveLength(18);
  });

  it('instructor-training-06 (Workbench) imports with 2 objectives and 20 minutes', () => {
    const { draft } = imported('fixtures/carpentries/instructor-training-06-feedback.md');
    expect(draft.title).toBe('Building Skill With Feedback');
    expect(draft.objectives.map((o) => o.text)).toEqual([
      'Describe three feedback mechanisms used in Carpentries workshops.',
      'Give feedback to your instructors.',
    ]);
    expect(steps(draft)).toEqual([['Teaching', 'talk', 10], ['Exercises', 'exercise', 10]]);
    expect(draft.steps[0]!.notes).toBe('Sections: Surveys, Minute Cards, One-Up, One-Down');
    expect(draft.steps[1]!.notes).toBe('Challenges: Give Us Feedback');
  });

  it('instructor-training-08 (Workbench) imports with 3 objectives and 60 minutes', () => {
    const { draft } = imported('fixtures/carpentries/instructor-training-08-motivation.md');
    expect(draft.title).toBe('Motivation and Demotivation');
    expect(draft.objectives.map((o) => o.text)).toEqual([
      'Identify authentic tasks and explain why teaching them is important.',
      'Develop strategies to avoid demotivating learners.',
      'Distinguish praise based feedback on the type of mindset it promotes.',
    ]);
    expect(steps(draft)).toEqual([['Teaching', 'talk', 30], ['Exercises', 'exercise', 30]]);
  });

  it('shell-novice-05 (Workbench) imports with 6 objectives, teaching 40 and exercises 10', () => {
    const { draft } = imported('fixtures/carpentries/shell-novice-05-loop.md');
    expect(draft.title).toBe('Loops');
    expect(draft.objectives).toHaveLength(6);
    expect(draft.objectives[0]!.text).toBe('Write a loop that applies one or more commands separately to each file in a set of files.');
    expect(draft.objectives[4]!.text).toBe('Demonstrate how to see what commands have recently been executed.');
    expect(draft.objectives[5]!.text).toBe('Re-run recently executed commands without retyping them.');
    expect(steps(draft)).toEqual([['Teaching', 'talk', 40], ['Exercises', 'exercise', 10]]);
    expect(totalMinutes(draft.steps)).toBe(50);
    expect(draft.steps[1]!.notes).toContain('Write your own loop');
  });

  it('shell-novice-01 (styles format) imports its front matter lists, even with unindented continuation lines', () => {
    const { result, draft } = imported('fixtures/carpentries/shell-novice-01-intro.styles-format.md');
    expect(result.format).toBe('carpentries');
    expect(draft.title).toBe('Introducing the Shell');
    expect(draft.objectives.map((o) => o.text)).toEqual([
      'Explain how the shell relates to the keyboard, the screen, the operating system, and users\' programs.',
      'Explain when and why command-line interfaces should be used instead of graphical interfaces.',
    ]);
    // teaching: 5, exercises: 0 — a step without minutes is left out.
    expect(steps(draft)).toEqual([['Teaching', 'talk', 5]]);
    expect(draft.description).toBe('What is a command shell and why would I use one?');
    const keypoints = draft.slides[draft.slides.length - 1]!;
    expect(plainText(keypoints.content)).toContain('Key points');
    expect(plainText(keypoints.content)).toContain('The shell\'s main advantages are its high action-to-keystroke ratio, its support for automating repetitive tasks');
    expect(result.warnings.find((w) => w.code === 'front_matter_repaired')).toMatchObject({ line: 15 });
  });

  it('LICENSE.md, with a title and no lesson structure, imports as plain Markdown', () => {
    const { result, draft } = imported('fixtures/carpentries/LICENSE.md');
    expect(result.format).toBe('markdown');
    expect(draft.title).toBe('Licenses');
    expect(draft.objectives).toEqual([]);
    expect(draft.steps).toEqual([]);
    expect(draft.slides.map((s) => plainText(s.content).split('\n')[0])).toEqual(['Instructional Material', 'Software', 'Trademark']);
    expect(draft.language).toBe('en');
  });
});

describe('the account of the Minga de Lille (../shared/context)', () => {
  it('imports as a pad without losing a line of its 19 000 characters', () => {
    const text = fixture('context/minga-de-lille.fr.txt').toString('utf8');
    const { draft } = imported('context/minga-de-lille.fr.txt');
    const everything = [draft.title, draft.context, ...draft.slides.map((s) => plainText(s.content))].join('\n').replace(/\s+/g, ' ');
    const missing = text.split('\n').map((l) => l.replace(/^\s*•\s*/, '').replace(/\s+/g, ' ').trim()).filter((l) => l && !everything.includes(l));
    expect(missing).toEqual([]);
  });
});
