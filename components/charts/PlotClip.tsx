import { useId, type ReactNode } from 'react';

/** A group whose drawing is clipped to the plot area, so lines and shapes never spill over the axes. */
export function PlotClip({ className, plot, children }: { className: string; plot: { x: number; y: number; width: number; height: number }; children: ReactNode }) {
  const id = useId();
  return (
    <g className={className}>
      <defs>
        <clipPath id={id}>
          <rect x={plot.x} y={plot.y} width={plot.width} height={plot.height} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${id})`}>{children}</g>
    </g>
  );
}
