import { shapeAdjustments } from './adjustments-state';
import { shapeAmounts } from './amounts-state';
import type { ShapeContext, ShapedChart } from './chart-state';
import { shapeImplied } from './implied-state';
import type { ChartPlan } from './overview-plan';
import { shapeRates } from './rates-state';
import { shapeTimeline } from './timeline-state';

/** Shapes a planned chart for drawing, by its kind. */
export function shapeChart(plan: ChartPlan, ctx: ShapeContext): ShapedChart {
  switch (plan.kind) {
    case 'implied':
      return shapeImplied(plan, ctx);
    case 'amounts':
      return shapeAmounts(plan, ctx);
    case 'rates':
      return shapeRates(plan, ctx);
    case 'adjustments':
      return shapeAdjustments(plan, ctx);
    case 'timeline':
      return shapeTimeline(plan, ctx);
  }
}
