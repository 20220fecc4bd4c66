import { openThread } from '@minga/doc-model';
import { PROPOSABLE_FIELDS } from '@minga/schema';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { CommentTarget } from './commentTargets.ts';
import { CommentTextArea } from './CommentTextArea.tsx';

interface NewThreadFormProps {
  commentsDoc: Y.Doc;
  targets: readonly CommentTarget[];
  me: string;
}

/** Opens a thread on a part of the unit, with a message and, on plain text, maybe a proposed replacement. */
export function NewThreadForm({ commentsDoc, targets, me }: NewThreadFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [targetIndex, setTargetIndex] = useState(0);
  const [text, setText] = useState('');
  const [proposing, setProposing] = useState(false);
  const [proposal, setProposal] = useState('');
  const [sent, setSent] = useState(false);
  const target = targets[targetIndex] ?? targets[0];
  const canPropose = target !== undefined && PROPOSABLE_FIELDS.includes(target.anchor.field);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!target || !text.trim()) return;
    openThread(commentsDoc, {
      anchor: target.anchor,
      author: me,
      text,
      ...(canPropose && proposing ? { proposal } : {}),
      now: new Date().toISOString(),
    });
    setText('');
    setProposal('');
    setProposing(false);
    setSent(true);
  };
  return (
    <form className="comments__new" onSubmit={submit} data-testid="new-thread">
      <label htmlFor={`${id}-target`}>{t('comments.new.target')}</label>
      <select
        id={`${id}-target`}
        value={targetIndex}
        onChange={(event) => {
          setTargetIndex(Number(event.target.value));
          setProposing(false);
        }}
        data-testid="new-thread-target"
      >
        {targets.map((option, index) => <option key={`${option.anchor.field}-${option.anchor.itemId ?? ''}`} value={index}>{option.label}</option>)}
      </select>
      <CommentTextArea
        id={`${id}-text`}
        label={t('comments.new.text')}
        value={text}
        rows={3}
        onChange={(value) => {
          setText(value);
          setSent(false);
        }}
        placeholder={t('comments.new.placeholder')}
        testId="new-thread-text"
      />
      {canPropose && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={proposing}
            onChange={(event) => {
              setProposing(event.target.checked);
              if (event.target.checked && !proposal) setProposal(target?.current ?? '');
            }}
            data-testid="new-thread-propose"
          />
          {t('comments.new.propose')}
        </label>
      )}
      {canPropose && proposing && (
        <CommentTextArea id={`${id}-proposal`} label={t('comments.new.proposal')} value={proposal} rows={2} maxLength={1000} onChange={setProposal} testId="new-thread-proposal" />
      )}
      <button type="submit" disabled={!text.trim()} data-testid="new-thread-submit">{t('comments.new.submit')}</button>
      <p className="hint" role="status">{sent && t('comments.new.sent')}</p>
    </form>
  );
}
