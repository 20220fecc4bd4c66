import type { Role } from '@minga/schema';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { WorkspaceError } from '../components/WorkspaceError.tsx';
import { PresenterStage } from '../components/present/PresenterStage.tsx';
import { PrintDeck } from '../components/present/PrintDeck.tsx';
import { SpeakerView } from '../components/present/SpeakerView.tsx';
import { deckLang } from '../components/present/deckLang.ts';
import { deckRevision } from '../components/present/deckRevision.ts';
import { DECK_REV_FIELD } from '../components/present/presenting.ts';
import type { PresentTarget } from '../components/present/presentPaths.ts';
import '../components/present/present.css';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { usePresentDeck } from '../hooks/usePresentDeck.ts';
import { useStoredValue } from '../hooks/useStoredValue.ts';
import { usePresenceDoc } from '../hooks/useSyncedDoc.ts';
import { useWorkspaceInfo } from '../hooks/useWorkspaceInfo.ts';
import { identityStore } from '../lib/identity.ts';

/**
 * `/w/:ws/sessions/:sessionId/present?key=…` and `/w/:ws/units/:unitId/present?key=…`: the deck
 * on the projector (`?speaker=1`: the speaker view, `&print-pdf`: the print layout). Loaded on
 * demand with reveal.js, so no other page carries it.
 */
export function PresentPage({ kind }: { kind: PresentTarget['kind'] }) {
  const { t } = useTranslation();
  const params = useParams();
  const [searchParams] = useSearchParams();
  const workspaceId = params.workspaceId ?? '';
  const id = (kind === 'session' ? params.sessionId : params.unitId) ?? '';
  const key = searchParams.get('key');
  const info = useWorkspaceInfo(workspaceId, key);
  // Once open, the deck names the page; an error names itself.
  useDocumentTitle(info.status === 'loading' ? t('present.pageTitle') : null);

  if (info.status === 'loading') return <p className="present-message" role="status" data-testid="present-loading">{t('present.loading')}</p>;
  if (info.status === 'error') return <div className="page"><WorkspaceError code={info.code} /></div>;
  return (
    <PresentLoaded
      workspaceId={workspaceId}
      kind={kind}
      id={id}
      accessKey={key ?? ''}
      role={info.info.role}
      speaker={searchParams.get('speaker') === '1'}
      print={searchParams.has('print-pdf')}
    />
  );
}

interface PresentLoadedProps {
  workspaceId: string;
  kind: PresentTarget['kind'];
  id: string;
  accessKey: string;
  role: Role;
  speaker: boolean;
  print: boolean;
}

function PresentLoaded({ workspaceId, kind, id, accessKey, role, speaker, print }: PresentLoadedProps) {
  const { t, i18n } = useTranslation();
  const lang = deckLang(i18n.language);
  const stableTarget = useMemo((): PresentTarget => ({ kind, id }), [kind, id]);
  const deck = usePresentDeck(workspaceId, stableTarget, accessKey, lang);
  // The position goes out on the presence doc, the only doc the room's follow key opens.
  const { session: presence } = usePresenceDoc(workspaceId, id, accessKey);
  const identity = useStoredValue(identityStore);
  useDocumentTitle(deck.deck ? `${speaker ? `${t('present.speaker.title')} · ` : ''}${deck.deck.title}` : t('present.pageTitle'));

  const { sync } = deck;
  useEffect(() => {
    if (!identity) return;
    sync.setUser({ name: identity.name, color: identity.color, role });
    presence.setUser({ name: identity.name, color: identity.color, role });
  }, [sync, presence, identity, role]);
  // Phones fetch the deck again when this changes (an edit, a theme, a unit added).
  const revision = useMemo(() => (deck.deck ? deckRevision(deck.deck) : null), [deck.deck]);
  useEffect(() => {
    if (revision !== null && !print) presence.awareness.setLocalStateField(DECK_REV_FIELD, revision);
  }, [presence, revision, print]);

  if (deck.status === 'error') {
    return (
      <div className="page">
        <section className="card notice--error-card" role="alert" data-testid="present-error">
          <h1>{t('present.error.title')}</h1>
          <p>{t('present.error.body')}</p>
        </section>
      </div>
    );
  }
  if (deck.status === 'loading' || !deck.deck) {
    return <p className="present-message" role="status" data-testid="present-loading">{t('present.loadingDeck')}</p>;
  }
  if (print) return <PrintDeck slides={deck.slides} theme={deck.deck.theme} />;
  const props = { workspaceId, target: stableTarget, accessKey, role, deck, presence, lang };
  return speaker ? <SpeakerView {...props} /> : <PresenterStage {...props} />;
}
