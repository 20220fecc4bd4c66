import { sessionText } from '@minga/doc-model';
import { computeObjectiveCoverage, computeSessionTiming } from '@minga/schema';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSessionSnapshot } from '../../hooks/useSessionSnapshot.ts';
import { useSessionUnits } from '../../hooks/useSessionUnits.ts';
import type { OpenDoc } from '../doc/DocPage.tsx';
import { DocPresence } from '../doc/DocPresence.tsx';
import { DocSection } from '../doc/DocSection.tsx';
import { TextField } from '../fields/TextField.tsx';
import { ExportMenu } from '../present/ExportMenu.tsx';
import { PromoSheetFit } from './PromoSheetFit.tsx';
import { PresentButton } from '../present/PresentButton.tsx';
import { SessionRoomInput } from '../present/SessionRoomInput.tsx';
import { ThemePicker } from '../present/ThemePicker.tsx';
import { ComposerContext, type ComposerContextValue } from './ComposerContext.ts';
import { ComposerDnd } from './ComposerDnd.tsx';
import { FacilitatorsList } from './FacilitatorsList.tsx';
import { LibraryPanel } from './LibraryPanel.tsx';
import { SessionDetails } from './SessionDetails.tsx';
import { SessionDetailsDisclosure } from './SessionDetailsDisclosure.tsx';
import { SessionItemsList } from './SessionItemsList.tsx';
import { SessionObjectives } from './SessionObjectives.tsx';
import { SessionTimeline } from './SessionTimeline.tsx';
import { runSheetPath } from '../../lib/sessionLinks.ts';
import { SessionRelayPanel } from '../relay/SessionRelayPanel.tsx';
import './composer.css';

/** "Run sheet" in a session's header. */
export function RunSheetLink({ info, docId, accessKey }: OpenDoc) {
  const { t } = useTranslation();
  return (
    <Link className="button" to={runSheetPath(info.id, docId, accessKey)} data-testid="open-run-sheet">
      {t('composer.openRunSheet')}
    </Link>
  );
}

/** The body of a session's page: its units and free items in order, timed against the target, with its objectives, composed live by everyone present. */
export function SessionComposer({ info, docId: sessionId, accessKey, identity, doc, people, editable, loaded }: OpenDoc) {
  const { t } = useTranslation();
  const role = info.role;
  const session = useSessionSnapshot(doc, sessionId);
  const units = useSessionUnits(info.id, accessKey, session.items);
  const composer = useMemo<ComposerContextValue>(() => ({
    workspaceId: info.id,
    accessKey,
    sessionId,
    authorName: identity.name,
    session,
    units,
    timing: computeSessionTiming(session, units.lookup),
    coverage: computeObjectiveCoverage(session, units.lookup),
  }), [info.id, accessKey, sessionId, identity.name, session, units]);

  return (
    <ComposerContext.Provider value={composer}>
      {/* One drag-and-drop space over both panes: units are dragged from the library into the programme. */}
      <ComposerDnd>
        <div className="composer-panes">
          <section className="composer-pane composer-pane--programme" aria-label={t('composerPanes.programme')} data-testid="programme-pane">
            <SessionDetailsDisclosure loaded={loaded}>
              <DocSection id="session-details" title={t('composer.details.title')}>
                <SessionDetails />
              </DocSection>
              <DocSection id="session-promotion" title={t('composer.promotion.title')}>
                <TextField
                  text={sessionText(doc, 'promotionalDescription')}
                  field="promotionalDescription"
                  label={t('composer.promotion.label')}
                  hint={t('composer.promotion.hint')}
                  multiline
                  rows={6}
                  maxLength={5000}
                  testId="session-promotion"
                />
                <PromoSheetFit />
              </DocSection>
            </SessionDetailsDisclosure>
            <section className="card composer-timing" aria-labelledby="session-timing-title" data-testid="session-timing">
              <h2 id="session-timing-title">{t('composer.timeline.title')}</h2>
              <SessionTimeline />
            </section>
            <section className="card" aria-labelledby="session-items-title" data-testid="session-programme">
              <h2 id="session-items-title">{t('composer.items.title')}</h2>
              <SessionItemsList />
            </section>
            <DocSection id="session-objectives" title={t('composer.objectives.title')}>
              <SessionObjectives />
            </DocSection>
          </section>

          <section className="composer-pane composer-pane--side" aria-label={editable ? t('composerPanes.library') : t('composerPanes.side')} data-testid="library-pane">
            {/* The library first: the programme on one side, what to add to it on the other. */}
            {editable && <LibraryPanel />}
            <DocPresence people={people} />
            <DocSection id="session-present" title={t('present.section')}>
              <PresentButton workspaceId={info.id} accessKey={accessKey} role={role} target={{ kind: 'session', id: sessionId }} />
              {editable && <ThemePicker doc={doc} theme={session.theme} />}
              <ExportMenu workspaceId={info.id} accessKey={accessKey} target={{ kind: 'session', id: sessionId }} />
              <PromoSheetFit onlyShortened />
            </DocSection>
            {role === 'edit' && (
              <section className="card" data-testid="session-room-input">
                <SessionRoomInput
                  workspaceId={info.id}
                  sessionId={sessionId}
                  accessKey={accessKey}
                  sessionDoc={doc}
                  unitsKey={session.items.map((item) => (item.kind === 'unit' ? item.unitId : '')).join(' ')}
                />
              </section>
            )}
            <SessionRelayPanel />
            <DocSection id="session-facilitators" title={t('composer.facilitators.title')}>
              <FacilitatorsList />
            </DocSection>
          </section>
        </div>
      </ComposerDnd>
    </ComposerContext.Provider>
  );
}
