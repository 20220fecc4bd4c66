import type { Unit } from '@minga/schema';
import { clampText, oneLine } from './clampText.ts';
import type { DeckTexts } from './deckText.ts';
import { joinParts } from './unitSlides.ts';

/**
 * The key points of a unit, for the participant handout: what someone who was in the room needs
 * to find again, short. One point per visible slide (its first heading, and a line of what it
 * says), because the slides are what the room saw; a unit with no readable slide falls back to
 * its sequence (the steps' titles), because that is what the room did.
 */

/** A short image, so that a diagram the room saw can come home with them. */
export interface KeyPointImage {
  /** The original src (an upload path or an https URL); only rendered through the caller's imageSrc. */
  src: string;
  alt: string;
}

export interface KeyPoint {
  /** The slide's first heading, or a step's title; '' when the slide has no heading. */
  title: string;
  /** What the slide says, plain text and clamped (see unitKeyPoints), or a step's kind and minutes; may be ''. */
  detail: string;
  /** The slide's first image at its top level, if any. */
  image?: KeyPointImage;
}

export interface UnitKeyPoints {
  points: KeyPoint[];
  /** Points left out past the limit. */
  more: number;
}

/** Key points a unit keeps in a handout. */
export const MAX_KEY_POINTS = 8;
/** Characters a point's detail keeps. */
export const KEY_POINT_DETAIL_CHARS = 220;

type Node = { type?: unknown; text?: unknown; attrs?: unknown; content?: unknown };

const asNode = (value: unknown): Node | undefined => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : undefined);
const childrenOf = (node: Node | undefined): Node[] => (Array.isArray(node?.content) ? node.content.map(asNode).filter((n): n is Node => n !== undefined) : []);

/** The words of a node, hard breaks as spaces, walked with a stack (a hostile document cannot exhaust it). */
function plainText(node: Node): string {
  let text = '';
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'hardBreak') text += ' ';
    if (typeof n.text === 'string') text += n.text;
    const children = childrenOf(n);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return oneLine(text);
}

/** What a slide says besides its heading: its first paragraph, else its first list's items, else its first quote. */
function slideDetail(blocks: Node[]): string {
  const firstText = (type: string) => blocks.filter((b) => b.type === type).map(plainText).find((t) => t !== '');
  const paragraph = firstText('paragraph');
  if (paragraph) return paragraph;
  const list = blocks.find((b) => (b.type === 'bulletList' || b.type === 'orderedList') && plainText(b) !== '');
  if (list) return childrenOf(list).map(plainText).filter((t) => t !== '').join(' · ');
  return firstText('blockquote') ?? '';
}

function slideImage(blocks: Node[]): KeyPointImage | undefined {
  for (const block of blocks) {
    if (block.type !== 'image') continue;
    const attrs = asNode(block.attrs) as { src?: unknown; alt?: unknown } | undefined;
    if (typeof attrs?.src === 'string') return { src: attrs.src, alt: typeof attrs.alt === 'string' ? attrs.alt : '' };
  }
  return undefined;
}

/**
 * The key points of a unit: for each visible slide, its first heading (any level) and its first
 * paragraph (or first list, or quote) cut to KEY_POINT_DETAIL_CHARS, plus its first image;
 * slides with no words are skipped. With no such slide, each step but the breaks: its title,
 * kind and minutes. At most MAX_KEY_POINTS, the rest counted in `more`.
 */
export function unitKeyPoints(unit: Pick<Unit, 'slides' | 'steps'>, texts: DeckTexts, max = MAX_KEY_POINTS): UnitKeyPoints {
  const fromSlides: KeyPoint[] = [];
  for (const slide of unit.slides) {
    if (slide.hidden) continue;
    const blocks = childrenOf(asNode(slide.content));
    const heading = blocks.filter((b) => b.type === 'heading').map(plainText).find((t) => t !== '') ?? '';
    const detail = slideDetail(blocks);
    if (heading === '' && detail === '') continue;
    const image = slideImage(blocks);
    fromSlides.push({ title: clampText(heading, 200), detail: detail === heading ? '' : clampText(detail, KEY_POINT_DETAIL_CHARS), ...(image ? { image } : {}) });
  }
  const points = fromSlides.length > 0 ? fromSlides : unit.steps
    .filter((step) => step.kind !== 'break' && step.title.trim() !== '')
    .map((step) => ({ title: step.title, detail: joinParts([texts.stepKinds[step.kind], texts.minutes(step.minutes)]) }));
  return { points: points.slice(0, max), more: Math.max(0, points.length - max) };
}
