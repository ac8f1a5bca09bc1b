import type { TFunction } from 'i18next';
import type { DashboardEvent, Period } from '../data/schema';
import { tf } from './translate';

interface CalendarPoint {
  year: number;
  month?: number;
  day?: number;
}

const DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

function parseDate(date: string): CalendarPoint {
  const match = DATE.exec(date);
  if (!match) throw new Error(`Cannot format date "${date}": expected YYYY, YYYY-MM or YYYY-MM-DD`);
  const [, year, month, day] = match;
  return {
    year: Number(year),
    month: month === undefined ? undefined : Number(month),
    day: day === undefined ? undefined : Number(day),
  };
}

/**
 * Values for the date templates: numbers for Chinese (8月), a short month name for English (Aug).
 * The names come from the locale files rather than Intl.DateTimeFormat: creating the first
 * DateTimeFormat is a long main-thread task in Chromium, paid while the page hydrates.
 */
function dateValues(point: CalendarPoint, t: TFunction): Record<string, string> {
  const values: Record<string, string> = { year: String(point.year) };
  if (point.month !== undefined) {
    values.month = String(point.month);
    values.monthName = tf(t, `date.monthShort.${point.month}`);
  }
  if (point.day !== undefined) values.day = String(point.day);
  return values;
}

/** A date at its own precision: 2022年 / 2022, 2023年8月 / Aug 2023, 2023年8月20日 / 20 Aug 2023. */
export function formatDate(date: string, t: TFunction): string {
  const point = parseDate(date);
  const key = point.day !== undefined ? 'day' : point.month !== undefined ? 'month' : 'year';
  return tf(t, `date.${key}`, dateValues(point, t));
}

/** The period a figure covers: 2023年上半年 / H1 2023, 2023年1—7月 / Jan–Jul 2023, 截至2022年底 / as of end-2022. */
export function formatPeriod(period: Period, t: TFunction): string {
  switch (period.kind) {
    case 'year':
      return tf(t, 'date.year', { year: String(period.year) });
    case 'half':
      return tf(t, period.half === 1 ? 'period.firstHalf' : 'period.secondHalf', {
        year: String(period.year),
      });
    case 'months': {
      if (period.from === period.to) return formatDate(period.from, t);
      const from = parseDate(period.from);
      const to = parseDate(period.to);
      if (from.year !== to.year) {
        return tf(t, 'period.monthsAcrossYears', {
          from: formatDate(period.from, t),
          to: formatDate(period.to, t),
        });
      }
      const fromValues = dateValues(from, t);
      const toValues = dateValues(to, t);
      return tf(t, 'period.months', {
        year: fromValues.year,
        fromMonth: fromValues.month,
        toMonth: toValues.month,
        fromMonthName: fromValues.monthName,
        toMonthName: toValues.monthName,
      });
    }
    case 'month':
      return formatDate(period.date, t);
    case 'asOf': {
      const point = parseDate(period.date);
      // A bare year means the end of that year (截至2022年底).
      if (point.month === undefined) return tf(t, 'period.asOfYearEnd', dateValues(point, t));
      return tf(t, 'period.asOf', { date: formatDate(period.date, t) });
    }
    case 'since':
      return tf(t, 'period.since', { date: formatDate(period.date, t) });
    case 'toDate':
      return tf(t, 'period.toDate', { date: formatDate(period.date, t) });
    default: {
      const unknown: never = period;
      throw new Error(`Cannot format period ${JSON.stringify(unknown)}: unknown kind`);
    }
  }
}

export type DatePrecision = NonNullable<DashboardEvent['datePrecision']>;

/** A milestone's date: 2023年8月20日 / 20 Aug 2023, 2024年12月底 / end of Dec 2024, 2023年8月20日起 / from 20 Aug 2023. */
export function formatEventDate(
  date: string,
  precision: DatePrecision | undefined,
  t: TFunction,
): string {
  const text = formatDate(date, t);
  if (precision === 'end') return tf(t, 'event.end', { date: text });
  if (precision === 'from') return tf(t, 'event.from', { date: text });
  return text;
}
