import type { WordPart } from '@minga/schema';
import { useTranslation } from 'react-i18next';

/** A word diff: inserted words in <ins>, removed ones in <del>, line breaks kept. */
export function WordDiff({ parts }: { parts: readonly WordPart[] }) {
  const { t } = useTranslation();
  return (
    <p className="word-diff" data-testid="word-diff">
      {parts.map((part, i) => {
        if (part.op === 'added') return <ins key={i} title={t('relay.compare.inserted')}>{part.text}</ins>;
        if (part.op === 'removed') return <del key={i} title={t('relay.compare.removed')}>{part.text}</del>;
        return <span key={i}>{part.text}</span>;
      })}
    </p>
  );
}
