import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReviewState, Role } from '@minga/schema';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../CopyField.tsx';
import { apiErrorCode } from '../../api/errorMessage.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { setPublication, getPublication, type Publication } from './libraryApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import './library.css';

interface PublishToggleProps {
  workspaceId: string;
  accessKey: string;
  unitId: string;
  role: Role;
  /** The unit's review state: the catalogue lists ready units first, and publishing says when a unit is not. */
  reviewState?: ReviewState;
  headingLevel?: 2 | 3;
}

// Written out, so the catalogs' check finds every key.
const REVIEW_WARNINGS = { draft: 'publish.neverReviewed', in_review: 'publish.reviewUnfinished' } as const;

/** The in-app path of a unit's public page (the same origin as the app). */
function publicPath(publication: Publication): string {
  return publication.publicId ? `/c/${encodeURIComponent(publication.publicId)}` : '/catalogue';
}

/**
 * Publish a unit to the server's public commons catalogue (a read-only page and JSON anyone can
 * read and fork), or take it back at once; shows the public link to copy.
 */
export function PublishToggle({ workspaceId, accessKey, unitId, role, reviewState, headingLevel = 2 }: PublishToggleProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const queryClient = useQueryClient();
  const publicationKey = queryKeys.publication(workspaceId, unitId, accessKey);
  const result = useQuery({ queryKey: publicationKey, queryFn: ({ signal }) => getPublication(workspaceId, accessKey, unitId, signal) });
  const publishing = useMutation({
    mutationFn: (next: boolean) => setPublication(workspaceId, accessKey, unitId, next),
    onSuccess: (answer) => {
      // The answer is the publication now; the public catalogue lists it, or no longer.
      queryClient.setQueryData(publicationKey, answer);
      void queryClient.invalidateQueries({ queryKey: queryKeys.catalogue() });
    },
  });
  const [confirming, setConfirming] = useState(false);
  const Heading = `h${headingLevel}` as 'h2';

  if (result.status === 'pending') return null;
  if (result.status === 'error') {
    return (
      <section className="publish" aria-labelledby={titleId}>
        <Heading id={titleId}>{t('publish.title')}</Heading>
        <ErrorNotice tone="warning" lead={t('publish.loadFailed')} error={result.error} />
      </section>
    );
  }
  const publication = result.data;

  const toggle = (next: boolean) => {
    setConfirming(false);
    publishing.mutate(next);
  };
  // Asking to confirm puts the last failure away, as a new try would.
  const askToConfirm = () => {
    publishing.reset();
    setConfirming(true);
  };
  const saving = publishing.isPending;
  const reviewWarning = reviewState === 'draft' || reviewState === 'in_review' ? t(REVIEW_WARNINGS[reviewState]) : null;
  const warningId = `${titleId}-review`;

  return (
    <section className="publish" aria-labelledby={titleId} data-testid="publish-toggle" data-published={publication.published}>
      <Heading id={titleId}>{t('publish.title')}</Heading>
      <p role="status" data-testid="publish-status">{publication.published ? t('publish.published') : t('publish.notPublished')}</p>
      {publication.published ? (
        <>
          {publication.pageUrl && <CopyField label={t('publish.pageLink')} value={publication.pageUrl} testId="public-link" />}
          <p>
            <a href={publicPath(publication)} target="_blank" rel="noopener noreferrer" data-testid="open-public-page">{t('publish.open')}</a>
            {publication.jsonUrl && (
              <>
                {' · '}
                <a href={publication.jsonUrl} target="_blank" rel="noopener noreferrer">{t('publish.json')}</a>
              </>
            )}
          </p>
        </>
      ) : (
        <p className="hint">{t('publish.explain')}</p>
      )}
      {reviewWarning && role === 'edit' && (
        <p className="notice notice--warning" id={warningId} data-testid="publish-review-warning" data-review-state={reviewState}>{reviewWarning}</p>
      )}
      {role === 'edit' && confirming && (
        <div className="notice notice--warning" role="alertdialog" aria-labelledby={`${titleId}-confirm`} aria-describedby={`${titleId}-confirm-body`} data-testid="unpublish-confirm">
          <p className="notice__title" id={`${titleId}-confirm`}>{t('publish.confirmTitle')}</p>
          <p id={`${titleId}-confirm-body`}>{t('publish.confirmBody')}</p>
          <div className="actions">
            <button type="button" className="button--danger" onClick={() => toggle(false)} autoFocus data-testid="confirm-unpublish">{t('publish.confirmUnpublish')}</button>
            <button type="button" onClick={() => setConfirming(false)}>{t('common.cancel')}</button>
          </div>
        </div>
      )}
      {role === 'edit' && !confirming && (
        <div className="actions">
          {publication.published ? (
            <button type="button" className="button--danger" onClick={askToConfirm} disabled={saving} data-testid="unpublish">
              {saving ? t('publish.saving') : t('publish.unpublish')}
            </button>
          ) : (
            <button type="button" className="button--primary" onClick={() => toggle(true)} disabled={saving} aria-describedby={reviewWarning ? warningId : undefined} data-testid="publish">
              {saving ? t('publish.saving') : t('publish.publish')}
            </button>
          )}
        </div>
      )}
      {publication.published && role === 'edit' && <p className="hint">{t('publish.unpublishExplain')}</p>}
      {publishing.isError && (apiErrorCode(publishing.error) === 'conflict' ? (
        // The only refusal of a publication: a fork of a share-alike unit that left its source's licence.
        <p className="notice notice--error" role="alert" data-testid="publish-share-alike-refused">{t('publish.shareAlikeRefused')}</p>
      ) : <ErrorNotice lead={t('publish.failed')} error={publishing.error} />)}
    </section>
  );
}
