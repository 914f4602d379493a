import { render } from 'preact';
import { SidePanel } from '../../components/sidepanel/SidePanel';
import { openDatabase } from '../../lib/data/db';
import { speakUiLanguage } from '../../lib/document-language';
import { t } from '../../lib/i18n';
import { tabFromQuery } from '../../lib/tabs/viewed-tab';
import '../../assets/ui.css';

speakUiLanguage(document, t('pageTitleSidePanel'));

// `sidepanel.html?tab=<id>` stays on that tab (the side panel opened as a tab, e.g. in tests).
render(<SidePanel database={openDatabase()} followActiveTab={tabFromQuery(location.search) === null} />, document.getElementById('app')!);
