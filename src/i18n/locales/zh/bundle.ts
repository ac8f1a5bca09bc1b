import { PROJECT_VOCABULARY } from '../../../data/vocabulary';
import { withVocabulary } from '../../vocabulary-strings';

/** All namespaces of this language, bundled into one chunk (see ../../bundles.ts). */
const NAMESPACES = import.meta.glob<Record<string, unknown>>('./*.json', {
  eager: true,
  import: 'default',
});

/** The namespace files, with the vocabulary's names and unit templates merged into `format`. */
export const FILES = Object.fromEntries(
  Object.entries(NAMESPACES).map(([path, json]) => [
    path,
    path.endsWith('/format.json') ? withVocabulary(json, PROJECT_VOCABULARY, 'zh') : json,
  ]),
);
