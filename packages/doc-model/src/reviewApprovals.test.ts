import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { approve, readApprovals, reviewedBy, withdrawApproval } from './reviewApprovals.ts';
import { deleteMessage, openThread, replyToThread, yDocToThreads } from './commentThreads.ts';

describe('review approvals and credits', () => {
  it('keeps one approval per person, spelled as they typed it', () => {
    const doc = new Y.Doc();
    approve(doc, 'Lou', '2026-12-04T10:00:00.000Z');
    approve(doc, ' lou ', '2026-12-04T11:00:00.000Z');
    expect(readApprovals(doc)).toEqual([{ name: 'lou', at: '2026-12-04T11:00:00.000Z' }]);
    expect(withdrawApproval(doc, 'LOU')).toBe(true);
    expect(readApprovals(doc)).toEqual([]);
  });

  it('credits approvers and commenters who are not contributors, in the order they took part', () => {
    const doc = new Y.Doc();
    const thread = openThread(doc, { anchor: { field: 'title' }, author: 'Amel', text: 'Titre ?', now: '2026-12-04T09:00:00.000Z' });
    replyToThread(doc, thread, 'Sami', 'Plus court', '2026-12-04T09:30:00.000Z');
    const gone = replyToThread(doc, thread, 'Mallory', 'spam', '2026-12-04T09:40:00.000Z')!;
    deleteMessage(doc, thread, gone, 'Mallory', '2026-12-04T09:41:00.000Z');
    approve(doc, 'Lou', '2026-12-04T09:10:00.000Z');
    approve(doc, 'Sami', '2026-12-04T10:00:00.000Z');
    expect(reviewedBy(yDocToThreads(doc), readApprovals(doc), [{ name: 'amel' }])).toEqual(['Lou', 'Sami']);
  });
});
