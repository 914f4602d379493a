import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import { openDatabase } from '../../lib/data/db';
import '../../assets/ui.css';

render(<Popup database={openDatabase()} />, document.getElementById('app')!);
