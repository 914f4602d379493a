/** Options: whether pages are annotated as they load, cards open on hover, references without positions are highlighted. */
import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../lib/i18n';
import { t } from '../lib/i18n';
import { DEFAULT_READING_OPTIONS, readingOptions, setReadingOption, type ReadingOptions } from '../lib/reading-options';

const CHOICES: { name: keyof ReadingOptions; label: MessageKey; hint?: MessageKey }[] = [
  { name: 'autoAnnotate', label: 'optionsAutoAnnotate', hint: 'optionsAutoAnnotateHint' },
  { name: 'hoverCards', label: 'optionsHoverCards', hint: 'optionsHoverCardsHint' },
  { name: 'highlightWithoutPositions', label: 'optionsHighlightWithout' },
];

export function ReadingOptionsForm() {
  const [options, setOptions] = useState<ReadingOptions>(DEFAULT_READING_OPTIONS);
  useEffect(() => {
    void readingOptions().then(setOptions, () => undefined);
  }, []);
  return (
    <section aria-labelledby="reading-heading">
      <h2 id="reading-heading">{t('optionsReading')}</h2>
      {CHOICES.map(({ name, label, hint }) => (
        <p key={name} class="option">
          <label>
            <input
              type="checkbox"
              checked={options[name]}
              aria-describedby={hint ? `${name}-hint` : undefined}
              onChange={(event) => {
                const value = event.currentTarget.checked;
                setOptions({ ...options, [name]: value });
                void setReadingOption(name, value);
              }}
            />{' '}
            {t(label)}
          </label>
          {hint && (
            <>
              <br />
              <small id={`${name}-hint`}>{t(hint)}</small>
            </>
          )}
        </p>
      ))}
      <p class="hint">{t('optionsReadingHint')}</p>
    </section>
  );
}
