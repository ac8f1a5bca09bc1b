import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../components/ui/app-link';
import { formatSector } from '../../format';
import { useAppStore } from '../../store/app-store';
import { SectorSection, sectorAnchor } from './sector-section';
import { useOverview } from './use-overview';
import type { PageModule } from '../../store/url-state';
import './overview.css';

/**
 * The overview: a jump list of sectors, then one section per sector led by its indicators, with
 * charts of their latest values. `?sector=<id>` scrolls to that section, highlights it and moves focus to its heading.
 */
export function OverviewPage() {
  const { t } = useTranslation('overview');
  const selected = useAppStore((s) => s.route.params.sector);
  const sections = useOverview();

  useEffect(() => {
    if (!selected) return;
    const section = document.getElementById(sectorAnchor(selected));
    if (!section) return;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
    section.scrollIntoView?.({ behavior: reduce ? 'auto' : 'smooth', block: 'start' });
    section.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }, [selected]);

  return (
    <div className="overview">
      <header className="overview-header">
        <h1 id="page-title">{t('title')}</h1>
        <p className="overview-intro">{t('intro')}</p>
        <nav className="sector-nav" aria-label={t('sectorNav.label')}>
          <p className="sector-nav-heading">{t('sectorNav.heading')}</p>
          <ul>
            {sections.map((view) => (
              <li key={view.sector}>
                <AppLink
                  className="control"
                  to={{ view: 'overview', params: { sector: view.sector } }}
                  aria-current={selected === view.sector ? 'true' : undefined}
                >
                  <span className="sector-nav-name">{formatSector(view.sector, t)}</span>
                  <span className="sector-nav-count">
                    {t('sectorNav.count', { count: view.indicatorCount })}
                  </span>
                </AppLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {sections.map((view) => (
        // A boundary per section lets React hydrate the sections one at a time, yielding to the
        // browser between them, instead of in one long task.
        <Suspense key={view.sector} fallback={null}>
          <SectorSection view={view} selected={selected === view.sector} />
        </Suspense>
      ))}
    </div>
  );
}

export const page: PageModule = { component: OverviewPage };
