import { sessionText, unitText } from '@minga/doc-model';
import type * as Y from 'yjs';
import type { EditableDocKind } from '../../hooks/useCollaborativeDoc.ts';
import { unitPath } from '../../lib/unitLink.ts';
import { sessionPath } from '../../lib/sessionLinks.ts';

/** The texts of a doc's page, each a key of the catalogs. */
type PageTextName = 'eyebrow' | 'breadcrumb' | 'loading' | 'untitled' | 'pageTitle' | 'missingTitle' | 'missingBody' | 'missingBack';

/** What differs between a unit's page and a session's: texts, test ids, links, where the title is. */
export interface DocKindPage {
  texts: Record<PageTextName, string>;
  /** The page's test ids while it loads, when the doc is missing, of its heading and of the open editor. */
  testIds: Record<'loading' | 'missing' | 'heading' | 'editor', string>;
  /** The open editor's class and the attribute that carries the doc's id. */
  pageClass: string;
  idAttribute: string;
  path: (workspaceId: string, docId: string, key: string) => string;
  titleText: (doc: Y.Doc) => Y.Text;
}

// Keys and test ids written out whole: the catalogs' test looks for each key in the source, and people grep for test ids.
export const DOC_KIND_PAGES = {
  unit: {
    texts: {
      eyebrow: 'unit.eyebrow',
      breadcrumb: 'unit.breadcrumb',
      loading: 'unit.loading',
      untitled: 'unit.untitled',
      pageTitle: 'unit.pageTitle',
      missingTitle: 'unit.missing.title',
      missingBody: 'unit.missing.body',
      missingBack: 'unit.missing.back',
    },
    testIds: { loading: 'unit-loading', missing: 'unit-missing', heading: 'unit-heading', editor: 'unit-editor' },
    pageClass: 'unit-page',
    idAttribute: 'data-unit-id',
    path: unitPath,
    titleText: (doc: Y.Doc) => unitText(doc, 'title'),
  },
  session: {
    texts: {
      eyebrow: 'composer.eyebrow',
      breadcrumb: 'composer.breadcrumb',
      loading: 'composer.loading',
      untitled: 'composer.untitled',
      pageTitle: 'composer.pageTitle',
      missingTitle: 'composer.missing.title',
      missingBody: 'composer.missing.body',
      missingBack: 'composer.missing.back',
    },
    testIds: { loading: 'session-loading', missing: 'session-missing', heading: 'session-heading', editor: 'session-composer' },
    pageClass: 'composer-page',
    idAttribute: 'data-session-id',
    path: sessionPath,
    titleText: (doc: Y.Doc) => sessionText(doc, 'title'),
  },
} as const satisfies Record<EditableDocKind, DocKindPage>;
