// Tests run in Node and read the package's own fixtures; the package code itself stays free of Node.
import { readFileSync } from 'node:fs';
import { totalMinutes, type UnitDraft } from '@minga/schema';
import { describe, expect, it } from 'vitest';
import { importText, type ImportResult } from './importText.ts';
import { plainText } from './markdownToRichText.ts';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));

function imported(path: string, options: { sourceUrl?: string } = {}): { result: Extract<ImportResult, { ok: true }>; draft: UnitDraft } {
  const result = importText(fixture(path), { filename: path.split('/').pop()!, ...options });
  if (!result.ok) throw new Error(`${path}: ${result.error.code} ${result.error.message}`);
  return { result, draft: result.draft };
}

const steps = (d: UnitDraft) => d.steps.map((s) => [s.title, s.kind, s.minutes]);
const codes = (r: Extract<ImportResult, { ok: true }>) => r.warnings.map((w) => w.code);
const slideTexts = (d: UnitDraft) => d.slides.map((s) => plainText(s.content));

describe('pads (fixtures/pads)', () => {
  it('a pad in the header standard with == wiki == sections imports its title, three lines, four objectives, six steps, materials and promotional text', () => {
    const { result, draft } = imported('pads/cafe-reparation-1h.fr.txt');
    expect(result.format).toBe('pad');
    expect(draft.title).toBe('Atelier « Réparer ensemble : ouvrir un café-réparation de quartier » — version d\'une heure');
    expect(draft.description.split('\n')).toEqual([
      'Une heure pour donner à des habitants et des associations l\'envie d\'ouvrir un café-réparation,',
      'de comprendre ce qu\'il apporte au quartier et comment le faire vivre sans s\'épuiser.',
      'Version d\'essai écrite à plusieurs : à jouer une première fois, puis à reprendre.',
    ]);
    expect(draft.objectives.map((o) => o.text)).toEqual([
      'Décrire un café-réparation : des objets, des bénévoles, des règles de sécurité',
      'Situer la réparation entre le service après-vente et le « fais-le toi-même »',
      'Citer deux effets d\'un café-réparation sur un quartier (déchets évités et liens créés)',
      'Choisir une première action pour lancer ou rejoindre un café-réparation près de chez soi',
    ]);
    expect(steps(draft)).toEqual([
      ['Accueil, tour de table et attentes', 'discussion', 5],
      ['Qu\'est-ce qu\'un café-réparation ? Apport en images', 'talk', 10],
      ['Un grille-pain ouvert sur la table : diagnostic à voix haute', 'other', 10],
      ['Atelier en petits groupes : ce que le quartier y gagne', 'workshop', 15],
      ['Discussion : ce qu\'une association peut prendre en charge, et ce qu\'elle doit laisser', 'discussion', 15],
      ['Conclusion et prochaines étapes', 'talk', 5],
    ]);
    expect(totalMinutes(draft.steps)).toBe(60);
    expect(draft.materials.map(({ title, url, licence }) => ({ title, url, licence }))).toEqual([
      { title: 'Affiche « un objet réparé, c\'est un déchet évité »', url: '', licence: 'CC-BY-SA' },
      { title: 'Fiche pratique sur la sécurité électrique pendant une séance de réparation', url: '', licence: '' },
      { title: 'Exemple d\'une lampe de chevet sauvée avec un simple interrupteur neuf', url: '', licence: '' },
    ]);
    // "Etapes suivantes" without its accent is still the next steps.
    expect(draft.nextSteps.map((n) => [n.text, n.done])).toEqual([
      ['minuter chaque partie pendant une répétition à blanc', false],
      ['réunir les photos et les fiches de réparation déjà publiées par le collectif', false],
      ['trouver une médiathèque partante pour une première séance', false],
    ]);
    expect(draft.hashtags).toEqual(['réparation', 'quartier', 'réemploi', 'prototype']);
    expect(draft.contributors.map((c) => c.name)).toEqual(['Amel', 'Bastien', 'Claire', 'Yann']);
    expect(draft.context).toContain('journée d\'échanges entre bénévoles de cafés-réparation');
    expect(draft.context).toContain('Texte de présentation :\nVotre lave-linge fait un bruit bizarre');
    expect(codes(result)).toEqual(['promo_in_context']);
    expect(result.preview.find((p) => p.field === 'steps')).toMatchObject({ from: '"Séquence"', line: 20, summary: '6 steps, 60 min' });
    expect(draft.language).toBe('fr');
    expect(draft.licence).toBe('CC-BY-SA-4.0');
  });

  it('a pad with "Label:" without a space, bare section labels and * bullets imports its four steps and 45 minutes, and keeps its notes in the context', () => {
    const { result, draft } = imported('pads/grainotheque-45min.fr.txt');
    expect(draft.title).toBe('Ouvrir une grainothèque dans une bibliothèque');
    expect(draft.description.split('\n')).toHaveLength(3);
    expect(draft.description).toMatch(/^Comment des lecteurs et des jardiniers/);
    expect(draft.objectives.map((o) => o.text)).toEqual([
      'Expliquer pourquoi une semence paysanne peut circuler librement',
      'Rédiger les trois règles d’une étagère de semences',
    ]);
    expect(steps(draft)).toEqual([
      ['Tour de table : qui garde des graines chez soi ?', 'discussion', 10],
      ['Apport : d’où viennent les semences du commerce', 'talk', 15],
      ['Travail en binômes sur le règlement de l’étagère', 'workshop', 15],
      ['Restitution', 'discussion', 5],
    ]);
    expect(totalMinutes(draft.steps)).toBe(45);
    expect(draft.nextSteps).toMatchObject([
      { text: 'recenser les grainothèques déjà ouvertes dans le département', done: false },
      { text: 'écrire une fiche d’accueil pour les bibliothécaires', done: false },
    ]);
    expect(draft.hashtags).toEqual(['semences', 'bibliothèques', 'jardins']);
    expect(draft.participants).toBe('Inès, Malik, Odile');
    expect(draft.contributors).toEqual([{ name: 'Inès' }, { name: 'Malik' }, { name: 'Odile' }]);
    expect(draft.context).toContain('groupe de travail « semences et savoirs »');
    // "Notes" is not part of the header standard: kept in the context, and said so.
    expect(draft.context).toContain('Notes :\nApporter des enveloppes vides');
    expect(result.warnings).toMatchObject([{ code: 'moved_to_context', line: 23, params: { value: 'Notes' } }]);
    expect(draft.slides).toEqual([]);
  });

  it('a pad\'s address given with the import is kept as the source', () => {
    const { draft } = imported('pads/grainotheque-45min.fr.txt', { sourceUrl: 'https://pad.example.org/p/grainotheque' });
    expect(draft.source).toEqual({ url: 'https://pad.example.org/p/grainotheque' });
  });

  it('a pad whose labels are headings, bold, uppercase or synonyms imports every field, and says what it guessed, joined or left out', () => {
    const { result, draft } = imported('pads/compost-variantes.fr.txt');
    expect(result.format).toBe('pad');
    expect(draft.title).toBe('Le compost collectif au pied des immeubles');
    // Four lines: the fourth is joined into the third, with a warning.
    expect(draft.description.split('\n')).toEqual([
      'Installer et faire vivre un composteur partagé en bas d\'un immeuble.',
      'Qui le remplit, qui le retourne, qui récupère le terreau ?',
      'Ce qu\'il faut négocier avec le bailleur et avec la ville. Une quatrième ligne, parce que personne ne compte jamais.',
    ]);
    expect(draft.nextSteps.map((n) => [n.text, n.done])).toEqual([
      ['demander l\'accord écrit du bailleur', true],
      ['commander un bac de 600 litres', false],
      ['former deux référents par cage d\'escalier', true],
    ]);
    expect(draft.hashtags).toEqual(['compost', 'jardin-partagé', 'biodéchets']);
    expect(draft.participants).toBe('Inès (animation) et Paul ; Rosa');
    expect(draft.contributors).toEqual([{ name: 'Inès', role: 'animation' }, { name: 'Paul' }, { name: 'Rosa' }]);
    // The sentence that introduces the objectives goes to the context; the indented line stays with its objective.
    expect(draft.objectives.map((o) => o.text)).toEqual([
      'Estimer ce qu\'un foyer jette en épluchures en une semaine',
      'Répartir les tâches d\'un composteur entre voisins sans que tout retombe sur les mêmes personnes',
    ]);
    expect(draft.context).toContain('Demande de l\'amicale des locataires');
    expect(draft.context).toContain('À la fin, les participants sauront :');
    // Clock times give the durations; the last step says its own.
    expect(steps(draft)).toEqual([
      ['Accueil et café', 'break', 10],
      ['Visite du composteur de la résidence voisine', 'other', 25],
      ['Atelier : le calendrier des tours de retournement', 'workshop', 25],
      ['Pause', 'break', 5],
      ['Bilan et inscriptions', 'discussion', 15],
    ]);
    expect(slideTexts(draft)).toEqual([
      'Idées en vrac\nun panneau qui dit ce qui va dans le bac, et ce qui n\'y va pas\nle guide de la métropole : https://compost.example.org/guide',
    ]);
    expect(draft.licence).toBe('CC-BY-4.0');
    expect(draft.source).toEqual({ url: 'https://pad.example.org/p/compost-immeuble' });
    expect(result.warnings.map((w) => [w.code, w.line])).toEqual([
      ['hashtag_invalid', 11],
      ['moved_to_context', 16],
      ['total_differs', 28],
      ['unknown_section', 30],
      ['description_lines', undefined],
    ]);
    expect(result.warnings.find((w) => w.code === 'total_differs')?.params).toEqual({ n: 60, m: 80 });
  });

  it('a pad without a title line takes its first line as the title, and counts a step without duration as 0 minutes, with warnings', () => {
    const { result, draft } = imported('pads/balade-arbres-sans-titre.fr.txt');
    expect(result.format).toBe('pad');
    expect(draft.title).toBe('Balade urbaine : lire les arbres de sa rue');
    expect(draft.description).toBe('');
    expect(draft.objectives).toHaveLength(2);
    expect(steps(draft)).toEqual([
      ['Rendez-vous devant la mairie annexe', 'other', 0],
      ['Marche commentée d\'un arbre à l\'autre', 'other', 40],
      ['Retour en salle, questions et carte des arbres à adopter', 'discussion', 60],
    ]);
    expect(draft.nextSteps).toEqual([]);
    expect(draft.hashtags).toEqual([]);
    expect(draft.contributors).toEqual([]);
    expect(draft.language).toBe('fr');
    expect(result.warnings).toMatchObject([
      { code: 'title_guessed', line: 1 },
      { code: 'duration_missing', line: 8, params: { value: 'Rendez-vous devant la mairie annexe' } },
    ]);
  });

  it('a long account without any header imports without losing a line: what overflows the context becomes a slide', () => {
    const text = fixture('pads/recit-rencontre-ressourceries.fr.txt').toString('utf8');
    const { result, draft } = imported('pads/recit-rencontre-ressourceries.fr.txt');
    expect(draft.title).toBe('réemploi, coopération, territoires : carnet de route d’un réseau de ressourceries');
    expect(draft.context.length).toBeLessThanOrEqual(10000);
    expect(draft.context).toMatch(/^Rencontre des ressourceries du bassin minier/);
    expect(slideTexts(draft)).toHaveLength(1);
    expect(slideTexts(draft)[0]).toMatch(/^Contexte \(suite\)\n/);
    expect(codes(result)).toEqual(['title_guessed', 'moved_to_context', 'context_overflow']);
    const everything = [draft.title, draft.context, ...slideTexts(draft)].join('\n').replace(/\s+/g, ' ');
    const lines = text.split('\n').map((l) => l.replace(/^\s*•\s*/, '').replace(/\s+/g, ' ').trim()).filter(Boolean);
    expect(lines.length).toBeGreaterThan(40);
    expect(lines.filter((l) => !everything.includes(l))).toEqual([]);
  });
});

describe('Markdown (fixtures/markdown)', () => {
  it('front matter in the short forms people type fills every field; a key that is no unit field goes to the context, with its line', () => {
    const { result, draft } = imported('markdown/velo-en-hiver.md');
    expect(result.format).toBe('markdown');
    expect(draft.title).toBe('Aller au travail à vélo en hiver : un atelier pour les salariés');
    expect(draft.description.trimEnd().split('\n')).toEqual([
      'Une heure pour lever les freins au vélo quand il fait froid et qu’il fait nuit tôt.',
      'Vêtements, éclairage, itinéraires : des réponses concrètes, essayées sur place.',
    ]);
    expect(draft.hashtags).toEqual(['vélo', 'mobilité', 'plan-de-déplacement']);
    expect(draft.language).toBe('fr');
    expect(draft.licence).toBe('CC-BY-4.0');
    expect(draft.contributors).toEqual([{ name: 'Rosa', role: 'animation' }, { name: 'Malik' }]);
    expect(draft.objectives.map((o) => o.text)).toEqual([
      'Choisir un éclairage visible et conforme au code de la route',
      'Préparer un itinéraire plus calme que le trajet en voiture',
    ]);
    expect(steps(draft)).toEqual([
      ['Accueil et tour des trajets de chacun', 'talk', 10],
      ['Apport : s’équiper sans se ruiner', 'talk', 15],
      ['Atelier réglage des freins et des lumières', 'workshop', 25],
      ['Questions et bilan', 'discussion', 10],
    ]);
    expect(draft.nextSteps.map((n) => [n.text, n.done])).toEqual([
      ['réserver le local à vélos de l’entreprise', true],
      ['trouver un mécanicien bénévole pour la séance', false],
    ]);
    expect(draft.materials.map(({ title, url, licence }) => ({ title, url, licence }))).toEqual([
      { title: 'Guide de l’éclairage à vélo', url: 'https://velo.example.org/eclairage', licence: 'CC BY-SA 4.0' },
    ]);
    expect(draft.source).toEqual({ url: 'https://pad.example.org/p/velo-hiver' });
    expect(draft.context).toBe('public: salariés d’une même entreprise');
    expect(result.warnings).toMatchObject([{ code: 'unknown_key', line: 27, params: { value: 'public' } }]);
  });

  it('the body becomes slides at its headings, with Note: lines as speaker notes and code kept as code', () => {
    const { draft } = imported('markdown/velo-en-hiver.md');
    expect(draft.slides.map((s) => slideTexts({ ...draft, slides: [s] })[0]!.split('\n')[0])).toEqual(['Pourquoi le vélo en hiver', 'Être vu', 'Choisir son trajet']);
    expect(plainText(draft.slides[0]!.notes)).toBe('demander d’abord qui vient déjà à vélo, même une fois par mois.');
    expect(draft.slides[2]!.content.content).toContainEqual(expect.objectContaining({ type: 'codeBlock' }));
  });

  it('Markdown without front matter takes its title from the first heading, cuts slides at ---, and keeps a hidden slide hidden', () => {
    const { result, draft } = imported('markdown/memo-sans-front-matter.md');
    expect(result.format).toBe('markdown');
    expect(draft.title).toBe('Tenir une permanence numérique à la mairie');
    expect(draft.objectives).toEqual([]);
    expect(draft.steps).toEqual([]);
    expect(draft.slides.map((s) => [plainText(s.content).split('\n')[0], s.hidden])).toEqual([
      ['Tenir une permanence numérique à la mairie', false],
      ['Avant d’ouvrir', false],
      ['Pendant la permanence', false],
      ['Pour les bénévoles seulement', true],
    ]);
    expect(plainText(draft.slides[1]!.notes)).toContain('on ne garde jamais un mot de passe');
    expect(draft.language).toBe('fr');
    expect(codes(result)).toEqual(['language_guessed']);
  });
});

describe('Carpentries episodes (fixtures/carpentries)', () => {
  it('a Workbench episode imports its objectives, its questions as description, teaching and exercise minutes, and keeps extra keys in the context', () => {
    const { result, draft } = imported('carpentries/tableur-01-formules.md');
    expect(result.format).toBe('carpentries');
    expect(draft.title).toBe('Calculer avec les formules d’un tableur');
    expect(draft.objectives.map((o) => o.text)).toEqual([
      'Écrire une formule qui additionne une colonne de montants.',
      'Distinguer une référence relative d’une référence absolue.',
      'Recopier une formule sans casser ses références.',
    ]);
    expect(draft.description).toBe('Comment faire calculer un total au tableur ?\nPourquoi une formule recopiée donne-t-elle parfois un résultat faux ?\nÀ quoi sert le signe dollar dans une référence ?');
    expect(steps(draft)).toEqual([['Teaching', 'talk', 25], ['Exercises', 'exercise', 20]]);
    expect(draft.steps[0]!.notes).toBe('Sections: Une première formule, Références relatives et absolues');
    expect(draft.steps[1]!.notes).toBe('Challenges: Le taux de TVA, Chercher l’erreur');
    expect(draft.context).toBe('block: Premiers pas avec un tableur');
    expect(draft.language).toBe('fr');
    expect(draft.licence).toBe('CC-BY-4.0');
    expect(codes(result)).toEqual(['unknown_key']);
  });

  it('a Workbench episode\'s challenges become slides with their solutions as notes, instructor notes go to the notes, keypoints close it', () => {
    const { draft } = imported('carpentries/tableur-01-formules.md');
    expect(draft.slides.map((s) => plainText(s.content).split('\n')[0])).toEqual([
      'Un tableur n’est pas qu’une grille où l’on range des nombres : chaque case peut contenir une formule qui se recalcule dès qu’une donnée change. Cet épisode part du budget d’une association de quartier, tenu jusque-là à la calculatrice.',
      'Une première formule', 'Références relatives et absolues', 'Le taux de TVA', 'Chercher l’erreur', 'Key points',
    ]);
    expect(draft.slides[1]!.content.content).toContainEqual(expect.objectContaining({ type: 'blockquote' }));
    expect(plainText(draft.slides[2]!.notes)).toMatch(/^Laissez les participants se tromper/);
    expect(plainText(draft.slides[3]!.notes)).toBe('=C2*(1+$F$1) : la référence au taux reste fixe quand la formule descend.');
    expect(plainText(draft.slides[5]!.content)).toContain('Le signe dollar fige la colonne, la ligne, ou les deux.');
  });

  it('a styles-format episode imports its front matter lists, even with an unindented continuation line, and leaves out a step of 0 minutes', () => {
    const { result, draft } = imported('carpentries/tableur-02-tri.styles-format.md');
    expect(result.format).toBe('carpentries');
    expect(draft.title).toBe('Trier et filtrer un tableau');
    expect(draft.description).toBe('Comment retrouver vite une ligne dans un long tableau ?');
    expect(draft.objectives.map((o) => o.text)).toEqual([
      'Trier un tableau sur une colonne sans mélanger les lignes.',
      'Filtrer les lignes qui répondent à une condition.',
    ]);
    // teaching: 10, exercises: 0: a step without minutes is left out.
    expect(steps(draft)).toEqual([['Teaching', 'talk', 10]]);
    const keypoints = plainText(draft.slides[draft.slides.length - 1]!.content);
    expect(keypoints).toMatch(/^Key points\n/);
    expect(keypoints).toContain('Un filtre cache des lignes sans les supprimer, et les totaux ne changent pas tant qu\'on n\'utilise pas une fonction adaptée.');
    // The challenge blockquote is a slide of its own, its nested solution the speaker notes.
    expect(plainText(draft.slides[1]!.content)).toMatch(/^Les adhérents à relancer\n/);
    expect(plainText(draft.slides[1]!.notes)).toContain('Un filtre sur la colonne Adhésion');
    expect(draft.slides[0]!.content.content).toContainEqual(expect.objectContaining({ type: 'codeBlock', attrs: { language: 'csv' } }));
    // No lang key, but the text reads French.
    expect(draft.language).toBe('fr');
    expect(result.warnings).toMatchObject([{ code: 'front_matter_repaired', line: 13 }, { code: 'liquid_dropped', line: 39 }]);
  });
});
