import { REVEAL_CONFIG, revealLabelsFor, revealLabelTargets, type DeckLang } from '@minga/export';
import type { SessionTheme } from '@minga/schema';
import { useEffect, useRef } from 'react';
import type { RevealApi } from 'reveal.js';
import type { SlideView } from './deckView.ts';
import { attachBaseStyles, attachThemeStyles, loadThemeStyles } from './revealStyles.ts';
import { keyBelongsToControl } from './keyBelongsToControl.ts';

/** What a page can do with a deck on screen. */
export interface DeckHandle {
  goTo(index: number): void;
  next(): void;
  prev(): void;
  index(): number;
  total(): number;
  slideId(index?: number): string;
  toggleOverview(): void;
  /** Blacks the screen out (reveal.js's pause, `b` or `.`) or shows it again. */
  setPaused(paused: boolean): void;
}

interface RevealDeckProps {
  slides: SlideView[];
  theme: SessionTheme;
  /** `full`: the whole page, as on a projector; `embedded`: a box among other things (previews). */
  mode: 'full' | 'embedded';
  /** Keyboard, touch, arrows and overview for the person in front of it. */
  interactive: boolean;
  /** reveal.js's print layout (one page per slide), for the browser's own print to PDF. */
  print?: boolean;
  /** The slide to open on (kept across rebuilds afterwards). */
  initialIndex?: number;
  label: string;
  /** The deck's language: reveal.js's own controls are labelled in it (default French). */
  lang?: DeckLang;
  testId?: string;
  onReady?: (handle: DeckHandle) => void;
  /** Every slide change; `byUser` is false when it came from goTo (another window, the presenter). */
  onSlideChange?: (index: number, slideId: string, byUser: boolean) => void;
  /** The screen was blacked out or shown again (reveal.js's pause). */
  onPausedChange?: (paused: boolean) => void;
}

/** Elements of the app's own interface laid over a deck: their keys are theirs, not reveal.js's. */
export const PRESENT_UI_ATTRIBUTE = 'data-present-ui';

/** Whether a key pressed in the app's presenting tools is theirs, not reveal.js's: only inside them, and as keyBelongsToControl says. */
function keyBelongsToPresentUi(event: KeyboardEvent): boolean {
  return event.target instanceof Element && event.target.closest(`[${PRESENT_UI_ATTRIBUTE}]`) !== null && keyBelongsToControl(event);
}

/** reveal.js labels its own controls in English: says them in the deck's language instead. */
function labelRevealControls(root: HTMLElement, lang: DeckLang): void {
  for (const { selector, attribute, value } of revealLabelTargets(revealLabelsFor(lang))) {
    root.querySelectorAll(selector).forEach((element) => element.setAttribute(attribute, value));
  }
}

/** How long a rebuild waits for more changes (someone typing in a unit) before it replaces the slides. */
const REBUILD_DELAY_MS = 400;

const slidesHtml = (slides: SlideView[]) => slides.map((s) => s.html).join('\n');

/**
 * reveal.js on a deck's slides, loaded on demand. The markup comes from renderSlideHtml (the
 * exported file's), so the app and the file show the same deck. When the slides change, the deck
 * is rebuilt in place and stays on the slide it showed (found again by its id).
 */
export function RevealDeck({ slides, theme, mode, interactive, print = false, initialIndex = 0, label, lang = 'fr', testId, onReady, onSlideChange, onPausedChange }: RevealDeckProps) {
  const root = useRef<HTMLDivElement>(null);
  const slidesElement = useRef<HTMLDivElement>(null);
  const reveal = useRef<RevealApi | null>(null);
  const applied = useRef<string>('');
  const latest = useRef({ slides, onReady, onSlideChange, onPausedChange, initialIndex, theme, lang });
  const expected = useRef<number | null>(null);

  useEffect(() => {
    latest.current = { slides, onReady, onSlideChange, onPausedChange, initialIndex, theme, lang };
  });

  // reveal.js and its base styles: once per mount (the look is swapped below).
  useEffect(() => {
    let cancelled = false;
    let detachStyles: (() => void) | null = null;
    let instance: RevealApi | null = null;
    let resizeObserver: ResizeObserver | null = null;
    const element = root.current;
    const container = slidesElement.current;
    if (!element || !container) return;

    void (async () => {
      // The look is attached by the effect below; waiting for it here lets the first layout measure it.
      const [{ default: Reveal }, detach] = await Promise.all([import('reveal.js'), attachBaseStyles(), loadThemeStyles(latest.current.theme).catch(() => '')]);
      detachStyles = detach;
      if (cancelled) {
        detach();
        return;
      }
      const html = slidesHtml(latest.current.slides);
      container.innerHTML = html;
      applied.current = html;
      instance = new Reveal(element, {
        ...REVEAL_CONFIG,
        // The app keeps the address itself (react-router owns history); reveal.js must not.
        hash: false,
        history: false,
        respondToHashChanges: false,
        // No frame or opener may drive the deck through postMessage.
        postMessage: false,
        postMessageEvents: false,
        previewLinks: false,
        embedded: mode === 'embedded',
        controls: interactive,
        controlsTutorial: false,
        progress: mode === 'full',
        slideNumber: mode === 'full' ? REVEAL_CONFIG.slideNumber : false,
        keyboard: interactive,
        keyboardCondition: (event: KeyboardEvent) => !keyBelongsToPresentUi(event),
        touch: interactive,
        overview: interactive,
        jumpToSlide: interactive,
        help: interactive,
        mouseWheel: false,
        // reveal.js turns a narrow deck (a phone, a preview) into a scrolling page; a follower must see slides.
        scrollActivationWidth: 0,
        transition: mode === 'embedded' || print ? 'none' : 'slide',
        view: print ? 'print' : null,
      });
      await instance.initialize();
      if (cancelled) {
        instance.destroy();
        return;
      }
      labelRevealControls(element, latest.current.lang);
      reveal.current = instance;
      const start = Math.max(0, Math.min(latest.current.initialIndex, instance.getTotalSlides() - 1));
      if (start > 0 && !print) {
        expected.current = start;
        instance.slide(start);
      }
      instance.on('slidechanged', () => {
        const { h } = instance!.getIndices();
        const byUser = expected.current !== h;
        expected.current = null;
        latest.current.onSlideChange?.(h, instance!.getSlides()[h]?.id ?? '', byUser);
      });
      // reveal.js lays out on window resizes only; a deck whose box changes (a phone's bar growing) fits again too.
      if (typeof ResizeObserver !== 'undefined') {
        resizeObserver = new ResizeObserver(() => {
          if (reveal.current === instance) instance!.layout();
        });
        resizeObserver.observe(element);
      }
      instance.on('paused', () => latest.current.onPausedChange?.(true));
      instance.on('resumed', () => latest.current.onPausedChange?.(false));
      // A handle kept after the deck left the page (a preview that unmounted) does nothing.
      const live = () => reveal.current === instance && instance !== null;
      const handle: DeckHandle = {
        goTo: (index) => {
          if (!live()) return;
          const target = Math.max(0, Math.min(index, instance!.getTotalSlides() - 1));
          if (target === instance!.getIndices().h) return;
          expected.current = target;
          instance!.slide(target);
        },
        next: () => {
          if (live()) instance!.next();
        },
        prev: () => {
          if (live()) instance!.prev();
        },
        index: () => (live() ? instance!.getIndices().h : 0),
        total: () => (live() ? instance!.getTotalSlides() : 0),
        slideId: (index) => (live() ? instance!.getSlides()[index ?? instance!.getIndices().h]?.id ?? '' : ''),
        toggleOverview: () => {
          if (live()) instance!.toggleOverview();
        },
        setPaused: (paused) => {
          if (live() && instance!.isPaused() !== paused) instance!.togglePause(paused);
        },
      };
      element.dataset.ready = 'true';
      latest.current.onReady?.(handle);
    })();

    return () => {
      cancelled = true;
      reveal.current = null;
      resizeObserver?.disconnect();
      element.dataset.ready = 'false';
      instance?.destroy();
      detachStyles?.();
    };
    // The deck is built once per mount (slides and look changes are applied by the effects below).
  }, [mode, interactive, print]);

  // The look: its styles in while it is chosen, and reveal.js lays the slides out again when it changes.
  useEffect(() => {
    let detach: (() => void) | null = null;
    let cancelled = false;
    void attachThemeStyles(theme).then(
      (d) => {
        if (cancelled) d();
        else {
          detach = d;
          reveal.current?.layout();
        }
      },
      () => undefined, // Offline before the look loaded: the slides still show, in reveal.js's plain style.
    );
    return () => {
      cancelled = true;
      detach?.();
    };
  }, [theme]);

  // Changed slides: rebuilt in place after a short pause, on the same slide.
  useEffect(() => {
    const html = slidesHtml(slides);
    if (html === applied.current) return;
    const timer = window.setTimeout(() => {
      const instance = reveal.current;
      const container = slidesElement.current;
      if (!instance || !container || print) return;
      const currentId = instance.getSlides()[instance.getIndices().h]?.id;
      const before = instance.getIndices().h;
      container.innerHTML = html;
      applied.current = html;
      instance.sync();
      const ids = slides.map((s) => s.id);
      const found = currentId ? ids.indexOf(currentId) : -1;
      const target = Math.max(0, Math.min(found >= 0 ? found : before, ids.length - 1));
      expected.current = target === instance.getIndices().h ? null : target;
      instance.slide(target);
      if (target !== before || found < 0) latest.current.onSlideChange?.(target, ids[target] ?? '', false);
    }, REBUILD_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [slides, print]);

  return (
    <div ref={root} className={`reveal minga-reveal minga-reveal--${mode}`} aria-label={label} role="region" aria-roledescription="slides" data-testid={testId} data-ready="false">
      <div ref={slidesElement} className="slides" />
    </div>
  );
}
