/** The page opened once, on install: what APR Lens does, where, how to use it elsewhere, and that nothing leaves the browser. */
import { browser } from 'wxt/browser';
import { t } from '../lib/i18n';
import { DefaultSites } from './Options';
import { ShortcutHint } from './ShortcutHint';

export function Welcome() {
  return (
    <main class="welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('welcomeWhat')}</p>
      <h2>{t('welcomeWhereHeading')}</h2>
      <p>{t('welcomeWhere')}</p>
      <DefaultSites />
      <h2>{t('welcomeAddHeading')}</h2>
      <p>{t('welcomeAdd')}</p>
      <ShortcutHint />
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('welcomeOpenOptions')}
      </button>
      <h2>{t('welcomePrivacyHeading')}</h2>
      <p>{t('welcomePrivacy')}</p>
    </main>
  );
}
