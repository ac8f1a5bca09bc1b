import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Figure } from '../../data/schema';
import {
  formatBasis,
  formatPeriod,
  formatQualifier,
  formatRegion,
  formatValue,
} from '../../format';
import { useAppStore } from '../../store/app-store';
import { describeFormula } from '../charts/formula';
import { AppLink } from './app-link';
import '../charts/charts.css';

export interface FigureCardProps {
  figure: Figure;
  /** Heading level of the figure's name within the page (default 3). */
  headingLevel?: 2 | 3 | 4;
  className?: string;
}

/**
 * One figure as a card: name, formatted value, qualifier in words, period, region, 口径, a
 * "computed" badge with the formula for a derived figure, and a link to its source.
 */
export function FigureCard({ figure, headingLevel = 3, className }: FigureCardProps) {
  const { t } = useTranslation('charts');
  const lang = useAppStore((s) => s.route.lang);
  const figures = useAppStore((s) => s.figures);
  const nameId = useId();
  const Heading = `h${headingLevel}` as const;
  const name = figure.name[lang];
  const formula = figure.derived
    ? describeFormula(figure.derived.formula, (id) => {
        const input = figures.get(id);
        return input ? t('formula.term', { name: input.name[lang] }) : undefined;
      })
    : undefined;
  const classes = ['figure-card', figure.derived ? 'is-derived' : '', className ?? '']
    .filter(Boolean)
    .join(' ');

  return (
    <article className={classes} aria-labelledby={nameId} data-figure-id={figure.id}>
      <Heading id={nameId} className="figure-card-name">
        {name}
      </Heading>
      <p className="figure-card-value">{formatValue(figure, lang, t, { title: name })}</p>
      {formula !== undefined && (
        <>
          <p className="figure-card-badge">{t('card.computed')}</p>
          <p className="figure-card-formula">{t('card.formula', { formula })}</p>
        </>
      )}
      <dl className="figure-card-facts">
        {/* The value already reads "over …"; a bare printed number needs no "exact" line. */}
        {figure.qualifier !== 'exact' && !figure.derived && (
          <>
            <dt>{t('card.qualifier')}</dt>
            <dd>{formatQualifier(figure.qualifier, t)}</dd>
          </>
        )}
        <dt>{t('card.period')}</dt>
        <dd>{formatPeriod(figure.period, t)}</dd>
        <dt>{t('card.region')}</dt>
        <dd>{formatRegion(figure.region, t)}</dd>
        {figure.basis && figure.basis.length > 0 && (
          <>
            <dt>{t('card.basis')}</dt>
            <dd>{figure.basis.map((b) => formatBasis(b, t)).join(t('card.listSeparator'))}</dd>
          </>
        )}
      </dl>
      {figure.note && <p className="figure-card-note">{figure.note[lang]}</p>}
      <AppLink
        className="figure-card-source"
        to={{ view: 'sources', params: { figure: figure.id } }}
        aria-label={t('card.sourceOf', { name })}
      >
        {t('card.source')}
      </AppLink>
    </article>
  );
}
