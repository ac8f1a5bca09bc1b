import { useMemo } from 'react';
import { DownloadMenu } from '../../components/ui/download-menu';
import { useAppStore } from '../../store/app-store';
import { figuresInView, type ComparePanel, type CompareItem } from './compare-state';

/** A short name for download files: the chosen sectors and figures, or `compare`. */
function downloadScope(items: readonly CompareItem[]): string {
  const parts = items.map((i) => (i.kind === 'sector' ? i.sector : i.id.replace(/\./g, '-')));
  const scope = parts.join('-').slice(0, 60).replace(/-+$/, '');
  return scope ? `compare-${scope}` : 'compare';
}

/** CSV and JSON of the figures the chosen items show; of every figure when none are chosen. */
export function CompareDownloads({
  id,
  items,
  panels,
}: {
  /** The id of the menu's heading. */
  id: string;
  items: readonly CompareItem[];
  panels: readonly ComparePanel[];
}) {
  const figures = useAppStore((s) => s.figures);
  const figureIds = useAppStore((s) => s.figureIds);
  const allFigures = useMemo(
    () => figureIds.flatMap((id) => figures.get(id) ?? []),
    [figureIds, figures],
  );
  const inView = useMemo(
    () => figuresInView(panels).flatMap((id) => figures.get(id) ?? []),
    [panels, figures],
  );
  // Nothing chosen, or every figure in view: the menu offers one set, all figures.
  return (
    <DownloadMenu
      headingId={id}
      inView={inView.length > 0 ? inView : allFigures}
      scope={
        inView.length === 0 || inView.length === allFigures.length ? 'all' : downloadScope(items)
      }
    />
  );
}
