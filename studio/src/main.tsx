import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import { render } from 'preact';
import { App } from './app.tsx';
import './styles.css';

render(<App />, document.getElementById('app')!);
