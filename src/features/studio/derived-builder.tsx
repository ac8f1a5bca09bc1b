import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vocabulary } from '../../data/vocabulary';
import type { Lang } from '../../i18n/languages';
import { computeFormula, derivedFigure, type EditedFigure, type Session } from './studio-state';

const OPERATORS = ['+', '-', '*', '/', '(', ')'] as const;

/**
 * A derived figure, built from other figures: pick a figure and insert its id, insert operators,
 * and see the value the formula gives before adding it.
 */
export function DerivedBuilder({
  session,
  vocabulary,
  lang,
  onAdd,
}: {
  session: Session;
  vocabulary: Vocabulary;
  lang: Lang;
  onAdd: (figure: EditedFigure) => void;
}) {
  const { t } = useTranslation('studio');
  const ids = {
    id: useId(),
    zh: useId(),
    en: useId(),
    formula: useId(),
    pick: useId(),
    unit: useId(),
    measure: useId(),
  };
  const [id, setId] = useState('');
  const [nameZh, setNameZh] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [formula, setFormula] = useState('');
  const [pick, setPick] = useState(session.dataset.figures[0]?.id ?? '');
  const [unit, setUnit] = useState(vocabulary.units[0]?.id ?? '');
  const [measure, setMeasure] = useState(vocabulary.measures[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const insert = (piece: string) =>
    setFormula((f) => `${f}${f === '' || f.endsWith(' ') ? '' : ' '}${piece} `);
  const computed = formula.trim() === '' ? null : computeFormula(session, formula);
  const names = (entries: readonly { id: string; name: { zh: string; en: string } }[]) =>
    entries.map((e) => (
      <option key={e.id} value={e.id}>
        {`${e.name[lang]} (${e.id})`}
      </option>
    ));
  return (
    <details className="studio-derived">
      <summary>{t('derived.heading')}</summary>
      <div className="studio-form">
        <label htmlFor={ids.id}>{t('derived.id')}</label>
        <input id={ids.id} value={id} onChange={(e) => setId(e.target.value)} />
        <label htmlFor={ids.zh}>{t('figure.nameZh')}</label>
        <input id={ids.zh} value={nameZh} onChange={(e) => setNameZh(e.target.value)} />
        <label htmlFor={ids.en}>{t('figure.nameEn')}</label>
        <input id={ids.en} value={nameEn} onChange={(e) => setNameEn(e.target.value)} />
        <label htmlFor={ids.pick}>{t('derived.figure')}</label>
        <div className="studio-row">
          <select id={ids.pick} value={pick} onChange={(e) => setPick(e.target.value)}>
            {session.dataset.figures.map((f) => (
              <option key={f.id} value={f.id}>
                {`${f.id} · ${String(f.asPrinted ?? '')}`}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => pick && insert(pick)}>
            {t('derived.insert')}
          </button>
        </div>
        <div className="studio-row" role="group" aria-label={t('derived.operators')}>
          {OPERATORS.map((op) => (
            <button key={op} type="button" onClick={() => insert(op)}>
              {op}
            </button>
          ))}
        </div>
        <label htmlFor={ids.formula}>{t('derived.formula')}</label>
        <input id={ids.formula} value={formula} onChange={(e) => setFormula(e.target.value)} />
        <p aria-live="polite">
          {computed === null
            ? ''
            : 'error' in computed
              ? t('derived.error', { message: computed.error })
              : t('derived.value', { value: computed.value })}
        </p>
        <label htmlFor={ids.unit}>{t('figure.unit')}</label>
        <select id={ids.unit} value={unit} onChange={(e) => setUnit(e.target.value)}>
          {names(vocabulary.units)}
        </select>
        <label htmlFor={ids.measure}>{t('figure.measure')}</label>
        <select id={ids.measure} value={measure} onChange={(e) => setMeasure(e.target.value)}>
          {names(vocabulary.measures)}
        </select>
        {error && <p role="alert">{error}</p>}
        <button
          type="button"
          onClick={() => {
            const figure = derivedFigure(session, {
              id,
              name: { zh: nameZh, en: nameEn },
              formula: formula.trim(),
              unit,
              measure,
            });
            if ('error' in figure && typeof figure.error === 'string')
              setError(t('derived.error', { message: figure.error }));
            else {
              setError(null);
              onAdd(figure as EditedFigure);
            }
          }}
        >
          {t('derived.add')}
        </button>
      </div>
    </details>
  );
}
