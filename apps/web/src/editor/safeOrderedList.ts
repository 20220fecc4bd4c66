import { OrderedList } from '@tiptap/extension-list';
import { boundedInt } from './attributeLimits.ts';

const LIST_TYPES = new Set(['1', 'a', 'A', 'i', 'I']);
const START_MAX = 100000;

/** Numbered lists whose `start` and `type` stay inside the allow-list (0–100000; 1, a, A, i, I). */
export const SafeOrderedList = OrderedList.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      start: { default: 1, parseHTML: (element: HTMLElement) => boundedInt(element.getAttribute('start'), 0, START_MAX) ?? 1 },
      type: {
        default: null,
        parseHTML: (element: HTMLElement) => {
          const type = element.getAttribute('type');
          return type !== null && LIST_TYPES.has(type) ? type : null;
        },
      },
    };
  },
});
