import { useTranslation } from 'react-i18next';
import type { Problem } from '../../data/provenance/problem';
import { TextField, readPath } from './fields';

type Path =
  | 'title.zh'
  | 'title.en'
  | 'publication.date'
  | 'publication.outlet'
  | 'publication.note.zh'
  | 'publication.note.en';
const PATHS: readonly Path[] = [
  'title.zh',
  'title.en',
  'publication.date',
  'publication.outlet',
  'publication.note.zh',
  'publication.note.en',
];

/** `sidecar` with `path` set to `value`, nested objects copied. */
export function setPath(
  sidecar: Record<string, unknown>,
  path: readonly string[],
  value: unknown,
): Record<string, unknown> {
  const [head, ...rest] = path as [string, ...string[]];
  if (rest.length === 0) return { ...sidecar, [head]: value };
  const inner = (sidecar[head] as Record<string, unknown> | undefined) ?? {};
  return { ...sidecar, [head]: setPath(inner, rest, value) };
}

/**
 * The article's sidecar (seeds/<id>.json): its title in both languages and what is known of its
 * publication. Date and outlet are `null` when the article does not print them.
 */
export function ArticlePanel({
  sidecar,
  problems,
  onChange,
}: {
  sidecar: Record<string, unknown>;
  problems: readonly Problem[];
  onChange: (sidecar: Record<string, unknown>) => void;
}) {
  const { t } = useTranslation('studio');
  const at = (path: Path) =>
    problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`));
  return (
    <details className="studio-article" open={problems.length > 0}>
      <summary>
        <h2>{t('article.heading')}</h2>
      </summary>
      {PATHS.map((path) => {
        const value = readPath(sidecar, path);
        const nullable = path === 'publication.date' || path === 'publication.outlet';
        return (
          <TextField
            key={`${path}=${String(value)}`}
            label={t(`article.${path.replace(/\./gu, '_')}`)}
            value={typeof value === 'string' ? value : ''}
            problems={at(path)}
            multiline={path.startsWith('publication.note')}
            onCommit={(v) =>
              onChange(setPath(sidecar, path.split('.'), nullable && v === '' ? null : v))
            }
          />
        );
      })}
    </details>
  );
}
