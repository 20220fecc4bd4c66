import { describe, expect, it } from 'vitest';
import { highestSeq, newestPresenter, parsePresenting, slideIndexFromHash, slideIndexOf } from './presenting.ts';

const position = (seq: number, slideId = 'agenda', h = 1) => ({ h, v: 0, f: -1, slideId, lang: 'fr', seq, at: 1 });

describe('following the presenter', () => {
  it('takes the newest position by seq whatever the clocks say, ties to the higher client id', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { user: { name: 'Amel' }, presenting: { ...position(7), at: 9e12 } }],
      [2, { user: { name: 'Amel (speaker view)' }, presenting: position(8, 'title', 0) }],
      [3, { user: { name: 'Yann' } }],
    ]);
    expect(newestPresenter(states, 3)).toMatchObject({ clientId: 2, position: { slideId: 'title', seq: 8 } });
    states.set(4, { presenting: position(8) });
    expect(newestPresenter(states, 3)?.clientId).toBe(4);
    expect(highestSeq(states)).toBe(8);
  });

  it('reads the blackout and the deck revision the presenter publishes, and nothing else of theirs', () => {
    const states = new Map<number, Record<string, unknown>>([[1, { user: { name: 'Amel' }, presenting: { ...position(3), paused: true, script: '<b>' }, deckRev: 'abc123' }]]);
    const presenter = newestPresenter(states, 9)!;
    expect(presenter.position).toEqual({ ...position(3), paused: true });
    expect(presenter.deckRev).toBe('abc123');
    expect(parsePresenting({ ...position(3), paused: 'yes' })).toEqual(position(3));
    expect(newestPresenter(new Map([[1, { presenting: position(3), deckRev: 42 }]]), 9)?.deckRev).toBe('');
  });

  it('leaves out its own state and anyone not presenting', () => {
    const states = new Map<number, Record<string, unknown>>([[5, { presenting: position(1) }], [6, { user: { name: 'Yann' } }]]);
    expect(newestPresenter(states, 5)).toBeNull();
  });

  it('never trusts a peer: malformed positions are ignored', () => {
    expect(parsePresenting({ ...position(1), h: -1 })).toBeNull();
    expect(parsePresenting({ ...position(1), slideId: '"><img src=x onerror=alert(1)>' })).toBeNull();
    expect(parsePresenting({ ...position(1), seq: Number.NaN })).toBeNull();
    expect(parsePresenting('slide 3')).toBeNull();
    expect(parsePresenting({ ...position(2), lang: 'de' })?.lang).toBe('fr');
  });

  it('finds the slide by id, else by index inside the deck', () => {
    const ids = ['title', 'agenda', 'item-a', 'credits'];
    expect(slideIndexOf(ids, { h: 0, slideId: 'item-a' })).toBe(2);
    expect(slideIndexOf(ids, { h: 9, slideId: 'gone' })).toBe(3);
  });

  it('reads reveal.js addresses: #/3, #/3/0 and #/<slide id>', () => {
    const ids = ['title', 'agenda', 'item-a', 'credits'];
    expect(slideIndexFromHash('#/3', ids)).toBe(3);
    expect(slideIndexFromHash('#/2/0', ids)).toBe(2);
    expect(slideIndexFromHash('#/item-a', ids)).toBe(2);
    expect(slideIndexFromHash('#/9', ids)).toBeNull();
    expect(slideIndexFromHash('', ids)).toBeNull();
    expect(slideIndexFromHash('#/%E0%A4%A', ids)).toBeNull();
  });
});
