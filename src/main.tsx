// Entry: parse the embedded data at the boundary, then render the app (or say what is wrong).
import { render } from 'solid-js/web';
import { EMBEDDED } from './data/embedded.ts';
import { parseAppData } from './data/appData.ts';
import { App, DataError } from './ui/App.tsx';
import './ui/app.css';

performance.mark('app-start');
const root = document.getElementById('root')!;
const parsed = parseAppData(EMBEDDED);
render(() => (parsed.ok ? <App data={parsed.data} /> : <DataError errors={parsed.errors} />), root);
