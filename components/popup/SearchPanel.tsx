/**
 * The search box: answers as the user types, over positions, report paragraphs and notes.
 * A combobox with a listbox of results: ArrowUp/ArrowDown choose, Enter opens, Escape clears.
 */
import { useMemo, useState } from 'preact/hooks';
import { formatDay, formatMoment } from '../../lib/format-date';
import { t, tp, uiLanguage } from '../../lib/i18n';
import { formatParagraphKey } from '../../lib/paragraph-key';
import { paragraphLabel, paragraphNumber } from '../../lib/paragraph-label';
import { looksFrench } from '../../lib/search/looks-french';
import { NO_FILTERS, search, themesOf, type SearchAnswer, type SearchFilters, type SearchHit } from '../../lib/search/query';
import { resultParagraphWording } from '../../lib/search/result-wording';
import type { SearchEntry, SearchIndex } from '../../lib/search/search-index';
import { themeLabel } from '../../lib/theme-label';
import { FilterSelect, ReportFilter } from '../FilterSelect';
import { Highlighted } from '../Highlighted';

export interface SearchPanelProps {
  index: SearchIndex;
  /** Changes when the index does (a note written elsewhere), so that results follow. */
  revision: number;
  onActivate(entry: SearchEntry): void;
  /** Text to put in the box (choosing a report paragraph searches for it). */
  query: string;
  onQuery(query: string): void;
}

const LISTBOX_ID = 'search-results';
const optionId = (i: number) => `search-result-${i}`;

export function SearchPanel({ index, revision, onActivate, query, onQuery }: SearchPanelProps) {
  const [filters, setFilters] = useState<SearchFilters>(NO_FILTERS);
  const [active, setActive] = useState(-1);
  const answer = useMemo(() => search(index, query, filters), [index, revision, query, filters]);
  const themes = useMemo(() => themesOf(index), [index, revision]);
  const hits = answer.hits;
  const current = active >= 0 && active < hits.length ? active : -1;

  const update = (next: Partial<SearchFilters>) => {
    setFilters({ ...filters, ...next });
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = current === -1 ? (step === 1 ? 0 : hits.length - 1) : (current + step + hits.length) % hits.length;
      setActive(next);
      document.getElementById(optionId(next))?.scrollIntoView?.({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      const hit = hits[current === -1 ? 0 : current];
      if (hit) {
        event.preventDefault();
        onActivate(hit.entry);
      }
    } else if (event.key === 'Escape' && query) {
      event.preventDefault();
      onQuery('');
      setActive(-1);
    }
  };

  const typed = query.trim() !== '';
  const filtered = Boolean(filters.report || filters.theme || filters.notesOnly);
  return (
    <section class="search" aria-label={t('searchRegion')}>
      <label class="search-label" for="search-box">
        {t('searchLabel')}
      </label>
      <input
        id="search-box"
        class="search-box"
        type="search"
        role="combobox"
        autoComplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={hits.length > 0}
        aria-controls={LISTBOX_ID}
        aria-activedescendant={current === -1 ? undefined : optionId(current)}
        aria-describedby="search-hint"
        placeholder={t('searchPlaceholder')}
        value={query}
        onInput={(event) => {
          onQuery(event.currentTarget.value);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        // The popup opens on the search box: typing starts at once.
        autoFocus
      />
      <p id="search-hint" class="hint">
        {t('searchHint')}
      </p>
      <div class="filters">
        <ReportFilter value={filters.report} onChange={(report) => update({ report })} />
        <FilterSelect
          label={t('filterTheme')}
          value={filters.theme}
          options={themes.map((theme) => ({ value: theme, label: themeLabel(theme) }))}
          onChange={(value) => update({ theme: value })}
        />
        <label class="checkbox">
          <input type="checkbox" checked={filters.notesOnly} onChange={(event) => update({ notesOnly: event.currentTarget.checked })} />
          {t('filterNotesOnly')}
        </label>
      </div>
      <p class="result-count" role="status">
        {typed || filtered ? resultCount(answer.total, answer.paragraph) : ''}
      </p>
      <ul id={LISTBOX_ID} class="results" role="listbox" aria-label={t('searchResults')}>
        {hits.map((hit, i) => (
          <Result key={hit.entry.id} hit={hit} id={optionId(i)} selected={i === current} onChoose={() => onActivate(hit.entry)} />
        ))}
      </ul>
      {!typed && !filtered && <p class="empty">{t('searchEmptyState')}</p>}
      {(typed || filtered) && hits.length === 0 && <p class="empty">{nothingFound(answer.paragraph, query)}</p>}
    </section>
  );
}

/** Why nothing was found: a paragraph nothing is on yet, or words, French ones among them, that match nothing. */
function nothingFound(paragraph: SearchAnswer['paragraph'], query: string): string {
  if (paragraph) {
    const number = paragraphNumber(paragraph.para, paragraph.sub);
    const key = paragraph.report ? formatParagraphKey({ ...paragraph, version: null }) : null;
    return t('searchParagraphEmpty', [key ? paragraphLabel(key) : t('paragraphLabel', [number])]);
  }
  return looksFrench(query) || uiLanguage().startsWith('fr') ? t('searchNoResultsFrench') : t('searchNoResults');
}

function resultCount(total: number, paragraph: { para: number; sub: string | null } | null): string {
  if (paragraph) return tp('searchParagraphCount', total, [paragraphNumber(paragraph.para, paragraph.sub)]);
  return tp('searchResultCount', total);
}

const KIND_LABELS = { position: 'resultPosition', paragraph: 'resultParagraph', note: 'resultNote' } as const;

function Result({ hit, id, selected, onChoose }: { hit: SearchHit; id: string; selected: boolean; onChoose(): void }) {
  const { entry, terms } = hit;
  const [first, ...others] = entry.keys;
  return (
    <li id={id} role="option" aria-selected={selected} class={`result result-${entry.kind}`} onClick={onChoose}>
      <span class="result-where">
        <span class="result-kind">{t(KIND_LABELS[entry.kind])}</span>
        {first ? ` · ${resultParagraphWording(entry, first)}` : ''}
        {others.length > 0 ? ` ${tp('resultMoreParagraphs', others.length)}` : ''}
      </span>
      {entry.title && (
        <span class="result-title">
          <Highlighted text={entry.title} terms={terms} maxLength={140} />
        </span>
      )}
      {entry.date && (
        <time class="result-date" dateTime={entry.date}>
          {entry.kind === 'note' ? formatMoment(entry.date) : formatDay(entry.date)}
        </time>
      )}
      <span class="result-snippet">
        <Highlighted text={entry.text} terms={terms} />
      </span>
    </li>
  );
}
