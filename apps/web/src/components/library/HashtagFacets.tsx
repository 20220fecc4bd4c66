import { useTranslation } from 'react-i18next';

interface HashtagFacetsProps {
  facets: { tag: string; count: number }[];
  /** The hashtag the results are narrowed to, or empty. */
  selected: string;
  onSelect: (tag: string) => void;
}

const MAX_FACETS = 24;

/** The hashtags of the units found, with how many carry each: one press narrows to it, another widens again. */
export function HashtagFacets({ facets, selected, onSelect }: HashtagFacetsProps) {
  const { t } = useTranslation();
  const shown = facets.slice(0, MAX_FACETS);
  if (selected && !shown.some((facet) => facet.tag === selected)) shown.unshift({ tag: selected, count: 0 });
  if (shown.length === 0) return null;
  return (
    <nav className="library-facets" aria-label={t('libraryPage.facets.label')}>
      <ul>
        {shown.map(({ tag, count }) => {
          const pressed = tag === selected;
          return (
            <li key={tag}>
              <button
                type="button"
                className="facet"
                aria-pressed={pressed}
                onClick={() => onSelect(pressed ? '' : tag)}
                data-testid="hashtag-facet"
                data-tag={tag}
              >
                <span>#{tag}</span>
                <span className="facet__count">
                  <span aria-hidden="true">{count}</span>
                  <span className="visually-hidden">{t('libraryPage.facets.count', { count })}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
