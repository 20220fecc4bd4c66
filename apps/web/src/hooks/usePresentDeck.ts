import { yDocToSession, yDocToUnit } from '@minga/doc-model';
import { buildDeck, buildUnitDeck, type Deck, type DeckLang } from '@minga/export';
import type { Session, Unit } from '@minga/schema';
import { useEffect, useMemo, useState } from 'react';
import { deckView, type SlideView } from '../components/present/deckView.ts';
import { stepTitleKey } from '../components/present/timers.ts';
import type { PresentTarget } from '../components/present/presentPaths.ts';
import type { SyncSession, SyncState } from '../lib/SyncSession.ts';
import { hasContent, throttledDocListener, usePresentLiveUnits } from './usePresentLiveUnits.ts';
import { useSessionResolved } from './useSessionResolved.ts';
import { useSyncedDoc } from './useSyncedDoc.ts';

export interface PresentDeck {
  /** `loading` until the document has content; `error` when it cannot be read (refused, newer layout). */
  status: 'loading' | 'ready' | 'error';
  deck: Deck | null;
  slides: SlideView[];
  /** The session (or unit) document, synced (the position goes on its presence doc: usePresenceDoc). */
  sync: SyncSession;
  syncState: SyncState;
  /** `stepTitleKey(itemId, stepId)` → title, for the speaker view's timers. */
  stepTitles: ReadonlyMap<string, string>;
  /** The units of a session that can be read, for "add to a unit's next steps". */
  units: { id: string; title: string }[];
}

/** The one item of `buildUnitDeck`'s deck: its slides' `timing.itemId`. */
const UNIT_DECK_ITEM = 'unit';

type Read<T> = { ok: true; value: T } | { ok: false };

function readDoc<T>(read: () => T): Read<T> {
  try {
    return { ok: true, value: read() };
  } catch {
    return { ok: false };
  }
}

/** What to ask the server again for when it changes: the unit items and their versions. */
function unitRefsKey(session: Session | null): string {
  if (!session) return '';
  return session.items.map((item) => (item.kind === 'unit' ? `${item.unitId}@${item.mode === 'pinned' ? item.pinnedVersion ?? '' : 'live'}` : '')).filter(Boolean).join(' ');
}

/**
 * The deck of a session (or a unit alone) built from the live documents with @minga/export's
 * buildDeck, the same model as the exported file. The session doc is synced; its units come from
 * `GET …/resolved` (live or pinned, as the items say), and live units are also followed in their
 * own docs, so an edit anywhere shows in the deck within a moment.
 */
export function usePresentDeck(workspaceId: string, target: PresentTarget, key: string, lang: DeckLang): PresentDeck {
  const { session: sync, state: syncState } = useSyncedDoc(workspaceId, target.id, key, target.kind);
  const [version, setVersion] = useState(0);
  useEffect(() => throttledDocListener(sync.doc, () => setVersion((v) => v + 1)), [sync]);

  const loaded = hasContent(sync) || syncState.status === 'connected';
  const read = useMemo((): Read<{ session: Session | null; unit: Unit | null }> => {
    void version;
    if (!loaded) return { ok: true, value: { session: null, unit: null } };
    if (target.kind === 'session') {
      const r = readDoc(() => yDocToSession(sync.doc, target.id));
      return r.ok ? { ok: true, value: { session: r.value, unit: null } } : r;
    }
    const r = readDoc(() => yDocToUnit(sync.doc, target.id));
    return r.ok ? { ok: true, value: { session: null, unit: r.value } } : r;
  }, [sync, target.kind, target.id, loaded, version]);
  const session = read.ok ? read.value.session : null;
  const unit = read.ok ? read.value.unit : null;

  // The server resolves pinned versions and knows deleted units: asked again when the items change.
  const refs = unitRefsKey(session);
  // Offline: the live docs and the last answer stand in (none: missing units show as such).
  const resolved = useSessionResolved(workspaceId, key, target.id, { items: refs, enabled: target.kind === 'session' && refs !== '' });

  const liveIds = useMemo(
    () => [...new Set((session?.items ?? []).flatMap((item) => (item.kind === 'unit' && item.mode === 'live' ? [item.unitId] : [])))],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the ids change only with the refs
    [refs],
  );
  const liveUnits = usePresentLiveUnits(workspaceId, key, liveIds);

  const units = useMemo(() => {
    const merged = new Map<string, Unit | undefined>(Object.entries(resolved.data?.units ?? {}).map(([id, unit]) => [id, unit ?? undefined]));
    for (const id of liveIds) {
      const live = liveUnits.get(id);
      if (live) merged.set(id, live);
    }
    return merged;
  }, [resolved.data, liveIds, liveUnits]);

  const deck = useMemo((): Deck | null => {
    if (session) return buildDeck({ session, units, lang });
    if (unit) return buildUnitDeck(unit, { lang });
    return null;
  }, [session, unit, units, lang]);
  const slides = useMemo(() => (deck ? deckView(deck) : []), [deck]);

  // By deck item: two units of a session may both have a step `st-1`.
  const stepTitles = useMemo(() => {
    const titles = new Map<string, string>();
    if (unit) for (const step of unit.steps) titles.set(stepTitleKey(UNIT_DECK_ITEM, step.id), step.title);
    for (const item of session?.items ?? []) {
      if (item.kind !== 'unit') continue;
      for (const step of units.get(item.unitId)?.steps ?? []) titles.set(stepTitleKey(item.id, step.id), step.title);
    }
    return titles;
  }, [unit, session, units]);

  const unitList = useMemo(() => {
    if (!session) return [];
    const seen = new Set<string>();
    return session.items.flatMap((item) => {
      if (item.kind !== 'unit' || seen.has(item.unitId)) return [];
      seen.add(item.unitId);
      const u = units.get(item.unitId);
      return u ? [{ id: item.unitId, title: u.title || item.unitId }] : [];
    });
  }, [session, units]);

  // Units are awaited once, so the first deck is not a row of "unit unavailable" placeholders.
  const waitingForUnits = target.kind === 'session' && refs !== '' && resolved.status === 'pending' && liveIds.some((id) => !liveUnits.has(id));
  const status = syncState.status === 'refused' || !read.ok ? 'error' : deck && !waitingForUnits ? 'ready' : 'loading';
  return { status, deck, slides, sync, syncState, stepTitles, units: unitList };
}
