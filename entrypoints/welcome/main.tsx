import { render } from 'preact';
import { Welcome } from '../../components/Welcome';
import { speakUiLanguage } from '../../lib/document-language';
import { t } from '../../lib/i18n';
import '../../assets/ui.css';

speakUiLanguage(document, t('welcomeTitle'));
render(<Welcome />, document.getElementById('app')!);
