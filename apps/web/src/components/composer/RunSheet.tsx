import { licenceTerms, type Session } from '@minga/schema';
import { useTranslation } from 'react-i18next';
import { STEP_KIND_LABELS } from '../../lib/stepKindLabels.ts';
import { formatDuration } from '../../lib/formatDuration.ts';
import { BudgetMessage } from './BudgetMessage.tsx';
import { ITEM_KIND_LABELS } from './itemLabels.ts';
import { runSheetRows, type RowTime, type RunSheetItemRow, type RunSheetStepRow } from './runSheetRows.ts';
import { formatClockRange, formatSessionDate } from './sessionFormat.ts';

/** "0:20": time elapsed since the start, for a session without a start time. */
const elapsed = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

function useTimeText() {
  const { i18n } = useTranslation();
  return (time: RowTime | undefined) => {
    if (!time) return '';
    return time.start ? formatClockRange(time.start, time.end, i18n.language) : `${elapsed(time.startOffset)}–${elapsed(time.endOffset)}`;
  };
}

function ItemRow({ row }: { row: RunSheetItemRow }) {
  const { t } = useTranslation();
  const timeText = useTimeText();
  const kind = t(ITEM_KIND_LABELS[row.kind]);
  const title = row.unitMissing ? t('composer.unit.missingTitle') : row.title.trim() || (row.kind === 'unit' ? t('composer.unit.untitled') : kind);
  const activity = [kind, formatDuration(t, row.minutes), row.pinnedVersion ? t('composer.runSheet.pinned', { version: row.pinnedVersion }) : '']
    .filter(Boolean)
    .join(' · ');
  return (
    <tr className={`run-sheet__item run-sheet__item--${row.kind}${row.unitMissing ? ' run-sheet__item--missing' : ''}`} data-testid="run-sheet-item">
      <td className="run-sheet__time">{timeText(row.time)}</td>
      <th scope="row" className="run-sheet__title">{title}</th>
      <td>{row.who}</td>
      <td>{activity}</td>
      <td>
        {row.materials.length > 0 && (
          <ul className="run-sheet__materials">
            {row.materials.map((material) => (
              <li key={material.id}>
                {material.url ? <a href={material.url} rel="noreferrer noopener">{material.title || material.url}</a> : material.title}
                {material.licence && <span className="hint"> ({material.licence})</span>}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td className="run-sheet__notes">
        {row.unitMissing && <p className="run-sheet__warning" data-testid="run-sheet-missing">{t('composer.runSheet.missing')}</p>}
        {row.overriddenFrom !== undefined && (
          <p>{t('composer.runSheet.override', { unit: formatDuration(t, row.overriddenFrom), session: formatDuration(t, row.minutes) })}</p>
        )}
        {row.notes && <p>{row.kind === 'unit' ? t('composer.runSheet.transition', { note: row.notes }) : row.notes}</p>}
      </td>
    </tr>
  );
}

function StepRow({ row }: { row: RunSheetStepRow }) {
  const { t } = useTranslation();
  const timeText = useTimeText();
  return (
    <tr className="run-sheet__step" data-testid="run-sheet-step">
      <td className="run-sheet__time">{timeText(row.time)}</td>
      <td className="run-sheet__step-title"><span aria-hidden="true">↳ </span>{row.title}</td>
      <td />
      <td>{[t(STEP_KIND_LABELS[row.stepKind]), formatDuration(t, row.minutes)].join(' · ')}</td>
      <td />
      <td className="run-sheet__notes">{row.notes}</td>
    </tr>
  );
}

interface RunSheetProps {
  session: Session;
  units: Readonly<Record<string, unknown>>;
}

/** The printable run-sheet (déroulé): the session's facts, its schedule with steps, materials and notes, and the credits. */
export function RunSheet({ session, units }: RunSheetProps) {
  const { t, i18n } = useTranslation();
  const { rows, timing, credits } = runSheetRows(session, units);
  const title = session.title.trim() || t('composer.untitled');
  const range = timing.start ? formatClockRange(timing.start, timing.end, i18n.language) : '';
  return (
    <article className="run-sheet" aria-labelledby="run-sheet-title">
      <header className="run-sheet__header">
        <p className="eyebrow">{t('composer.runSheet.eyebrow')}</p>
        <h1 id="run-sheet-title" data-testid="run-sheet-title">{title}</h1>
        <dl className="run-sheet__facts">
          {session.audience.trim() && <div><dt>{t('composer.details.audience')}</dt><dd>{session.audience}</dd></div>}
          {session.date && <div><dt>{t('composer.details.date')}</dt><dd data-testid="run-sheet-date">{formatSessionDate(session.date, i18n.language)}</dd></div>}
          {session.place.trim() && <div><dt>{t('composer.details.place')}</dt><dd>{session.place}</dd></div>}
          {range && <div><dt>{t('composer.runSheet.hours')}</dt><dd>{range}</dd></div>}
          {session.facilitators.length > 0 && (
            <div><dt>{t('composer.facilitators.title')}</dt><dd>{session.facilitators.map((f) => f.name).join(', ')}</dd></div>
          )}
        </dl>
        <BudgetMessage budget={timing.budget} total={timing.totalMinutes} target={timing.targetMinutes} />
      </header>

      {session.objectives.length > 0 && (
        <section className="run-sheet__section">
          <h2>{t('composer.objectives.title')}</h2>
          <ul>{session.objectives.map((objective) => <li key={objective.id}>{objective.text}</li>)}</ul>
        </section>
      )}

      <section className="run-sheet__section">
        <h2 id="run-sheet-schedule">{t('composer.runSheet.schedule')}</h2>
        {rows.length === 0 ? (
          <p className="hint">{t('composer.runSheet.empty')}</p>
        ) : (
          <div className="run-sheet__scroll">
            <table className="run-sheet__table" aria-labelledby="run-sheet-schedule" data-testid="run-sheet-table">
              <thead>
                <tr>
                  <th scope="col">{t('composer.runSheet.time')}</th>
                  <th scope="col">{t('composer.runSheet.item')}</th>
                  <th scope="col">{t('composer.runSheet.who')}</th>
                  <th scope="col">{t('composer.runSheet.activity')}</th>
                  <th scope="col">{t('composer.runSheet.materials')}</th>
                  <th scope="col">{t('composer.runSheet.notes')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (row.type === 'item' ? <ItemRow key={row.itemId} row={row} /> : <StepRow key={`${row.itemId}/${row.stepId}`} row={row} />))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="run-sheet__section run-sheet__credits" data-testid="run-sheet-credits">
        <h2>{t('composer.runSheet.credits')}</h2>
        {credits.units.length === 0 ? (
          <p className="hint">{t('composer.runSheet.noCredits')}</p>
        ) : (
          <>
            {credits.contributors.length > 0 && (
              <p><strong>{t('composer.runSheet.contributors')}</strong> {credits.contributors.map((c) => (c.role ? `${c.name} (${c.role})` : c.name)).join(', ')}</p>
            )}
            {credits.licences.length > 0 && (
              <p><strong>{t('composer.runSheet.licences')}</strong> {credits.licences.map((licence) => licenceTerms(licence).label).join(', ')}</p>
            )}
            <ul className="run-sheet__unit-credits">
              {credits.units.map((unit) => {
                if (unit.missing || !unit.licence) return <li key={unit.unitId}>{t('composer.runSheet.missingCredits', { id: unit.unitId })}</li>;
                const terms = licenceTerms(unit.licence);
                return (
                  <li key={unit.unitId}>
                    <strong>{unit.title}</strong> — {terms.url ? <a href={terms.url} rel="noreferrer noopener">{terms.label}</a> : terms.label}
                    {unit.contributors.length > 0 && <> — {unit.contributors.map((c) => c.name).join(', ')}</>}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>
    </article>
  );
}
