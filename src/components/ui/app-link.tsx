import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { useAppStore } from '../../store/app-store';
import { hrefFor, type RouteTarget } from '../../store/navigation';

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  to: RouteTarget;
  replace?: boolean;
};

/**
 * A real link (works without script, in a new tab, when copied) that navigates in place; in an
 * embed it opens a new tab.
 */
export function AppLink({ to, replace, onClick, children, ...rest }: Props) {
  const route = useAppStore((s) => s.route);
  const navigate = useAppStore((s) => s.navigate);
  const href = hrefFor(route, to);
  // In an embed (an iframe on another site) every link opens the dashboard in a new tab.
  const embedded = route.view === 'embed';
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      embedded ||
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    event.preventDefault();
    void navigate(to, { replace });
  };
  return (
    <a
      href={href}
      onClick={handleClick}
      target={embedded ? '_blank' : undefined}
      rel={embedded ? 'noopener' : undefined}
      {...rest}
    >
      {children}
    </a>
  );
}
