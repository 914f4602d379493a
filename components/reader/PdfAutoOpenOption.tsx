/** The option (off by default) to open PDFs from the UN document sites in the reader. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { autoOpenEnabled, setAutoOpen } from '../../lib/pdf/auto-open';

export function PdfAutoOpenOption() {
  const [enabled, setEnabled] = useState(false);
  useEffect(() => {
    void autoOpenEnabled().then(setEnabled, () => undefined);
  }, []);
  return (
    <p class="option">
      <label>
        <input
          type="checkbox"
          checked={enabled}
          aria-describedby="pdf-auto-open-hint"
          onChange={(event) => {
            const next = event.currentTarget.checked;
            setEnabled(next);
            void setAutoOpen(next);
          }}
        />{' '}
        {t('optionsPdfAutoOpen')}
      </label>
      <br />
      <small id="pdf-auto-open-hint">{t('optionsPdfAutoOpenHint')}</small>
    </p>
  );
}
