import type { ReactNode, Ref } from 'react';

/** A table's sideways scroller for narrow screens: a region named `label`. */
export function TableScroll({
  label,
  ref,
  children,
}: {
  label: string;
  ref?: Ref<HTMLDivElement>;
  children: ReactNode;
}) {
  return (
    // A scrolling region must take keyboard focus so it can be scrolled without a mouse.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div ref={ref} className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
