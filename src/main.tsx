import './styles.css';
import { start } from './client';

// In a build this module is only fetched once the prerendered page has painted: each page's HTML
// loads it from an inline script (see afterFirstPaint in src/app/after-first-paint.ts).
void start();
