import { EXAMPLE_SESSION, EXAMPLE_UNIT, type RichTextDoc, type Session, type Unit } from '@minga/schema';

/**
 * Sessions and units for the export tests and benches: a unit of any size, and the 60-slide
 * session issue 6 times (4 units of 12 visible slides, plus title, agenda, free items, next steps
 * and credits).
 */

const paragraph = (text: string): RichTextDoc => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** A valid unit with `slides` visible slides (plus `hidden` hidden ones) and steps of the given minutes. */
export function fixtureUnit(id: string, { slides = 3, hidden = 0, steps = [10, 20] }: { slides?: number; hidden?: number; steps?: number[] } = {}): Unit {
  return {
    ...EXAMPLE_UNIT,
    id,
    title: `Unité ${id}`,
    objectives: [{ id: 'o1', text: `Objectif de ${id}` }],
    steps: steps.map((minutes, i) => ({ id: `st${i + 1}`, title: `Étape ${i + 1}`, kind: 'talk', minutes, notes: `Notes d’animation ${i + 1}` })),
    slides: [
      ...Array.from({ length: slides }, (_, i) => ({
        id: `sl${i + 1}`,
        content: { type: 'doc' as const, content: [{ type: 'heading' as const, attrs: { level: 2 as const }, content: [{ type: 'text' as const, text: `Diapositive ${i + 1}` }] }, ...paragraph('Texte de la diapositive.').content] },
        notes: paragraph(`Notes de la diapositive ${i + 1}`),
        hidden: false,
      })),
      ...Array.from({ length: hidden }, (_, i) => ({ id: `hidden${i + 1}`, content: paragraph('Cachée'), notes: { type: 'doc' as const, content: [] }, hidden: true })),
    ],
    contributors: [{ name: `Autrice de ${id}` }, { name: 'Yann' }],
    materials: [{ id: 'm1', title: `Source de ${id}`, url: `https://example.org/${id}`, licence: 'CC BY 4.0' }],
  };
}

/** A one-hour session whose deck has exactly 60 slides. */
export function sixtySlideSession(): { session: Session; units: Map<string, Unit> } {
  const ids = ['u1', 'u2', 'u3', 'u4'];
  const units = new Map(ids.map((id) => [id, fixtureUnit(id, { slides: 12, hidden: 1, steps: [3, 4, 4, 3] })]));
  const session: Session = {
    ...EXAMPLE_SESSION,
    items: [
      { id: 'welcome', kind: 'welcome', title: 'Accueil', minutes: 2 },
      ...ids.map((id) => ({ id: `item-${id}`, kind: 'unit' as const, unitId: id, mode: 'live' as const })),
      { id: 'break', kind: 'break', title: '', minutes: 1 },
      { id: 'questions', kind: 'questions', title: 'Questions', minutes: 1 },
    ],
  };
  return { session, units };
}

/**
 * Stand-ins for reveal.js's files, small enough to read in a failing test. The notes plugin
 * writes its speaker view with document.write like the real one; the theme imports a remote
 * font and points at a remote image, as some reveal.js themes do.
 */
export const FAKE_ASSETS = {
  revealJs: 'window.Reveal = { initialize() {} }; var closing = "</script>";',
  revealCss: '.reveal { position: relative }',
  themeCss: '@import url("https://fonts.googleapis.com/css2?family=Lato:ital,wght@0,400;1,700");\n.reveal { font-family: Lato; background: url(https://evil.example/bg.png) }',
  notesPluginJs: 'window.RevealNotes = { id: "notes" }; function openSpeakerView(w) { w.document.write(`<html><body><script>\r\nvar notes = "\\x41";\n<\\/script></body></html>`); }',
};

/** The demo's invitation, 619 characters: the sheet once cut it at « …plutôt que de… ». */
export const INVITATION = 'Élu, agent public ou chef d’entreprise, vous vous servez déjà de communs, parfois sans le savoir\u00a0: une encyclopédie en ligne, le logiciel de votre site web, des données ouvertes. '
  + 'En une heure, par des exemples concrets et de courts échanges, découvrez comment ils fonctionnent, la valeur qu’ils créent pour un territoire et ce qui les met en danger. '
  + 'Vous verrez pourquoi les soutenir permet de faire plus avec moins, plutôt que de refaire à grands frais ce qui existe déjà. '
  + 'Vous repartirez avec des leviers simples — commande publique, financement, ouverture des données — et une action à mener dans votre organisation.';
