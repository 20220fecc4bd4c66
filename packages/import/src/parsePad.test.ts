import { describe, expect, it } from 'vitest';
import { plainText } from './markdownToRichText.ts';
import { parsePad } from './parsePad.ts';

const codes = (text: string) => parsePad(text).warnings.map((w) => w.code);

describe('parsePad on the shapes real pads take', () => {
  it('reads "# Titre" headings, lowercase labels and labels without accents', () => {
    const { draft } = parsePad('# Titre\nAtelier communs\n\n# description en 3 lignes\nUne.\nDeux.\n\n## ETAPES SUIVANTES\n- relire\n\n### Objectifs pédagogiques\n- comprendre\n\nsequence :\n- Accueil (5 min)');
    expect(draft).toMatchObject({
      title: 'Atelier communs',
      description: 'Une.\nDeux.',
      nextSteps: [{ text: 'relire', done: false }],
      objectives: [{ text: 'comprendre' }],
      steps: [{ title: 'Accueil', minutes: 5 }],
    });
  });

  it('reads == wiki == headers, **bold** labels, and a known label alone on its line', () => {
    const { draft } = parsePad('**Titre :** Les communs\n== Objectifs ==\n• définir\n• citer\nDéroulé\n* Apport 10 minutes\n* Pause 1 h');
    expect(draft.title).toBe('Les communs');
    expect(draft.objectives.map((o) => o.text)).toEqual(['définir', 'citer']);
    expect(draft.steps.map((s) => [s.title, s.kind, s.minutes])).toEqual([['Apport', 'talk', 10], ['Pause', 'break', 60]]);
  });

  it('takes a first "# heading" as the title when no "Titre :" line says otherwise', () => {
    expect(parsePad('# Formation décideurs\n\nObjectifs :\n- un').draft.title).toBe('Formation décideurs');
  });

  it('takes the first line as the title, with a warning, when the pad has no title at all', () => {
    const { draft, warnings } = parsePad('Atelier du jeudi\nquelques idées en vrac\n\nObjectifs :\n- un');
    expect(draft.title).toBe('Atelier du jeudi');
    expect(draft.context).toBe('quelques idées en vrac');
    expect(warnings.map((w) => w.code)).toEqual(['title_guessed', 'moved_to_context']);
  });

  it('reads hashtags written as a list or separated by commas, and drops the ones the schema refuses with a warning', () => {
    expect(parsePad('Titre : t\nHashtags :\n- Tiers Lieux\n- décideurs').draft.hashtags).toEqual(['tiers-lieux', 'décideurs']);
    expect(parsePad('Titre : t\nMots-clés : communs, Formation').draft.hashtags).toEqual(['communs', 'formation']);
    const { draft, warnings } = parsePad('Titre : t\nHashtags : #ok, c++, "x"');
    expect(draft.hashtags).toEqual(['ok']);
    // The words without "#" are no tags, but they are not lost either.
    expect(warnings.map((w) => [w.code, w.params?.value])).toEqual([['hashtag_text', 'c++, "x"']]);
    expect(draft.context).toContain('c++, "x"');
    expect(codes('Titre : t\nTags : ok, c++')).toEqual(['hashtag_invalid']);
  });

  it('reads checkbox lines without a bullet as next steps, and keeps a line before them in the context', () => {
    const { draft, warnings } = parsePad('Titre : t\nÉtapes suivantes\nAvant la rentrée :\n[x] relire\n[ ] tester');
    expect(draft.nextSteps.map((n) => [n.text, n.done])).toEqual([['relire', true], ['tester', false]]);
    expect(draft.context).toBe('Avant la rentrée :');
    expect(warnings.map((w) => w.code)).toEqual(['moved_to_context']);
  });

  it('keeps "À la fin, vous saurez :" under Objectifs in the context instead of opening a section', () => {
    const { draft } = parsePad('Titre : t\n# Objectifs\nÀ la fin, vous saurez :\n- composter\n- trier');
    expect(draft.objectives.map((o) => o.text)).toEqual(['composter', 'trier']);
    expect(draft.context).toBe('À la fin, vous saurez :');
    expect(draft.slides).toEqual([]);
  });

  it('reads next steps as a checklist: [x], ☑ and ✅ are done', () => {
    const { draft } = parsePad('Titre : t\nProchaines étapes :\n- [x] relire\n- [ ] tester\n☑ imprimer\n✅ réserver la salle\nappeler Yann');
    expect(draft.nextSteps.map((n) => [n.text, n.done])).toEqual([['relire', true], ['tester', false], ['imprimer', true], ['réserver la salle', true], ['appeler Yann', false]]);
  });

  it('turns participants into contributors, roles in brackets, and keeps the text as written', () => {
    const { draft } = parsePad('Titre : t\nParticipants : Amel (animation), Yann et Claire ; amel');
    expect(draft.participants).toBe('Amel (animation), Yann et Claire ; amel');
    expect(draft.contributors).toEqual([{ name: 'Amel', role: 'animation' }, { name: 'Yann' }, { name: 'Claire' }]);
  });

  it('reads existing contents with their links and licences', () => {
    const { draft } = parsePad('Titre : t\nContenus existants :\n- Le jeu des communs https://example.org/jeu (CC BY-SA 4.0)\n- Vidéo : https://video.example.org/v/1, licence CC0\n- Livre « Communs » — tous droits réservés');
    expect(draft.materials.map(({ title, url, licence }) => ({ title, url, licence }))).toEqual([
      { title: 'Le jeu des communs', url: 'https://example.org/jeu', licence: 'CC BY-SA 4.0' },
      { title: 'Vidéo', url: 'https://video.example.org/v/1', licence: 'CC0' },
      { title: 'Livre « Communs »', url: '', licence: 'tous droits réservés' },
    ]);
  });

  it('keeps the pad\'s link as the source, and reads the licence and the language when written', () => {
    const { draft } = parsePad('Titre : t\nLien du pad : https://pad.example.org/p/communs\nLicence : CC BY 4.0\nLangue : English');
    expect(draft.source).toEqual({ url: 'https://pad.example.org/p/communs' });
    expect(draft.licence).toBe('CC-BY-4.0');
    expect(draft.language).toBe('en');
  });

  it('makes an unknown section a slide with its label as heading, lists as lists and URLs as links, with a warning', () => {
    const { draft, warnings, preview } = parsePad('Titre : t\n\nQu\'est-ce qu\'un commun :\nUne ressource partagée\nvoir https://fr.wikipedia.org/wiki/Communs\n- ressource\n- communauté');
    expect(draft.slides).toHaveLength(1);
    const content = draft.slides[0]!.content.content;
    expect(content.map((b) => b.type)).toEqual(['heading', 'paragraph', 'bulletList']);
    expect(plainText(draft.slides[0]!.content)).toBe('Qu\'est-ce qu\'un commun\nUne ressource partagée\nvoir https://fr.wikipedia.org/wiki/Communs\nressource\ncommunauté');
    expect(JSON.stringify(content[1])).toContain('"href":"https://fr.wikipedia.org/wiki/Communs"');
    expect(warnings[0]).toMatchObject({ code: 'unknown_section', line: 3 });
    expect(preview.find((p) => p.field === 'slides')).toMatchObject({ from: '"Qu\'est-ce qu\'un commun"', line: 3 });
  });

  it('keeps step notes from the lines under a step, and compares the stated total', () => {
    const { draft, warnings } = parsePad('Titre : t\nDéroulé :\n- Jeu (20 min)\n  trois groupes\n  un rapporteur\n- Débat (10 min)\nTotal : 45 min');
    expect(draft.steps.map((s) => [s.title, s.minutes, s.notes])).toEqual([['Jeu', 20, 'trois groupes\nun rapporteur'], ['Débat', 10, '']]);
    expect(warnings.map((w) => w.code)).toEqual(['total_differs']);
  });

  it('computes durations of a run-sheet written with clock times', () => {
    const { draft, warnings } = parsePad('Titre : t\nProgramme :\n9h00 Accueil\n9h15 Apport\n10h00 Pause\n10h15 Fin');
    expect(draft.steps.map((s) => [s.title, s.minutes])).toEqual([['Accueil', 15], ['Apport', 45], ['Pause', 15], ['Fin', 0]]);
    expect(warnings[0]).toMatchObject({ code: 'duration_missing' });
  });

  it('keeps a description of more than three lines whole, its extra lines joined into the third', () => {
    const { draft, warnings } = parsePad('Titre : t\nDescription :\nun\ndeux\ntrois\nquatre');
    expect(draft.description).toBe('un\ndeux\ntrois quatre');
    expect(warnings[0]).toMatchObject({ code: 'description_lines' });
  });

  it('reads Windows line endings and a byte order mark', () => {
    expect(parsePad('\uFEFFTitre : t\r\nObjectifs :\r\n- a\r\n').draft).toMatchObject({ title: 't', objectives: [{ text: 'a' }] });
  });
});
