import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadAllInto } from '../../data/bundled';
import type { Figure } from '../../data/schema';
import { useAppStore, useAppStoreApi } from '../../store/app-store';
import './share.css';

const FORMATS = ['csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

const MIME: Record<Format, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

/** Browsers need the object URL for a moment after the click starts the download. */
const REVOKE_AFTER_MS = 10_000;

/** Saves text as a file through a temporary object URL and a download link. Browser only. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL?.(url), REVOKE_AFTER_MS);
}

interface DownloadMenuProps {
  /** The figures the view shows now, after its filters, in the view's order. */
  inView: readonly Figure[];
  /** Names the view's filter in file names: `cement`, `cement-power`; `all` when unfiltered. */
  scope: string;
  /** Heading level, so the menu fits the outline of the page it sits in. */
  headingLevel?: 2 | 3;
  /** The heading's id (by default a generated one). */
  headingId?: string;
}

/**
 * CSV and JSON downloads of the figures in view and of all figures. CSV cells are in the page's
 * language; JSON holds the figures exactly as the data files do.
 */
export function DownloadMenu({
  inView,
  scope,
  headingLevel = 2,
  headingId: id,
}: DownloadMenuProps) {
  const { t } = useTranslation('share');
  const store = useAppStoreApi();
  const lang = useAppStore((s) => s.route.lang);
  const allCount = useAppStore((s) => s.counts.figures);
  const [started, setStarted] = useState('');
  const generatedId = useId();
  const headingId = id ?? generatedId;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // When nothing is filtered the view is every figure: one set of buttons is enough.
  const filtered = !(scope === 'all' && inView.length === allCount);

  const save = async (figures: readonly Figure[], fileScope: string, format: Format) => {
    // The CSV and JSON writers load on the first download, not with the page.
    const { dataFileName, figuresToRows, toCsv, toJson } = await import('../../format/export');
    const fileName = dataFileName(fileScope, lang, format);
    const text =
      format === 'csv'
        ? toCsv(figuresToRows(figures, lang, t, store.getState().articles))
        : toJson(figures, { source: t('download.jsonSource') });
    downloadText(text, fileName, MIME[format]);
    setStarted(t('download.started', { file: fileName }));
  };

  // A page that started from a part of the data loads the whole first.
  const allFigures = async () => {
    await loadAllInto(store);
    const { figures, figureIds } = store.getState();
    return figureIds.map((id) => figures.get(id)!);
  };

  const group = (kind: 'inView' | 'all', count: number, run: (format: Format) => void) => (
    <div className="download-menu__group" role="group" aria-labelledby={`${headingId}-${kind}`}>
      <span id={`${headingId}-${kind}`} className="download-menu__label">
        {t(`download.${kind}`, { count })}
      </span>
      {FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          className="button"
          aria-label={t(`download.${kind}${format === 'csv' ? 'Csv' : 'Json'}`, { count })}
          onClick={() => run(format)}
        >
          {t(`download.${format}`)}
        </button>
      ))}
    </div>
  );

  return (
    <section className="download-menu no-print" aria-labelledby={headingId}>
      <Heading id={headingId} className="download-menu__heading">
        {t('download.heading')}
      </Heading>
      <div className="download-menu__groups">
        {filtered && group('inView', inView.length, (format) => void save(inView, scope, format))}
        {group(
          'all',
          allCount,
          (format) => void allFigures().then((all) => save(all, 'all', format)),
        )}
      </div>
      <p className="download-menu__note">{t('download.note')}</p>
      <p className="download-menu__status" aria-live="polite">
        {started}
      </p>
    </section>
  );
}
