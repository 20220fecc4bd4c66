import { sessionSharedTypes, sessionText } from '@minga/doc-model';
import { computeObjectiveCoverage, computeSessionTiming, type WorkspaceInfo } from '@minga/schema';
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { useFocusOnArrival } from '../../hooks/useFocusOnArrival.ts';
import { FIELD_AWARENESS_KEY } from '../../hooks/useFieldOccupants.ts';
import { usePresence } from '../../hooks/usePresence.ts';
import { useSessionSnapshot } from '../../hooks/useSessionSnapshot.ts';
import { useSessionUnits } from '../../hooks/useSessionUnits.ts';
import { useSyncedDoc } from '../../hooks/useSyncedDoc.ts';
import { useUnitUndo } from '../../hooks/useUnitUndo.ts';
import { useYTextValue } from '../../hooks/useYTextValue.ts';
import type { Identity } from '../../lib/identity.ts';
import { DocPageHeader } from '../DocPageHeader.tsx';
import { PresenceList } from '../PresenceList.tsx';
import { ExportMenu } from '../present/ExportMenu.tsx';
import { PromoSheetFit } from './PromoSheetFit.tsx';
import { PresentButton } from '../present/PresentButton.tsx';
import { PresentLink } from '../present/PresentLink.tsx';
import { SessionRoomInput } from '../present/SessionRoomInput.tsx';
import { ThemePicker } from '../present/ThemePicker.tsx';
import { TextField } from '../unit/TextField.tsx';
import { UnitEditorContext, type UnitEditorContextValue } from '../unit/UnitEditorContext.ts';
import { UndoRedoButtons } from '../unit/UndoRedoButtons.tsx';
import { UnitSection } from '../unit/UnitSection.tsx';
import { ComposerContext, type ComposerContextValue } from './ComposerContext.ts';
import { ComposerDnd } from './ComposerDnd.tsx';
import { FacilitatorsList } from './FacilitatorsList.tsx';
import { LibraryPanel } from './LibraryPanel.tsx';
import { SessionDetails } from './SessionDetails.tsx';
import { SessionDetailsDisclosure } from './SessionDetailsDisclosure.tsx';
import { SessionItemsList } from './SessionItemsList.tsx';
import { SessionObjectives } from './SessionObjectives.tsx';
import { SessionTimeline } from './SessionTimeline.tsx';
import { runSheetPath } from './sessionLinks.ts';
import { SessionRelayPanel } from '../relay/SessionRelayPanel.tsx';
import '../unit/unit.css';
import './composer.css';

interface SessionComposerProps {
  info: WorkspaceInfo;
  sessionId: string;
  accessKey: string;
  identity: Identity;
  /** The server could not be reached when the page opened. */
  offline: boolean;
}

/** A session composed live by everyone present: its units and free items in order, timed against the target, with its objectives. */
export function SessionComposer({ info, sessionId, accessKey, identity, offline }: SessionComposerProps) {
  const { t } = useTranslation();
  const { session: sync, state } = useSyncedDoc(info.id, sessionId, accessKey, 'session');
  const { doc, awareness } = sync;
  const people = usePresence(awareness);
  const role = info.role;
  const refused = state.status === 'refused';
  const editable = role === 'edit' && !refused;
  // The session as the server has it, or this device's copy when the server cannot be reached.
  const loaded = state.status === 'connected' || (state.localLoaded && state.status !== 'connecting');
  const { name, color } = identity;
  const origin = useMemo(() => ({ sync }), [sync]);
  const title = useYTextValue(sessionText(doc, 'title'));
  const shownTitle = title.trim() || t('composer.untitled');
  useDocumentTitle(t('composer.pageTitle', { title: shownTitle }));
  // Just created from its dialog: the person goes on with the next field.
  useFocusOnArrival();

  useEffect(() => {
    sync.setUser({ name, color, role });
  }, [sync, name, color, role]);

  // Per-person undo, as on a unit's page: only this person's changes, never the others'.
  const undo = useUnitUndo(doc, origin, editable, sessionSharedTypes);
  const { stopCapturing } = undo;
  const change = useCallback(
    (edit: () => void) => {
      stopCapturing();
      doc.transact(edit, origin);
      stopCapturing();
    },
    [doc, origin, stopCapturing],
  );
  const setField = useCallback((field: string | null) => awareness.setLocalStateField(FIELD_AWARENESS_KEY, field), [awareness]);
  const editor = useMemo<UnitEditorContextValue>(
    () => ({ doc, awareness, origin, editable, change, setField }),
    [doc, awareness, origin, editable, change, setField],
  );

  const session = useSessionSnapshot(doc, sessionId);
  const units = useSessionUnits(info.id, accessKey, session.items);
  const composer = useMemo<ComposerContextValue>(() => ({
    workspaceId: info.id,
    accessKey,
    sessionId,
    authorName: name,
    session,
    units,
    timing: computeSessionTiming(session, units.lookup),
    coverage: computeObjectiveCoverage(session, units.lookup),
  }), [info.id, accessKey, sessionId, name, session, units]);

  return (
    <UnitEditorContext.Provider value={editor}>
      <ComposerContext.Provider value={composer}>
        <div className="page composer-page" data-testid="session-composer" data-session-id={sessionId}>
          <DocPageHeader
            info={info}
            accessKey={accessKey}
            breadcrumbLabel={t('composer.breadcrumb')}
            eyebrow={t('composer.eyebrow')}
            title={shownTitle}
            headingTestId="session-heading"
            state={state}
            offline={offline}
            editable={editable}
            actions={(
              <>
                <PresentLink workspaceId={info.id} accessKey={accessKey} target={{ kind: 'session', id: sessionId }} />
                {editable && <UndoRedoButtons undo={undo} />}
                <Link className="button" to={runSheetPath(info.id, sessionId, accessKey)} data-testid="open-run-sheet">
                  {t('composer.openRunSheet')}
                </Link>
              </>
            )}
          />

          {/* One drag-and-drop space over both panes: units are dragged from the library into the programme. */}
          <ComposerDnd>
            <div className="composer-panes">
              <section className="composer-pane composer-pane--programme" aria-label={t('composerPanes.programme')} data-testid="programme-pane">
                <SessionDetailsDisclosure loaded={loaded}>
                  <UnitSection id="session-details" title={t('composer.details.title')}>
                    <SessionDetails />
                  </UnitSection>
                  <UnitSection id="session-promotion" title={t('composer.promotion.title')}>
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
                  </UnitSection>
                </SessionDetailsDisclosure>
                <section className="card composer-timing" aria-labelledby="session-timing-title" data-testid="session-timing">
                  <h2 id="session-timing-title">{t('composer.timeline.title')}</h2>
                  <SessionTimeline />
                </section>
                <section className="card" aria-labelledby="session-items-title" data-testid="session-programme">
                  <h2 id="session-items-title">{t('composer.items.title')}</h2>
                  <SessionItemsList />
                </section>
                <UnitSection id="session-objectives" title={t('composer.objectives.title')}>
                  <SessionObjectives />
                </UnitSection>
              </section>

              <section className="composer-pane composer-pane--side" aria-label={editable ? t('composerPanes.library') : t('composerPanes.side')} data-testid="library-pane">
                {/* The library first: the programme on one side, what to add to it on the other. */}
                {editable && <LibraryPanel />}
                <section className="card">
                  <PresenceList people={people} />
                </section>
                <UnitSection id="session-present" title={t('present.section')}>
                  <PresentButton workspaceId={info.id} accessKey={accessKey} role={role} target={{ kind: 'session', id: sessionId }} />
                  {editable && <ThemePicker doc={doc} theme={session.theme} />}
                  <ExportMenu workspaceId={info.id} accessKey={accessKey} target={{ kind: 'session', id: sessionId }} />
                  <PromoSheetFit onlyShortened />
                </UnitSection>
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
                <UnitSection id="session-facilitators" title={t('composer.facilitators.title')}>
                  <FacilitatorsList />
                </UnitSection>
              </section>
            </div>
          </ComposerDnd>
        </div>
      </ComposerContext.Provider>
    </UnitEditorContext.Provider>
  );
}
