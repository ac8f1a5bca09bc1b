import './styles.css';
import { startStudio } from './features/studio/start-studio';

// The curation studio's entry (studio/index.html, served by `npm run studio` only).
void startStudio(document.getElementById('root') as HTMLElement);
