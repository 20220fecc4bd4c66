import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface LibrarySearchBoxProps {
  /** The words searched for, as the address holds them. */
  value: string;
  onSearch: (q: string) => void;
}

/** How long typing may pause before the search runs: results follow the typing, not each key. */
const DEBOUNCE_MS = 250;

/** The library's search field: results update as one types; Enter searches at once. */
export function LibrarySearchBox({ value, onSearch }: LibrarySearchBoxProps) {
  const { t } = useTranslation();
  const id = useId();
  // What is typed and not yet searched for; null while the field shows the address's words.
  const [typed, setTyped] = useState<string | null>(null);

  useEffect(() => {
    if (typed === null) return;
    const timer = window.setTimeout(() => {
      onSearch(typed);
      setTyped(null);
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [typed, onSearch]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (typed !== null) {
      onSearch(typed);
      setTyped(null);
    }
  };

  return (
    <form role="search" className="library-search" onSubmit={submit}>
      <label htmlFor={id}>{t('libraryPage.search.label')}</label>
      <p className="hint" id={`${id}-hint`}>{t('libraryPage.search.hint')}</p>
      <input
        id={id}
        type="search"
        name="q"
        value={typed ?? value}
        onChange={(event) => setTyped(event.currentTarget.value)}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        spellCheck={false}
        data-testid="library-search"
      />
    </form>
  );
}
