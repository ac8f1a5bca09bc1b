import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../data/provenance/problem';
import { TextField } from './fields';

const KINDS = ['year', 'half', 'months', 'month', 'asOf', 'since', 'toDate'] as const;
type Kind = (typeof KINDS)[number];
type Period = Record<string, unknown> & { kind?: unknown };

/** The fields each kind of period has, in the order they are asked for. */
const FIELDS: Record<Kind, readonly string[]> = {
  year: ['year'],
  half: ['year', 'half'],
  months: ['from', 'to'],
  month: ['date'],
  asOf: ['date'],
  since: ['date'],
  toDate: ['date'],
};

/** A period of another kind, keeping what carries over (the year, a month). */
export function changeKind(period: Period, kind: Kind): Period {
  const year =
    typeof period.year === 'number'
      ? period.year
      : Number(String(period.date ?? period.from ?? '').slice(0, 4)) || new Date().getFullYear();
  const month = String(period.date ?? period.to ?? `${year}-01`).slice(0, 7);
  switch (kind) {
    case 'year':
      return { kind, year };
    case 'half':
      return { kind, year, half: 1 };
    case 'months':
      return { kind, from: `${year}-01`, to: month };
    default:
      return { kind, date: month };
  }
}

/**
 * The period a figure covers, as a form: its kind (year, half, months, month, as of, since, to
 * date), then the year, half, months or date it needs. Check:data's problems show beside it.
 */
export function PeriodField({
  period,
  problems,
  onCommit,
}: {
  period: Period;
  problems: readonly Problem[];
  onCommit: (period: Period) => void;
}) {
  const { t } = useTranslation('studio');
  const id = useId();
  const kind = (KINDS as readonly unknown[]).includes(period.kind) ? (period.kind as Kind) : 'year';
  return (
    <fieldset className="studio-field">
      <legend>{t('period.heading')}</legend>
      <label htmlFor={id}>{t('period.kind')}</label>
      <select
        id={id}
        value={kind}
        onChange={(e) => onCommit(changeKind(period, e.target.value as Kind))}
      >
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`period.kinds.${k}`)}
          </option>
        ))}
      </select>
      {FIELDS[kind].map((field) => (
        <TextField
          key={`${field}=${String(period[field])}`}
          label={t(`period.${field}`)}
          value={period[field] === undefined ? '' : String(period[field])}
          problems={problems.filter((p) => p.path === `period.${field}`)}
          parse={(text) =>
            field === 'year' || field === 'half'
              ? /^\d+$/u.test(text.trim())
                ? { ok: true, value: Number(text.trim()) }
                : { ok: false, error: t('figure.badNumber') }
              : { ok: true, value: text.trim() }
          }
          onCommit={(value) => onCommit({ ...period, kind, [field]: value })}
        />
      ))}
      {problems
        .filter((p) => !FIELDS[kind].some((f) => p.path === `period.${f}`))
        .map((p, i) => (
          <p key={i} className="studio-field-problems">
            {p.message}
          </p>
        ))}
    </fieldset>
  );
}
