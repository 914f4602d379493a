import { render } from 'preact';
import { SidePanel } from '../../components/SidePanel';
import '../../assets/ui.css';

render(<SidePanel />, document.getElementById('app')!);
