import { render } from 'preact';
import { Popup } from '../../components/Popup';
import '../../assets/ui.css';

render(<Popup />, document.getElementById('app')!);
