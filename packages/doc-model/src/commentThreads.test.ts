import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mentions } from '@minga/schema';
import {
  decideProposal, deleteMessage, editMessage, openThread, replyToThread, setThreadStatus, yDocToThreads, commentThreadsMap,
} from './commentThreads.ts';
import { forkPeer, syncPeers } from './testPeers.ts';

const now = '2026-12-04T10:00:00.000Z';
const later = '2026-12-04T10:05:00.000Z';

describe('comment threads', () => {
  it('opens a thread on an objective with its first message, and reads it back', () => {
    const doc = new Y.Doc();
    const id = openThread(doc, { anchor: { field: 'objectives', itemId: 'o1' }, author: 'Amel', text: 'Trop vague ?', now });
    expect(yDocToThreads(doc)).toEqual([
      {
        id, anchor: { field: 'objectives', itemId: 'o1' }, status: 'open', author: 'Amel', createdAt: now,
        messages: [{ id: expect.any(String), author: 'Amel', text: 'Trop vague ?', createdAt: now, deleted: false }],
      },
    ]);
  });

  it('refuses an anchor on a list without an item, and an empty message', () => {
    const doc = new Y.Doc();
    expect(() => openThread(doc, { anchor: { field: 'steps' }, author: 'Amel', text: 'x', now })).toThrow(/itemId/);
    expect(() => openThread(doc, { anchor: { field: 'title' }, author: 'Amel', text: '   ', now })).toThrow();
    expect(commentThreadsMap(doc).size).toBe(0);
  });

  it('keeps both replies when two people answer at once, each once, in a stable order for both', () => {
    const amel = new Y.Doc();
    const id = openThread(amel, { anchor: { field: 'title' }, author: 'Amel', text: 'Titre ?', now });
    const yann = forkPeer(amel);
    replyToThread(amel, id, 'Amel', 'Je propose autre chose', later);
    replyToThread(yann, id, 'Yann', 'Source ?', later);
    syncPeers(amel, yann);
    const texts = (doc: Y.Doc) => yDocToThreads(doc)[0]!.messages.map((m) => m.text);
    expect(texts(amel)).toHaveLength(3);
    expect(texts(amel)).toEqual(expect.arrayContaining(['Titre ?', 'Je propose autre chose', 'Source ?']));
    expect(texts(yann)).toEqual(texts(amel));
  });

  it('lets only the author edit or delete a message; a deleted message keeps its place, empty', () => {
    const doc = new Y.Doc();
    const id = openThread(doc, { anchor: { field: 'title' }, author: 'Amel', text: 'Premier', now });
    const messageId = yDocToThreads(doc)[0]!.messages[0]!.id;
    expect(editMessage(doc, id, messageId, 'Yann', 'Piraté', later)).toBe(false);
    expect(editMessage(doc, id, messageId, 'amel', 'Premier, corrigé', later)).toBe(true);
    expect(yDocToThreads(doc)[0]!.messages[0]).toMatchObject({ text: 'Premier, corrigé', editedAt: later });
    expect(deleteMessage(doc, id, messageId, 'Yann', later)).toBe(false);
    expect(deleteMessage(doc, id, messageId, 'Amel', later)).toBe(true);
    expect(yDocToThreads(doc)[0]!.messages[0]).toMatchObject({ text: '', deleted: true });
  });

  it('resolves and reopens a thread, remembering who resolved it only while resolved', () => {
    const doc = new Y.Doc();
    const id = openThread(doc, { anchor: { field: 'description' }, author: 'Amel', text: 'x', now });
    setThreadStatus(doc, id, 'resolved', 'Yann', later);
    expect(yDocToThreads(doc)[0]).toMatchObject({ status: 'resolved', resolvedBy: 'Yann', resolvedAt: later });
    setThreadStatus(doc, id, 'open', 'Amel', later);
    const reopened = yDocToThreads(doc)[0]!;
    expect(reopened.status).toBe('open');
    expect(reopened).not.toHaveProperty('resolvedBy');
  });

  it('accepting a proposal records who decided and resolves the thread; a decided proposal cannot be decided again', () => {
    const doc = new Y.Doc();
    const id = openThread(doc, { anchor: { field: 'title' }, author: 'Lou', text: 'Plus court ?', proposal: 'Les communs', now });
    expect(decideProposal(doc, id, 'accepted', 'Amel', later)).toBe(true);
    expect(yDocToThreads(doc)[0]).toMatchObject({
      status: 'resolved', resolvedBy: 'Amel',
      proposal: { text: 'Les communs', status: 'accepted', decidedBy: 'Amel', decidedAt: later },
    });
    expect(decideProposal(doc, id, 'declined', 'Yann', later)).toBe(false);
  });

  it('leaves out a thread a peer wrote with a broken anchor instead of throwing', () => {
    const doc = new Y.Doc();
    openThread(doc, { anchor: { field: 'title' }, author: 'Amel', text: 'ok', now });
    const bad = new Y.Map<unknown>();
    commentThreadsMap(doc).set('bad', bad);
    bad.set('anchor', { field: 'nowhere' });
    bad.set('author', 'Mallory');
    bad.set('createdAt', now);
    expect(yDocToThreads(doc).map((t) => t.author)).toEqual(['Amel']);
  });
});

describe('mentions', () => {
  it('finds @Name whatever the case and accents, and only the whole name', () => {
    expect(mentions('Tu peux relire @amel ?', 'Amel')).toBe(true);
    expect(mentions('merci @Hélène Dupont, vu', 'Helene Dupont')).toBe(true);
    expect(mentions('@Amelie a relu', 'Amel')).toBe(false);
    expect(mentions('Amel sans arobase', 'Amel')).toBe(false);
  });
});
