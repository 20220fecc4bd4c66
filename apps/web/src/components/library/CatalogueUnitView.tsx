import { totalMinutes } from '@minga/schema';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/formatDateTime.ts';
import { formatDuration } from '../../lib/formatDuration.ts';
import { STEP_KIND_LABELS } from '../../lib/stepKindLabels.ts';
import type { CatalogueEntry } from './libraryApi.ts';
import { languageName } from './LibraryFilters.tsx';
import { RichTextView } from './RichTextView.tsx';

/** A published unit, read-only: header, objectives, timed sequence, slides, material, licence and credits. */
export function CatalogueUnitView({ entry }: { entry: CatalogueEntry }) {
  const { t, i18n } = useTranslation();
  const { unit, licence } = entry;
  const slides = unit.slides.filter((slide) => !slide.hidden);
  const minutes = totalMinutes(unit.steps);

  return (
    <article className="catalogue-unit" lang={unit.language} data-testid="catalogue-unit">
      <header className="catalogue-unit__header">
        <p className="eyebrow" lang={i18n.language}>{t('catalogue.eyebrow')}</p>
        <h1 data-testid="catalogue-title">{unit.title.trim() || t('unit.untitled')}</h1>
        {unit.description && <p className="catalogue-unit__description pre-line">{unit.description}</p>}
        {unit.hashtags.length > 0 && (
          <ul className="library-tags" aria-label={t('libraryPage.card.hashtags')} lang={i18n.language}>
            {unit.hashtags.map((tag) => <li key={tag} lang={unit.language}>#{tag}</li>)}
          </ul>
        )}
        <dl className="library-card__facts" lang={i18n.language}>
          <div><dt>{t('libraryPage.card.duration')}</dt><dd>{formatDuration(t, minutes)}</dd></div>
          <div><dt>{t('catalogue.language')}</dt><dd>{languageName(unit.language, i18n.language)}</dd></div>
          <div>
            <dt>{t('catalogue.licence')}</dt>
            <dd data-testid="catalogue-licence">{licence.url ? <a href={licence.url} rel="noopener noreferrer license">{licence.label}</a> : licence.label}</dd>
          </div>
          <div>
            <dt>{t('libraryPage.card.review')}</dt>
            <dd data-testid="catalogue-review">{unit.review?.state === 'ready' ? t('catalogue.reviewed') : t('catalogue.neverReviewed')}</dd>
          </div>
          <div><dt>{t('catalogue.publishedAt')}</dt><dd><time dateTime={entry.publishedAt}>{formatDateTime(entry.publishedAt, i18n.language)}</time></dd></div>
        </dl>
      </header>

      {unit.objectives.length > 0 && (
        <section className="card" aria-labelledby="catalogue-objectives">
          <h2 id="catalogue-objectives" lang={i18n.language}>{t('catalogue.objectives')}</h2>
          <ol>{unit.objectives.map((objective) => <li key={objective.id} className="pre-line">{objective.text}</li>)}</ol>
        </section>
      )}

      {unit.steps.length > 0 && (
        <section className="card" aria-labelledby="catalogue-sequence">
          <h2 id="catalogue-sequence" lang={i18n.language}>{t('catalogue.sequence')}</h2>
          <ol className="catalogue-steps" data-testid="catalogue-steps">
            {unit.steps.map((step) => (
              <li key={step.id}>
                <p className="catalogue-steps__title">
                  <strong>{step.title || t('unit.steps.untitled')}</strong>
                  <span className="hint" lang={i18n.language}> — {t(STEP_KIND_LABELS[step.kind])}, {formatDuration(t, step.minutes)}</span>
                </p>
                {step.notes && <p className="pre-line">{step.notes}</p>}
              </li>
            ))}
          </ol>
          <p lang={i18n.language} data-testid="catalogue-total">{t('catalogue.total', { duration: formatDuration(t, minutes) })}</p>
        </section>
      )}

      {slides.length > 0 && (
        <section className="card" aria-labelledby="catalogue-slides">
          <h2 id="catalogue-slides" lang={i18n.language}>{t('catalogue.slides', { count: slides.length })}</h2>
          <ol className="catalogue-slides">
            {slides.map((slide, index) => (
              <li key={slide.id} className="catalogue-slide" aria-label={t('catalogue.slide', { n: index + 1 })}>
                <RichTextView doc={slide.content} headingOffset={2} className="rich-text catalogue-slide__content" />
                {slide.notes.content.length > 0 && (
                  <details className="catalogue-slide__notes">
                    <summary lang={i18n.language}>{t('catalogue.notes')}</summary>
                    <RichTextView doc={slide.notes} headingOffset={3} />
                  </details>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}

      {unit.materials.length > 0 && (
        <section className="card" aria-labelledby="catalogue-materials">
          <h2 id="catalogue-materials" lang={i18n.language}>{t('catalogue.materials')}</h2>
          <ul>
            {unit.materials.map((material) => (
              <li key={material.id}>
                {material.url ? <a href={material.url} rel="noopener noreferrer nofollow">{material.title || material.url}</a> : material.title}
                {material.licence && <span className="hint"> ({material.licence})</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="card" aria-labelledby="catalogue-credits" lang={i18n.language}>
        <h2 id="catalogue-credits">{t('catalogue.credits')}</h2>
        {unit.contributors.length > 0 ? (
          <ul data-testid="catalogue-contributors">
            {unit.contributors.map((contributor) => (
              <li key={contributor.name}>{contributor.role ? `${contributor.name} (${contributor.role})` : contributor.name}</li>
            ))}
          </ul>
        ) : <p className="hint">{t('catalogue.noContributors')}</p>}
        <p>
          {t('catalogue.licenceSentence', { licence: licence.label })}{' '}
          {licence.url && <a href={licence.url} rel="noopener noreferrer license">{t('catalogue.licenceLink')}</a>}
        </p>
        {unit.source?.url && (
          <p>{t('catalogue.source')} <a href={unit.source.url} rel="noopener noreferrer nofollow" className="break-anywhere">{unit.source.url}</a></p>
        )}
      </section>
    </article>
  );
}
