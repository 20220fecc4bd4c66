import type { StepKind } from '@minga/schema';
import { fold, trimChars } from './text.ts';

/** Dashes, colons and bars around a step's title, left by the duration taken out of it. */
function trimSeparators(text: string): string {
  return trimChars(trimChars(text, '-–—:|,.', 'start'), '-–—:|,', 'end');
}

/**
 * Durations as trainers write them in pads: "(10 min)", "10 minutes", "15'", "1h", "1 h 30",
 * "1h30", "1 heure", "10-15 min" (the upper bound), and clock ranges "9h00-9h15", "14:00 – 15:30".
 */

const HOURS = String.raw`(\d{1,2})\s*(?:heures?|hours?|hrs?|h)\.?(?:\s*(\d{1,2})(?:\s*(?:minutes?|mins?|mn|m)\.?)?)?`;
const MINUTES = String.raw`(?:(\d{1,3})\s*(?:-|–|à|to)\s*)?(\d{1,3})\s*(?:minutes?|mins?|mn|m|'|’)\.?`;
const DURATION = String.raw`(?<![\p{L}\d])(?:${HOURS}|${MINUTES})(?![\p{L}\d])`;
const CLOCK = String.raw`(\d{1,2})[h:](\d{2})?`;
const CLOCK_RANGE = new RegExp(String.raw`(?<![\p{L}\d])${CLOCK}\s*(?:-|–|—|à|to)\s*${CLOCK}(?![\p{L}\d])`, 'u');
const LEADING_CLOCK = /^\s*(\d{1,2})(?::(\d{2})|h(\d{2}))(?![\d])/u;


/** Minutes of the first duration regexp match's groups. */
function minutesOf(m: RegExpExecArray): number {
  if (m[1] !== undefined) return Number(m[1]) * 60 + Number(m[2] ?? 0);
  return Number(m[4]);
}

/** Minutes written in a text ("1 h 30" → 90), or undefined when it holds no duration. */
export function parseDuration(text: string): number | undefined {
  const range = CLOCK_RANGE.exec(text);
  if (range) return clockDiff(range);
  const m = new RegExp(DURATION, 'u').exec(text);
  return m ? minutesOf(m) : undefined;
}

function clockDiff(m: RegExpExecArray): number | undefined {
  const from = Number(m[1]) * 60 + Number(m[2] ?? 0);
  const to = Number(m[3]) * 60 + Number(m[4] ?? 0);
  return to > from ? to - from : undefined;
}

/** A step line's duration and its title without it: "Restitution (5 min)" → 5, "Restitution". */
export function extractDuration(line: string): { minutes?: number; title: string } {
  const clean = (s: string) => trimSeparators(s.replace(/\s{2,}/g, ' '));
  const range = CLOCK_RANGE.exec(line);
  if (range) {
    const minutes = clockDiff(range);
    const title = clean(line.slice(0, range.index) + ' ' + line.slice(range.index + range[0].length));
    return minutes === undefined ? { title } : { minutes, title };
  }
  const patterns = [
    new RegExp(String.raw`[(\[]\s*(?:~|env\.?|environ|about|ca\.?)?\s*${DURATION}\s*[)\]]`, 'u'),
    new RegExp(String.raw`^\s*${DURATION}`, 'u'),
    new RegExp(String.raw`${DURATION}\s*$`, 'u'),
  ];
  const startsWithClock = leadingClockTime(line) !== undefined;
  for (const [i, re] of patterns.entries()) {
    if (i === 1 && startsWithClock) continue;
    const m = re.exec(line);
    if (m) {
      const inner = new RegExp(DURATION, 'u').exec(m[0]);
      if (!inner) continue;
      return { minutes: minutesOf(inner), title: clean(line.slice(0, m.index) + ' ' + line.slice(m.index + m[0].length)) };
    }
  }
  if (!startsWithClock) {
    const anywhere = new RegExp(DURATION, 'u').exec(line);
    if (anywhere) return { minutes: minutesOf(anywhere), title: clean(line) };
  }
  return { title: clean(line) };
}

/**
 * A clock time at the start of a run-sheet line ("9h00 Accueil", "14:30 Pause"), in minutes since
 * midnight. "1h30" is read as a duration, not a time: hours before 6 in the `h` form are durations.
 */
export function leadingClockTime(line: string): number | undefined {
  const m = LEADING_CLOCK.exec(line);
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? m[3]);
  if (hours > 23 || minutes > 59) return undefined;
  if (m[3] !== undefined && hours < 6) return undefined;
  return hours * 60 + minutes;
}

/** The line without its leading clock time. */
export function withoutClockTime(line: string): string {
  return trimSeparators(line.replace(LEADING_CLOCK, ''));
}

const KINDS: [StepKind, RegExp][] = [
  // "café-réparation", "café-débat" are activities, not breaks.
  ['break', /\b(pauses?|break|dejeuner|repas|cafe(?!-\w)|coffee|lunch|gouter)\b/],
  ['workshop', /\b(ateliers?|petits? groupes?|sous-groupes?|binomes?|trinomes?|en groupes?|workshops?|small[- ]groups?|breakouts?)\b/],
  ['exercise', /\b(exercices?|jeux?|jeu de role|mises? en (pratique|situation)|cas pratiques?|quiz|exercises?|challenges?|hands-on|practice|pratique|manipulation)\b/],
  ['discussion', /\b(discussions?|debats?|echanges?|restitutions?|questions?|q ?& ?a|retours?|tour de table|feedback|bilan|partage)\b/],
  ['talk', /\b(apports?|presentations?|expose|conferences?|interventions?|introduction|accueil|conclusion|talk|lecture|demonstration|demo|keynote|cours|teaching)\b/],
];

/** The kind of activity a step's title suggests, `other` when nothing does. */
export function guessStepKind(title: string): StepKind {
  const folded = fold(title);
  for (const [kind, re] of KINDS) if (re.test(folded)) return kind;
  return 'other';
}
