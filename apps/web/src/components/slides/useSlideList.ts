import { useCallback, useRef, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { listIds, unitList } from '@minga/doc-model';

/** One slide as the list shows it; its fragments are passed to the editors that bind them. */
export interface SlideEntry {
  id: string;
  hidden: boolean;
  /** The sequence step the slide belongs to; undefined: spread over the steps by the deck. */
  stepId: string | undefined;
  content: Y.XmlFragment | null;
  notes: Y.XmlFragment | null;
}

function readSlides(doc: Y.Doc): SlideEntry[] {
  const map = unitList(doc, 'slides');
  return listIds(doc, 'slides').map((id) => {
    const item = map.get(id);
    const content = item?.get('content');
    const notes = item?.get('notes');
    const stepId = item?.get('stepId');
    return {
      id,
      hidden: item?.get('hidden') === true,
      stepId: typeof stepId === 'string' ? stepId : undefined,
      content: content instanceof Y.XmlFragment ? content : null,
      notes: notes instanceof Y.XmlFragment ? notes : null,
    };
  });
}

function sameSlides(a: SlideEntry[], b: SlideEntry[]): boolean {
  return a.length === b.length && a.every((slide, i) => {
    const other = b[i];
    return other !== undefined && slide.id === other.id && slide.hidden === other.hidden && slide.stepId === other.stepId
      && slide.content === other.content && slide.notes === other.notes;
  });
}

/**
 * The unit's slides in order, live. Typing inside a slide does not re-render the list: only
 * changes to the list map or to a slide's own map (order, hidden, step, a replaced fragment) do.
 */
export function useSlideList(doc: Y.Doc): SlideEntry[] {
  const cache = useRef<{ doc: Y.Doc; slides: SlideEntry[] } | null>(null);
  const subscribe = useCallback((onChange: () => void) => {
    const map = unitList(doc, 'slides');
    const onEvents = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      if (events.some((event) => event.target === map || event.target.parent === map)) onChange();
    };
    map.observeDeep(onEvents);
    return () => map.unobserveDeep(onEvents);
  }, [doc]);
  const getSnapshot = useCallback(() => {
    const slides = readSlides(doc);
    const cached = cache.current;
    if (cached && cached.doc === doc && sameSlides(cached.slides, slides)) return cached.slides;
    cache.current = { doc, slides };
    return slides;
  }, [doc]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
