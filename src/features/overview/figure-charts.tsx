import { chartFigureIds } from './overview-plan';
import { OverviewChart } from './overview-chart';
import { useOverview } from './use-overview';
import './overview.css';

/**
 * The overview's charts that show one figure, drawn exactly as the overview draws them, for the
 * curation studio's preview (the studio's entry passes it in; the readers' pages do not use it).
 */
export function FigureCharts({ figureId }: { figureId: string }) {
  const views = useOverview();
  const charts = views.flatMap((view) =>
    view.charts
      .filter((plan) => chartFigureIds(plan).includes(figureId))
      .map((plan) => ({ plan, ctx: view.ctx })),
  );
  if (charts.length === 0) return null;
  return (
    <div className="overview-charts">
      {charts.map(({ plan, ctx }) => (
        <OverviewChart key={plan.id} id={plan.id} plan={plan} ctx={ctx} />
      ))}
    </div>
  );
}
