import { LicenceSchema, licenceTerms, totalMinutes } from '@minga/schema';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../lib/formatDuration.ts';
import { STEP_KIND_LABELS } from '../../lib/stepKindLabels.ts';
import { importWarningText } from './importWarningText.ts';
import type { ImportPreview as Preview } from './libraryApi.ts';
import { languageName } from './LibraryFilters.tsx';

const FORMAT_LABELS = {
  pad: 'importUnit.formats.pad',
  markdown: 'importUnit.formats.markdown',
  carpentries: 'importUnit.formats.carpentries',
  'minga-json': 'importUnit.formats.mingaJson',
} as const;

function licenceLabel(licence: string): string {
  const parsed = LicenceSchema.safeParse(licence);
  return parsed.success ? licenceTerms(parsed.data).label : licence;
}

/** What an import would create, field by field, before anything is created; `filename` is the file it was read from, if any. */
export function ImportPreview({ preview, filename }: { preview: Preview; filename?: string | undefined }) {
  const { t, i18n } = useTranslation();
  const { draft, warnings } = preview;
  const format = FORMAT_LABELS[preview.format as keyof typeof FORMAT_LABELS] as (typeof FORMAT_LABELS)[keyof typeof FORMAT_LABELS] | undefined;
  const none = <em className="hint">{t('importUnit.preview.none')}</em>;

  return (
    <div className="import-preview" data-testid="import-preview">
      <p>{t('importUnit.preview.format', { format: format ? t(format) : preview.format })}</p>
      {warnings.length > 0 && (
        <div className="notice notice--warning" data-testid="import-warnings">
          <p className="notice__title">{t('importUnit.preview.warnings', { count: warnings.length })}</p>
          <ul>
            {warnings.map((warning, index) => (
              <li key={index} data-code={warning.code}>{importWarningText(t, warning)}</li>
            ))}
          </ul>
        </div>
      )}
      <dl className="import-preview__fields">
        <dt>{t('importUnit.fields.title')}</dt>
        <dd data-testid="import-preview-title">{draft.title || none}</dd>
        <dt>{t('importUnit.fields.description')}</dt>
        <dd className="pre-line">{draft.description || none}</dd>
        <dt>{t('importUnit.fields.objectives', { count: draft.objectives.length })}</dt>
        <dd>
          {draft.objectives.length ? <ol>{draft.objectives.map((objective) => <li key={objective.id}>{objective.text}</li>)}</ol> : none}
        </dd>
        <dt>{t('importUnit.fields.steps', { count: draft.steps.length })}</dt>
        <dd>
          {draft.steps.length ? (
            <>
              <ol data-testid="import-preview-steps">
                {draft.steps.map((step) => (
                  <li key={step.id}>{step.title || t('unit.steps.untitled')} — {t(STEP_KIND_LABELS[step.kind])}, {formatDuration(t, step.minutes)}</li>
                ))}
              </ol>
              <p data-testid="import-preview-total">{t('importUnit.preview.total', { duration: formatDuration(t, totalMinutes(draft.steps)) })}</p>
            </>
          ) : none}
        </dd>
        <dt>{t('importUnit.fields.slides')}</dt>
        <dd>{t('importUnit.preview.slides', { count: draft.slides.length })}</dd>
        <dt>{t('importUnit.fields.nextSteps')}</dt>
        <dd>{draft.nextSteps.length ? <ul>{draft.nextSteps.map((step) => <li key={step.id}>{step.text}</li>)}</ul> : none}</dd>
        <dt>{t('importUnit.fields.hashtags')}</dt>
        <dd>{draft.hashtags.length ? draft.hashtags.map((tag) => `#${tag}`).join(' ') : none}</dd>
        <dt>{t('importUnit.fields.contributors')}</dt>
        <dd>{draft.contributors.length ? draft.contributors.map((c) => (c.role ? `${c.name} (${c.role})` : c.name)).join(', ') : none}</dd>
        <dt>{t('importUnit.fields.materials')}</dt>
        <dd>{draft.materials.length ? <ul>{draft.materials.map((m) => <li key={m.id}>{m.title}{m.licence ? ` (${m.licence})` : ''}</li>)}</ul> : none}</dd>
        <dt>{t('importUnit.fields.language')}</dt>
        <dd>{languageName(draft.language, i18n.language)}</dd>
        <dt>{t('importUnit.fields.licence')}</dt>
        <dd data-testid="import-preview-licence">{licenceLabel(draft.licence)}</dd>
        <dt>{t('importUnit.fields.source')}</dt>
        <dd data-testid="import-preview-source">
          {draft.source?.url
            ? <span className="break-anywhere">{draft.source.url}</span>
            : <span className="break-anywhere">{filename ? t('importUnit.preview.sourceFile', { filename }) : t('importUnit.preview.sourcePasted')}</span>}
        </dd>
      </dl>
    </div>
  );
}
