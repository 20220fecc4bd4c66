import type { Licence } from '@minga/schema';
import { fold } from './text.ts';

/** Which licence of the Creative Commons family a free-text mention names, and whether it was read as a newer version. */
export interface LicenceReading {
  licence: Licence;
  /** True when the text named another version (e.g. 3.0), read as 4.0. */
  versionChanged: boolean;
}

/**
 * Reads "CC BY-SA 4.0", "cc-by-sa", "CC0", "Creative Commons Attribution 4.0",
 * "CC-BY-SA-4.0"… as one of the unit licences. Undefined for anything else (GPL, "tous droits réservés").
 */
export function readLicence(text: string): LicenceReading | undefined {
  if (text.length > 200) return undefined;
  let s = fold(text)
    .replace(/creative ?commons/g, 'cc')
    .replace(/attribution|paternite/g, 'by')
    .replace(/share ?alike|partage (dans|a) l'identique|partage a l'identique/g, 'sa')
    .replace(/non ?commercial|pas d'utilisation commerciale/g, 'nc')
    .replace(/no ?deriv\w*|pas de modification/g, 'nd')
    .replace(/\b(licen[cs]e|international|version)\b/g, '')
    .replace(/\bv(?=\d)/g, '');
  s = s.replace(/[^a-z0-9]/g, '');
  if (/^(cc0|cczero|publicdomain|domainepublic)(10|1)?$/.test(s)) return { licence: 'CC0-1.0', versionChanged: false };
  const m = /^ccby((?:sa|nc|nd)*)(\d+)?$/.exec(s);
  if (!m) return undefined;
  const parts: string[] = (m[1] ?? '').match(/sa|nc|nd/g) ?? [];
  const nc = parts.includes('nc');
  const sa = parts.includes('sa');
  const nd = parts.includes('nd');
  if (sa && nd) return undefined;
  const licence = `CC-BY${nc ? '-NC' : ''}${sa ? '-SA' : ''}${nd ? '-ND' : ''}-4.0` as Licence;
  const version = m[2];
  return { licence, versionChanged: version !== undefined && version !== '4' && version !== '40' };
}

// Licence names people write next to existing material, kept as they wrote them.
const LICENCE_MENTION =
  /\b(?:CC[- ]?0(?:[- ]1\.0)?|CC[- ]BY(?:[- ](?:SA|NC|ND))*(?:[- ]\d\.\d)?|Creative Commons[\p{L}\d .-]*?(?=[),;]|$)|domaine public|public domain|A?GPL(?:[- ]?v?\d(?:\.\d)?\+?)?|LGPL(?:[- ]?v?\d(?:\.\d)?)?|MIT|Apache[- ]2\.0|MPL[- ]2\.0|ODbL|tous droits réservés|all rights reserved|licence libre)/iu;

/** The licence named in a line of text describing existing material, and the line without it. */
export function extractLicenceMention(text: string): { licence: string; rest: string } | undefined {
  if (text.length > 1000) return undefined;
  const labelled = /(?:^|[\s,;(–—-])(?:licence|license)\s*:?\s*([^,;()]+?)\s*(?:[),;]|$)/iu.exec(text);
  if (labelled?.[1]) {
    return { licence: labelled[1].trim(), rest: (text.slice(0, labelled.index) + text.slice(labelled.index + labelled[0].length)).trim() };
  }
  const m = LICENCE_MENTION.exec(text);
  if (!m) return undefined;
  let start = m.index;
  let end = start + m[0].length;
  // Take the brackets around "(CC-BY-SA)" away with it.
  if (text[start - 1] === '(' && text[end] === ')') {
    start--;
    end++;
  }
  return { licence: m[0].trim(), rest: (text.slice(0, start) + text.slice(end)).replace(/\s{2,}/g, ' ').trim() };
}
