import type { TFunction } from 'i18next';
import { Fragment } from 'react';
import { OPERATOR_SIGN, formulaParts } from '../../components/charts/formula';
import { AppLink } from '../../components/ui/app-link';
import type { Derivation, Localized, Source } from '../../data/schema';
import type { Lang } from '../../i18n/languages';
import { useAppStore } from '../../store/app-store';

/** A derived figure's formula with each input shown by name and linked to its own source. */
export function Formula({ derived, lang }: { derived: Derivation; lang: Lang }) {
  const figures = useAppStore((s) => s.figures);
  return (
    <span className="formula">
      {formulaParts(derived.formula).map((part, i) => {
        if (part.kind === 'operator') {
          return <Fragment key={i}>{` ${OPERATOR_SIGN[part.operator]} `}</Fragment>;
        }
        if (part.kind === 'text') return <Fragment key={i}>{part.text}</Fragment>;
        const input = derived.inputs.includes(part.id) ? figures.get(part.id) : undefined;
        if (!input) return <Fragment key={i}>{part.id}</Fragment>;
        return (
          <AppLink key={i} to={{ view: 'sources', params: { figure: input.id } }}>
            {input.name[lang]}
          </AppLink>
        );
      })}
    </span>
  );
}

interface SourceCellProps {
  /** The table's `t` (namespace `table`): one translation hook per table, not one per cell. */
  t: TFunction<'table'>;
  /** The figure or event the row states. */
  item: { id: string; name: Localized; source?: Source; derived?: Derivation };
  lang: Lang;
}

/**
 * Where a row comes from: the quoted clause in Chinese (with an English gist, marked as a
 * translation, on English pages) or, for a computed value, its formula; and a link to the
 * passage in the article.
 */
export function SourceCell({ t, item, lang }: SourceCellProps) {
  const { id, name, source, derived } = item;
  return (
    <div className="source-cell">
      {derived && (
        <p>
          <span className="cell-label">{t('cell.formula')}</span>{' '}
          <Formula derived={derived} lang={lang} />
        </p>
      )}
      {source && (
        <p className="quote">
          <q lang="zh-CN">{source.quote}</q>
        </p>
      )}
      {source && lang === 'en' && (
        <p className="gist">
          <span className="cell-label">{t('cell.translation')}</span> {source.gistEn}
        </p>
      )}
      <p>
        <AppLink to={{ view: 'sources', params: { figure: id } }}>
          {t('cell.sourceLink')}
          <span className="visually-hidden">{t('cell.sourceLinkFor', { name: name[lang] })}</span>
        </AppLink>
      </p>
    </div>
  );
}
