import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import { openDatabase } from '../../lib/data/db';
import { speakUiLanguage } from '../../lib/document-language';
import { t } from '../../lib/i18n';
import '../../assets/ui.css';

speakUiLanguage(document, t('extName'));

render(<Popup database={openDatabase()} />, document.getElementById('app')!);
