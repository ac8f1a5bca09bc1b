import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFrame } from '../../components/charts/chart-frame';
import type { ShapeContext } from './chart-state';
import type { ChartPlan } from './overview-plan';
import { shapeChart } from './shape-chart';

/** One chart of a section, shaped from its plan when it renders. */
export function OverviewChart({ plan, ctx }: { id: string; plan: ChartPlan; ctx: ShapeContext }) {
  const { t } = useTranslation('overview');
  const chart = useMemo(() => shapeChart(plan, ctx), [plan, ctx]);
  return (
    <ChartFrame
      id={chart.id}
      title={chart.title}
      subtitle={chart.subtitle}
      description={chart.description}
      legend={chart.legend}
      table={chart.table}
      source={chart.source}
      drawing={{
        chart: chart.spec,
        height: chart.height,
        summary: chart.summary,
        summaryLabel: t('charts:loading'),
      }}
    />
  );
}
