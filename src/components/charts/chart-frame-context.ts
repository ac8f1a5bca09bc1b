import { createContext, useContext } from 'react';

export interface ChartFrameContextValue {
  /** The drawing calls this with its <svg> once drawn (and null when it goes away). */
  reportDrawn: (svg: SVGSVGElement | null) => void;
  /** Ids of the frame's title and description, for the drawing's accessible name. */
  titleId: string;
  descriptionId: string;
}

export const ChartFrameContext = createContext<ChartFrameContextValue | null>(null);

/** The enclosing ChartFrame, if any (a drawing also works on its own, e.g. in tests). */
export function useChartFrame(): ChartFrameContextValue | null {
  return useContext(ChartFrameContext);
}
