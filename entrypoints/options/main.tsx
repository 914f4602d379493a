import { render } from 'preact';
import { browserGetReportText } from '../../components/get-report-text-services';
import { Options } from '../../components/Options';
import { openDatabase } from '../../lib/data/db';
import '../../assets/ui.css';

render(<Options getReportText={browserGetReportText(openDatabase())} />, document.getElementById('app')!);
