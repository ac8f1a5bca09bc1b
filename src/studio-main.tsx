import './styles.css';
import { FigureCharts } from './features/overview/figure-charts';
import { startStudio } from './features/studio/start-studio';

// The curation studio's entry (studio/index.html, served by `npm run studio` only).
// The overview's charts come in from here: a view does not import another view.
void startStudio(document.getElementById('root') as HTMLElement, { ChartPreview: FigureCharts });
