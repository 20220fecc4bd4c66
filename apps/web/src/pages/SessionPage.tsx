import { DocPage } from '../components/doc/DocPage.tsx';
import { RunSheetLink, SessionComposer } from '../components/composer/SessionComposer.tsx';

/** `/w/:workspaceId/sessions/:sessionId?key=…`: a session's composer, shareable like a pad. */
export function SessionPage() {
  return (
    <DocPage kind="session" idParam="sessionId" actions={(open) => <RunSheetLink {...open} />}>
      {(open) => <SessionComposer {...open} />}
    </DocPage>
  );
}
