import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/queryKeys.ts';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/ApiError.ts';
import { apiErrorCode, apiErrorMessage } from '../../api/errorMessage.ts';
import { useStoredValue } from '../../hooks/useStoredValue.ts';
import { identityStore } from '../../lib/identity.ts';
import { unitPath } from '../../lib/unitLink.ts';
import { createImport, previewImport, type ImportPreview as Preview } from './libraryApi.ts';
import { ImportPreview } from './ImportPreview.tsx';
import { readImportFile } from './readImportFile.ts';
import { useModalDialog } from '../../hooks/useModalDialog.ts';

interface ImportDialogProps {
  workspaceId: string;
  accessKey: string;
  onClose: () => void;
}

type Problem = { kind: 'server'; error: unknown } | { kind: 'file'; reason: 'binary' | 'too_large' | 'unreadable'; filename: string };

const FILE_PROBLEMS = {
  binary: 'importUnit.errors.binary',
  too_large: 'importUnit.errors.tooLarge',
  unreadable: 'importUnit.errors.unreadable',
} as const;

/** Why the server could not read an import (`reason` of its `invalid_import` answer). */
const IMPORT_REASONS = {
  empty: 'importUnit.errors.reasons.empty',
  binary: 'importUnit.errors.reasons.binary',
  invalid_utf8: 'importUnit.errors.reasons.invalid_utf8',
  invalid_front_matter: 'importUnit.errors.reasons.invalid_front_matter',
  invalid_json: 'importUnit.errors.reasons.invalid_json',
  invalid_unit: 'importUnit.errors.reasons.invalid_unit',
} as const;

/** The server's refusal in words: why the text could not be read (and where), or the API's own reason. */
function serverProblemText(t: TFunction, error: unknown): string {
  const code = apiErrorCode(error);
  if (code === 'read_only') return t('importUnit.errors.readOnly');
  if (code !== 'invalid_import' || !(error instanceof ApiError)) return apiErrorMessage(t, error);
  const { reason, line, path } = error.details;
  const known = typeof reason === 'string' && Object.hasOwn(IMPORT_REASONS, reason) ? IMPORT_REASONS[reason as keyof typeof IMPORT_REASONS] : null;
  const parts = [known ? t(known) : apiErrorMessage(t, error)];
  if (typeof line === 'number') parts.push(t('importUnit.errors.line', { line }));
  if (typeof path === 'string' && path) parts.push(t('importUnit.errors.field', { path }));
  return parts.join(' ');
}

function ProblemNotice({ problem }: { problem: Problem }) {
  const { t } = useTranslation();
  const text = problem.kind === 'file' ? t(FILE_PROBLEMS[problem.reason], { filename: problem.filename }) : serverProblemText(t, problem.error);
  const code = problem.kind === 'server' ? apiErrorCode(problem.error) : problem.reason;
  const reason = problem.kind === 'server' && problem.error instanceof ApiError ? problem.error.details.reason : undefined;
  return (
    <div className="notice notice--error" role="alert" data-testid="import-error" data-code={code} data-reason={typeof reason === 'string' ? reason : undefined}>
      <p className="notice__title">{t('importUnit.errors.title')}</p>
      <p className="pre-line">{text}</p>
    </div>
  );
}

/**
 * Import a pad, a Markdown file, a Carpentries episode or a unit's JSON: drop a file or paste
 * text, see what goes where (the server's dry run), then create the unit and open it.
 */
export function ImportDialog({ workspaceId, accessKey, onClose }: ImportDialogProps) {
  const { t } = useTranslation();
  const identity = useStoredValue(identityStore);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const dialog = useModalDialog();
  const id = useId();
  const [text, setText] = useState('');
  const [filename, setFilename] = useState<string | undefined>(undefined);
  /** The server's dry run being looked at, or none while the text is written or chosen. */
  const [shown, setShown] = useState<Preview | null>(null);
  const [fileProblem, setFileProblem] = useState<Problem | null>(null);
  const [dragging, setDragging] = useState(false);
  const previewing = useMutation({
    mutationFn: ({ input, name }: { input: string; name: string | undefined }) => previewImport(workspaceId, accessKey, input, name),
    onSuccess: (answer) => setShown(answer),
  });
  const creation = useMutation({
    mutationFn: () => createImport(workspaceId, accessKey, text, filename, identity?.name),
    onSuccess: ({ unit }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.units(workspaceId) });
      void navigate(unitPath(workspaceId, unit.id, accessKey));
    },
  });
  // One problem at a time: each step puts away the others' before it starts.
  const serverError = previewing.error ?? creation.error;
  const problem: Problem | null = fileProblem ?? (serverError ? { kind: 'server', error: serverError } : null);
  const clearProblems = () => {
    setFileProblem(null);
    previewing.reset();
    creation.reset();
  };

  const preview = (input: string, name: string | undefined) => {
    clearProblems();
    previewing.mutate({ input, name });
  };

  const takeFile = async (file: File) => {
    clearProblems();
    const read = await readImportFile(file);
    if (!read.ok) {
      setFileProblem({ kind: 'file', reason: read.reason, filename: read.filename });
      return;
    }
    setText(read.text);
    setFilename(read.filename);
    preview(read.text, read.filename);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) {
      void takeFile(file);
      return;
    }
    const dropped = event.dataTransfer.getData('text/plain');
    if (dropped) {
      setText(dropped);
      setFilename(undefined);
    }
  };

  const create = () => {
    clearProblems();
    creation.mutate();
  };

  // Still creating once created, while the unit's page opens.
  const creating = creation.isPending || creation.isSuccess;
  const busy = previewing.isPending || creating;

  return (
    <dialog ref={dialog} className="dialog dialog--wide" aria-labelledby={`${id}-title`} data-testid="import-dialog" onClose={onClose}>
      <h2 id={`${id}-title`}>{t('importUnit.title')}</h2>
      {shown === null ? (
        <form
          className="import-form"
          onSubmit={(event) => {
            event.preventDefault();
            preview(text, filename);
          }}
        >
          <p>{t('importUnit.intro')}</p>
          <div
            className={dragging ? 'drop-zone drop-zone--active' : 'drop-zone'}
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
            data-testid="import-drop-zone"
          >
            <label htmlFor={`${id}-file`}>{t('importUnit.file')}</label>
            <p className="hint" id={`${id}-file-hint`}>{t('importUnit.fileHint')}</p>
            <input
              id={`${id}-file`}
              type="file"
              accept=".txt,.md,.markdown,.json,text/plain,text/markdown,application/json"
              aria-describedby={`${id}-file-hint`}
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                if (file) void takeFile(file);
              }}
              data-testid="import-file"
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-text`}>{t('importUnit.paste')}</label>
            <p className="hint" id={`${id}-text-hint`}>{t('importUnit.pasteHint')}</p>
            <textarea
              id={`${id}-text`}
              rows={10}
              value={text}
              onChange={(event) => {
                setText(event.currentTarget.value);
                setFilename(undefined);
              }}
              aria-describedby={`${id}-text-hint`}
              spellCheck={false}
              data-testid="import-text"
            />
          </div>
          {problem && <ProblemNotice problem={problem} />}
          <div className="actions">
            <button type="submit" className="button--primary" disabled={busy || !text.trim()} data-testid="import-preview-button">
              {previewing.isPending ? t('importUnit.previewing') : t('importUnit.preview.action')}
            </button>
            <button type="button" onClick={onClose}>{t('common.cancel')}</button>
          </div>
        </form>
      ) : (
        <>
          <p>{t('importUnit.preview.intro')}</p>
          <ImportPreview preview={shown} filename={filename} />
          {problem && <ProblemNotice problem={problem} />}
          <div className="actions">
            <button type="button" className="button--primary" onClick={create} disabled={busy} data-testid="import-create">
              {creating ? t('importUnit.creating') : t('importUnit.create')}
            </button>
            <button type="button" onClick={() => setShown(null)} disabled={busy}>{t('importUnit.back')}</button>
            <button type="button" onClick={onClose}>{t('common.cancel')}</button>
          </div>
        </>
      )}
    </dialog>
  );
}
