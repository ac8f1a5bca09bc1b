import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import type { Figure } from '../../data/schema';
import { AppLink } from '../../components/ui/app-link';
import {
  formatBasis,
  formatEventDate,
  formatPeriod,
  formatQualifier,
  formatRegion,
  formatValue,
} from '../../format';
import type { Lang } from '../../i18n/languages';
import { sourceOf, type SourceItem } from './article-map';
import { symbolizeFormula } from './formula';

interface Props {
  item: SourceItem;
  lang: Lang;
  figures: ReadonlyMap<string, Figure>;
  /** Whether the quote was found in the article text (it is highlighted there). */
  quoteFound: boolean;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="panel-field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function FigureLink({ id, figures, lang }: { id: string; figures: Props['figures']; lang: Lang }) {
  const figure = figures.get(id);
  return (
    <AppLink to={{ view: 'sources', params: { figure: id, article: undefined } }}>
      {figure ? figure.name[lang] : id}
    </AppLink>
  );
}

/** Everything known about the chosen figure or milestone, beside the article it is quoted from. */
export function FigurePanel({ item, lang, figures, quoteFound }: Props) {
  const { t } = useTranslation('sources');
  const source = sourceOf(item);
  const name = item.kind === 'figure' ? item.figure.name : item.event.name;
  const sector = item.kind === 'figure' ? item.figure.sector : item.event.sector;
  const figure = item.kind === 'figure' ? item.figure : undefined;
  const indicator = useAppStore((s) => s.indicators.get(figure?.indicator ?? ''));
  const asPrinted = item.kind === 'figure' ? item.figure.asPrinted : item.event.asPrinted;

  return (
    <section className="figure-panel" aria-labelledby="figure-panel-title">
      <p className="panel-kicker">
        {t(item.kind === 'figure' ? 'panel.figureKicker' : 'panel.eventKicker')}
      </p>
      <h2 id="figure-panel-title">{name[lang]}</h2>
      <p className="panel-value">
        {item.kind === 'figure'
          ? formatValue(item.figure, lang, t, { title: name[lang] })
          : formatEventDate(item.event.date, item.event.datePrecision, t)}
      </p>
      <dl className="panel-fields">
        {figure ? (
          <>
            <Field label={t('panel.period')}>{formatPeriod(figure.period, t)}</Field>
            <Field label={t('panel.region')}>{formatRegion(figure.region, t)}</Field>
            <Field label={t('panel.qualifier')}>{formatQualifier(figure.qualifier, t)}</Field>
            <Field label={t('panel.basis')}>
              {figure.basis && figure.basis.length > 0
                ? figure.basis.map((b) => formatBasis(b, t)).join(t('charts:card.listSeparator'))
                : t('panel.noBasis')}
            </Field>
            <Field label={t('panel.origin')}>
              {t(figure.derived ? 'panel.derived' : 'panel.printed')}
            </Field>
            {figure.changeOf ? (
              <Field label={t('panel.changeOf')}>
                <FigureLink id={figure.changeOf} figures={figures} lang={lang} />
              </Field>
            ) : null}
            {figure.reference ? (
              <Field label={t('panel.reference')}>
                <FigureLink id={figure.reference} figures={figures} lang={lang} />
              </Field>
            ) : null}
          </>
        ) : null}
        {asPrinted ? (
          <Field label={t('panel.asPrinted')}>
            <span lang="zh-CN">{asPrinted}</span>
          </Field>
        ) : null}
        {figure?.note ? <Field label={t('panel.note')}>{figure.note[lang]}</Field> : null}
      </dl>

      {source ? (
        <div className="panel-quote">
          <h3>{t('panel.quote')}</h3>
          <blockquote lang="zh-CN">
            <p>{source.quote}</p>
          </blockquote>
          {lang === 'en' ? (
            <div className="panel-gist" lang="en">
              <p className="panel-gist-label">{t('panel.gist')}</p>
              <p>{source.gistEn}</p>
            </div>
          ) : null}
          {quoteFound ? null : (
            <p className="notice" role="status">
              {t('panel.quoteNotFound')}
            </p>
          )}
        </div>
      ) : null}

      {figure?.derived ? (
        <Derivation derived={figure.derived} figures={figures} lang={lang} />
      ) : null}

      <p className="panel-links no-print">
        {figure && (
          <AppLink
            className="button"
            to={{ view: 'indicator', params: { indicator: figure.indicator } }}
          >
            {t('panel.seeIndicator', { name: indicator?.name[lang] ?? figure.indicator })}
          </AppLink>
        )}
        <AppLink className="button" to={{ view: 'table', params: { sector } }}>
          {t('panel.seeInTable')}
        </AppLink>
      </p>
    </section>
  );
}

function Derivation({
  derived,
  figures,
  lang,
}: {
  derived: NonNullable<Figure['derived']>;
  figures: Props['figures'];
  lang: Lang;
}) {
  const { t } = useTranslation('sources');
  const formula = symbolizeFormula(derived.formula, derived.inputs);
  return (
    <div className="panel-derivation">
      <h3>{t('panel.formula')}</h3>
      <p>
        <code className="panel-formula">{formula.text}</code>
      </p>
      <p>{t('panel.where')}</p>
      <ul className="panel-inputs">
        {formula.symbols.map(({ symbol, id }) => {
          const input = figures.get(id);
          return (
            <li key={id}>
              <code>{symbol} =</code> <FigureLink id={id} figures={figures} lang={lang} />
              {input ? (
                <span className="panel-input-value">{formatValue(input, lang, t)}</span>
              ) : null}
            </li>
          );
        })}
      </ul>
      <p className="panel-hint">{t('panel.inputsHint')}</p>
    </div>
  );
}
