import { computeSessionTiming, licenceTerms, type Session, type UnitLookup } from '@minga/schema';
import { collectCredits, contributorNames, licenceLabels, type UnitReviewers } from './credits.ts';
import { deckTexts, type DeckLang } from './deckText.ts';
import { handoverLines, handoverTexts } from './handoverLines.ts';
import { mdCell, mdLink, mdParagraph, mdText } from './markdown.ts';
import { readableUnits, resolveSessionUnits } from './resolveUnits.ts';
import { clockFormat, elapsedFormat, joinParts, stepRanges, timeRange } from './unitSlides.ts';

/**
 * The run-sheet (déroulé) the facilitators follow in the room, as Markdown: one row per item
 * and one per step of each unit (clock time, item, who, activity, materials, notes), then the
 * credits (union of the units' contributors and licences; per unit its reviewers, « relu par »)
 * and the handover (handoverLines.ts).
 */

/**
 * The session's run-sheet as Markdown; times are clock times, or offsets from 0:00 without a
 * start time. `reviewers` (by unit id, names only) are credited beside each unit's contributors.
 */
export function renderRunSheetMarkdown(session: Session, units: UnitLookup, lang: DeckLang = 'fr', reviewers: UnitReviewers = new Map()): string {
  const texts = deckTexts(lang);
  const rs = texts.runSheet;
  const resolved = resolveSessionUnits(session, units);
  const readable = readableUnits(resolved);
  const timing = computeSessionTiming(session, readable);
  const startTime = session.startTime;
  const format = startTime === undefined ? elapsedFormat : clockFormat(startTime);

  const out: string[] = [`# ${mdText(rs.title(session.title))}`, ''];
  const facts = [
    session.audience ? texts.labelled(texts.audience, session.audience) : '',
    joinParts([session.date ? texts.date(session.date) : undefined, session.place]),
    joinParts([startTime === undefined ? undefined : timeRange(format, 0, timing.totalMinutes), texts.budget(timing.budget, timing.targetMinutes)]),
    session.facilitators.length > 0 ? texts.withFacilitators(session.facilitators.map((f) => f.name).join(', ')) : '',
  ].filter((f) => f !== '');
  out.push(...facts.map((f) => `- ${mdText(f)}`), '');
  if (session.promotionalDescription.trim()) out.push(mdParagraph(session.promotionalDescription), '');
  if (session.objectives.length > 0) {
    out.push(`## ${mdText(texts.objectives)}`, '', ...session.objectives.map((o) => `- ${mdCell(o.text)}`), '');
  }

  out.push(`## ${mdText(rs.schedule)}`, '');
  out.push(`| ${[rs.time, rs.item, rs.who, rs.activity, rs.materials, rs.notes].map(mdText).join(' | ')} |`, '| --- | --- | --- | --- | --- | --- |');
  const row = (cells: string[]) => out.push(`| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`);
  session.items.forEach((item, i) => {
    const t = timing.items[i]!;
    const range = mdText(timeRange(format, t.startOffset, t.endOffset));
    const who = mdCell(item.facilitator ?? '');
    if (item.kind !== 'unit') {
      const kind = texts.freeKinds[item.kind];
      row([range, mdCell(item.title || kind), who, mdText(joinParts([kind, texts.minutes(t.minutes)])), '', mdCell(item.notes ?? '')]);
      return;
    }
    const r = resolved.get(item.unitId);
    const unit = r?.unit;
    const transition = item.transitionNote ? texts.labelled(texts.transition, item.transitionNote) : '';
    if (!unit) {
      const message = r?.problem === 'unreadable' ? texts.unreadableUnitMessage(item.unitId) : texts.missingUnitMessage(item.unitId);
      row([range, `*${mdText(`${texts.missingUnitTitle} (${item.unitId})`)}*`, who, mdText(texts.minutes(t.minutes)), '', mdCell(joinParts([message, transition]))]);
      return;
    }
    const materials = unit.materials.map((m) => `${mdLink(m.title || m.url, m.url || undefined)}${m.licence ? ` (${mdText(m.licence)})` : ''}`).join('<br>');
    const notes = [transition, t.source === 'override' && t.unitMinutes !== t.minutes ? texts.unitOverride(t.unitMinutes ?? 0, t.minutes) : ''].filter((n) => n !== '');
    const version = item.mode === 'pinned' && item.pinnedVersion ? texts.pinned(item.pinnedVersion) : '';
    row([range, `**${mdText(unit.title || unit.id)}**`, who, mdText(joinParts([texts.minutes(t.minutes), version])), materials, notes.map(mdCell).join('<br>')]);
    const stepRange = stepRanges(unit.steps, t.startOffset, t.minutes, format);
    unit.steps.forEach((step, s) => {
      row([mdText(stepRange(s)), `↳ ${mdCell(step.title)}`, '', mdText(joinParts([texts.stepKinds[step.kind], texts.minutes(step.minutes)])), '', mdCell(step.notes)]);
    });
  });
  out.push('');

  const credits = collectCredits([...resolved.values()], reviewers);
  out.push(`## ${mdText(rs.credits)}`, '');
  if (credits.contributors.length > 0) out.push(`- ${mdText(texts.labelled(texts.contributors, contributorNames(credits.contributors)))}`);
  if (credits.licences.length > 0) out.push(`- ${mdText(texts.licencesUsed(licenceLabels(credits.licences)))}`);
  const shareAlike = credits.licences.filter((l) => licenceTerms(l).shareAlike);
  if (shareAlike.length > 0) out.push(`- ${mdText(texts.shareAlike(licenceLabels(shareAlike)))}`);
  if (credits.units.length > 0) {
    out.push('', `### ${mdText(rs.unitsHeading)}`, '');
    for (const u of credits.units) {
      if (u.missing || !u.licence) {
        out.push(`- *${mdText(`${texts.missingUnitTitle} (${u.unitId})`)}* — ${mdText(texts.missingCredits)}`);
        continue;
      }
      const terms = licenceTerms(u.licence);
      const reviewedBy = u.reviewers.length > 0 ? ` — ${mdText(texts.labelled(texts.reviewedBy, u.reviewers.join(', ')))}` : '';
      out.push(`- **${mdText(u.title)}** — ${mdLink(terms.label, terms.url)} — ${mdText(u.contributors.length > 0 ? contributorNames(u.contributors) : texts.noContributors)}${reviewedBy}`);
      for (const m of u.materials) out.push(`  - ${mdLink(m.title || m.url, m.url || undefined)}${m.licence ? ` (${mdText(m.licence)})` : ''}`);
    }
  }
  // The run-sheet ends with the handover: what the next team picks up.
  const handover = handoverLines(session, [...readable.values()].filter((u) => u !== undefined), lang);
  out.push('', `## ${mdText(handoverTexts(lang).heading)}`, '');
  if (handover.length === 0) out.push(mdText(handoverTexts(lang).none));
  for (const line of handover) out.push(`- [${line.done ? 'x' : ' '}] ${mdCell(line.text)}${line.details ? ` — ${mdText(line.details)}` : ''}`);
    return `${out.join('\n').trimEnd()}\n`;
}
