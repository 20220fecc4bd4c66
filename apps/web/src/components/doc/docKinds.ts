import { sessionText, unitText } from '@minga/doc-model';
import type * as Y from 'yjs';
import type { EditableDocKind } from '../../hooks/useCollaborativeDoc.ts';
import { unitPath } from '../../lib/unitLink.ts';
import { sessionPath } from '../../lib/sessionLinks.ts';

/** What differs between a unit's page and a session's: names, test ids, links, where the title is. */
export interface DocKindPage {
  /** The catalog section of the page's texts (eyebrow, loading, missing, title). */
  texts: 'unit' | 'composer';
  /** Prefix of the page's test ids: `<prefix>-loading`, `-missing`, `-heading`. */
  testIdPrefix: 'unit' | 'session';
  /** The test id of the open editor, and its page's class. */
  testId: string;
  pageClass: string;
  path: (workspaceId: string, docId: string, key: string) => string;
  titleText: (doc: Y.Doc) => Y.Text;
}

export const DOC_KIND_PAGES: Record<EditableDocKind, DocKindPage> = {
  unit: {
    texts: 'unit',
    testIdPrefix: 'unit',
    testId: 'unit-editor',
    pageClass: 'unit-page',
    path: unitPath,
    titleText: (doc) => unitText(doc, 'title'),
  },
  session: {
    texts: 'composer',
    testIdPrefix: 'session',
    testId: 'session-composer',
    pageClass: 'composer-page',
    path: sessionPath,
    titleText: (doc) => sessionText(doc, 'title'),
  },
};
