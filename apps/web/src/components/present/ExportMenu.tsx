import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/ApiError.ts';
import { ErrorNotice } from '../ErrorNotice.tsx';
import { exportPath, fetchExport, type ExportTarget, type ExportedFile } from './presentApi.ts';
import { presentPath } from './presentPaths.ts';
import './exportMenu.css';

/** How a format reaches the person: saved as a file, or opened as a printable page. */
type Delivery = 'download' | 'open';

type ExportLabel =
  | 'present.export.html' | 'present.export.pdf' | 'present.export.md'
  | 'present.export.handout' | 'present.export.handoutPdf' | 'present.export.sheet' | 'present.export.sheetPdf';

interface FormatSpec {
  format: string;
  label: ExportLabel;
  delivery: Delivery;
  /** The file name when the server gives none. */
  fallbackName: string;
  /** A PDF the server cannot render (no Chromium): what the browser prints instead. */
  printFallback?: { kind: 'deck' } | { kind: 'page'; format: string };
}

const HANDOUT: FormatSpec = { format: 'handout', label: 'present.export.handout', delivery: 'open', fallbackName: 'handout.html' };
const SHEET: FormatSpec = { format: 'sheet', label: 'present.export.sheet', delivery: 'open', fallbackName: 'sheet.html' };

const SESSION_FORMATS: FormatSpec[] = [
  { format: 'html', label: 'present.export.html', delivery: 'download', fallbackName: 'deck.html' },
  { format: 'pdf', label: 'present.export.pdf', delivery: 'download', fallbackName: 'deck.pdf', printFallback: { kind: 'deck' } },
  { format: 'md', label: 'present.export.md', delivery: 'download', fallbackName: 'run-sheet.md' },
  HANDOUT,
  { format: 'handout-pdf', label: 'present.export.handoutPdf', delivery: 'download', fallbackName: 'handout.pdf', printFallback: { kind: 'page', format: 'handout' } },
  SHEET,
  { format: 'sheet-pdf', label: 'present.export.sheetPdf', delivery: 'download', fallbackName: 'sheet.pdf', printFallback: { kind: 'page', format: 'sheet' } },
];

const UNIT_FORMATS: FormatSpec[] = SESSION_FORMATS.filter((spec) => spec.format === 'html' || spec.format === 'pdf');

interface ExportMenuProps {
  workspaceId: string;
  accessKey: string;
  target: ExportTarget;
  /** The level of the menu's heading on the page that holds it (default 3: under a section's h2). */
  headingLevel?: 2 | 3;
}

/** Saves a fetched file under the server's name. */
function saveFile(file: ExportedFile): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

type Problem = { kind: 'failed'; error: unknown } | { kind: 'printBlocked'; path: string } | { kind: 'pageBlocked'; spec: FormatSpec } | null;

/**
 * A session's or a unit's files: the offline deck (one HTML file that presents from a USB
 * stick), the PDF (rendered by the server, with the browser's own print as the fallback), the
 * Markdown run-sheet, the handout and the promotional sheet. Files are fetched with the key in
 * a header, then saved or opened.
 */
export function ExportMenu({ workspaceId, accessKey, target, headingLevel = 3 }: ExportMenuProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem>(null);
  const lang = i18n.language?.startsWith('en') ? 'en' : 'fr';
  const formats = target.kind === 'session' ? SESSION_FORMATS : UNIT_FORMATS;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  async function run(spec: FormatSpec) {
    if (busy) return;
    setProblem(null);
    // Opened now, while the click still allows a new window; filled once the file is here.
    const opened = spec.delivery === 'open' ? window.open('', '_blank') : null;
    setBusy(spec.format);
    try {
      const file = await fetchExport(exportPath(workspaceId, target, spec.format, lang), accessKey, spec.fallbackName);
      if (opened) opened.location.href = URL.createObjectURL(file.blob);
      else saveFile(file);
    } catch (error) {
      opened?.close();
      const fallback = spec.printFallback;
      if (fallback && error instanceof ApiError && error.code === 'no_pdf') {
        // No Chromium on the server: the browser prints instead ("Save as PDF").
        if (fallback.kind === 'deck') {
          const path = presentPath(workspaceId, target, accessKey, { print: true });
          if (!window.open(path, '_blank')) setProblem({ kind: 'printBlocked', path });
        } else {
          const page = formats.find((f) => f.format === fallback.format);
          if (page) setProblem({ kind: 'pageBlocked', spec: page });
        }
      } else {
        setProblem({ kind: 'failed', error });
      }
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="export-menu" aria-labelledby={titleId} aria-busy={busy !== null} data-testid="export-menu">
      <Heading id={titleId} className="export-menu__title">{t('present.export.title')}</Heading>
      <ul className="export-menu__list">
        {formats.map((spec) => (
          <li key={spec.format}>
            <button type="button" className="button" disabled={busy !== null} onClick={() => void run(spec)} data-testid={`export-${spec.format}`}>
              {t(spec.label)}
            </button>
          </li>
        ))}
      </ul>
      {busy && (
        <div className="export-menu__progress" role="status" data-testid="export-progress">
          <progress aria-label={t('present.export.progressLabel')} />
          <span>{busy.endsWith('pdf') ? t('present.export.renderingPdf') : t('present.export.preparing')}</span>
        </div>
      )}
      {problem?.kind === 'printBlocked' && (
        <p className="notice notice--warning" role="alert">
          {t('present.export.noPdf')} <a href={problem.path} target="_blank" rel="noopener">{t('present.export.openPrint')}</a>
        </p>
      )}
      {problem?.kind === 'pageBlocked' && (
        <p className="notice notice--warning" role="alert">
          {t('present.export.noPdfPage')}{' '}
          <button type="button" className="button" onClick={() => void run(problem.spec)}>{t('present.export.openPage')}</button>
        </p>
      )}
      {problem?.kind === 'failed' && <ErrorNotice lead={t('present.export.failed')} error={problem.error} testId="export-error" />}
    </section>
  );
}
