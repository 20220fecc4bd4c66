/**
 * Where French text lets a line break between a word and its « : ; ! ? » or inside « »: each needs
 * a non-breaking space (U+00A0 or the narrow U+202F). Interpolations ({{…}}, $t(…)) are code, and a
 * sign glued to what follows (14:30, ?key=), a URL scheme (mailto:) or a run of signs (:::) is no
 * punctuation. Returns each fault with a little context. One rule for the app's catalogs, the
 * exports' texts, the CLI's messages and the demo content the server seeds.
 */
export function frenchTypographyFaults(text: string): string[] {
  const prose = text.replace(/\{\{.*?\}\}|\$t\(.*?\)/g, '{}').replace(/\b(?:https?|mailto):/g, 'url');
  const faults = [
    ...prose.matchAll(/(?<![\u00a0\u202f:;!?…])[:;!?](?=[\s»)"…,.]|$)/g),
    ...prose.matchAll(/«(?![\u00a0\u202f])/g),
    ...prose.matchAll(/(?<![\u00a0\u202f])»/g),
  ];
  return faults.map((fault) => prose.slice(Math.max(0, fault.index - 12), fault.index + 2));
}
