import { describe, expect, it } from 'vitest';
import { extractDuration, guessStepKind, leadingClockTime, parseDuration } from './durations.ts';

describe('durations as pads write them', () => {
  it.each([
    ['(10 min)', 10], ['10 minutes', 10], ['5mn', 5], ['15\'', 15], ['1h', 60], ['1 h 30', 90], ['1h30', 90],
    ['2 heures', 120], ['1 hour', 60], ['90 min.', 90], ['10-15 min', 15], ['9h00-9h15', 15], ['14:00 – 15:30', 90],
  ])('reads %s as %i minutes', (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });

  it('finds no duration in a text without one', () => {
    expect(parseDuration('Accueil des participants')).toBeUndefined();
    expect(parseDuration('3 groupes de 4')).toBeUndefined();
  });

  it('takes the duration out of a step\'s title, wherever it is written', () => {
    expect(extractDuration('Restitution (5 min)')).toEqual({ minutes: 5, title: 'Restitution' });
    expect(extractDuration('10 min : accueil')).toEqual({ minutes: 10, title: 'accueil' });
    expect(extractDuration('Apport – 1 h 30')).toEqual({ minutes: 90, title: 'Apport' });
    expect(extractDuration('Jeu [env. 20 min] puis débrief')).toEqual({ minutes: 20, title: 'Jeu puis débrief' });
    expect(extractDuration('9h00-9h15 Accueil')).toEqual({ minutes: 15, title: 'Accueil' });
    // A duration inside the sentence counts, and the sentence stays whole.
    expect(extractDuration('Discussion de 15 minutes sur le cas')).toEqual({ minutes: 15, title: 'Discussion de 15 minutes sur le cas' });
  });

  it('reads "9h30 Accueil" as a clock time, not nine hours and a half', () => {
    expect(leadingClockTime('9h30 Accueil')).toBe(570);
    expect(leadingClockTime('14:00 Pause')).toBe(840);
    expect(leadingClockTime('1h30 atelier')).toBeUndefined();
    expect(extractDuration('9h30 Accueil')).toEqual({ title: '9h30 Accueil' });
  });
});

describe('the kind of a step', () => {
  it.each([
    ['Pause café', 'break'], ['Atelier en petits groupes', 'workshop'], ['Travail en binômes', 'workshop'],
    ['Jeu de rôle', 'exercise'], ['Exercice pratique', 'exercise'], ['Débat mouvant', 'discussion'],
    ['Tour de table', 'discussion'], ['Restitution', 'discussion'], ['Apport théorique', 'talk'],
    ['Présentation du projet', 'talk'], ['Une encyclopédie collaborative', 'other'], ['DEBAT', 'discussion'],
    ['Pause-café', 'break'], ['Accueil et café', 'break'], ['Café-débat sur la réparation', 'discussion'], ['Qu’est-ce qu’un café-réparation ? Apport', 'talk'],
  ])('"%s" is a %s', (title, kind) => {
    expect(guessStepKind(title)).toBe(kind);
  });
});
