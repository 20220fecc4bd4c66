import type { SessionTheme } from '@minga/schema';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { RevealDeck } from './RevealDeck.tsx';
import type { SlideView } from './deckView.ts';

/** Waits until the page's images have loaded (or failed), so the printout has them. */
async function imagesSettled(): Promise<void> {
  await Promise.all([...document.images].map((image) => (image.complete ? undefined : new Promise((resolve) => {
    image.addEventListener('load', resolve, { once: true });
    image.addEventListener('error', resolve, { once: true });
  }))));
}

/**
 * reveal.js's print layout, one page per slide, then the browser's print dialog ("Save as PDF"):
 * what the PDF button falls back to when the server has no Chromium to render one.
 */
export function PrintDeck({ slides, theme }: { slides: SlideView[]; theme: SessionTheme }) {
  const { t } = useTranslation();
  const onReady = useCallback(() => {
    void imagesSettled().then(() => window.requestAnimationFrame(() => window.print()));
  }, []);
  return (
    <div className="present-print" data-testid="present-print">
      <RevealDeck slides={slides} theme={theme} mode="full" interactive={false} print label={t('present.printLabel')} testId="present-deck" onReady={onReady} />
    </div>
  );
}
