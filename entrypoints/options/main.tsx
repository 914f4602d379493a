import { render } from 'preact';
import { Options } from '../../components/Options';
import { speakUiLanguage } from '../../lib/document-language';
import { t } from '../../lib/i18n';
import '../../assets/ui.css';

speakUiLanguage(document, t('optionsTitle'));

render(<Options />, document.getElementById('app')!);
