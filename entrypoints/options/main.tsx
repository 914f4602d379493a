import { render } from 'preact';
import { browserGetReportText } from '../../components/get-report-text-services';
import { Options } from '../../components/Options';
import { openDatabase } from '../../lib/data/db';
import { speakUiLanguage } from '../../lib/document-language';
import { t } from '../../lib/i18n';
import '../../assets/ui.css';

speakUiLanguage(document, t('optionsTitle'));

render(<Options getReportText={browserGetReportText(openDatabase())} />, document.getElementById('app')!);
