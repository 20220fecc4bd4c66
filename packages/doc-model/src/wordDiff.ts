import { diffWordsWithSpace } from 'diff';
import type { WordPart } from '@minga/schema';

/** The words of `before` and `after`, marked as kept, removed or inserted (line breaks kept). */
export function wordDiff(before: string, after: string): WordPart[] {
  const parts: WordPart[] = [];
  for (const change of diffWordsWithSpace(before, after)) {
    const op = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = parts.at(-1);
    // jsdiff may split one run in two; readers want one mark per run.
    if (last && last.op === op) last.text += change.value;
    else parts.push({ op, text: change.value });
  }
  return parts;
}
