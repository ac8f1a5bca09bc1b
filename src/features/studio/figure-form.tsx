import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../data/provenance/problem';
import { QUALIFIERS } from '../../data/vocab';
import type { IndicatorEntry, Vocabulary } from '../../data/vocabulary';
import type { ProposedIndicator } from '../../curate/indicators';
import { Problems, TextField, readPath } from './fields';
import { IndicatorField } from './indicator-field';
import { PeriodField } from './period-field';
import type { EditedFigure, IndicatorFields, IndicatorOptions } from './studio-state';

/** What the Indicator field needs beyond the figure (see IndicatorField). */
export type IndicatorProps = {
  options: IndicatorOptions;
  onNew: () => void;
  toEntry: (proposal: ProposedIndicator, fields: IndicatorFields) => IndicatorEntry;
  onAdded: (proposalId: string, id: string) => void;
};

/** The fields the form edits, as JSON paths of a figure (problems are matched by path). */
export const FIELDS = [
  'id',
  'indicator',
  'name.zh',
  'name.en',
  'value',
  'asPrinted',
  'unit',
  'measure',
  'qualifier',
  'period',
  'region',
  'basis',
  'changeOf',
  'note.zh',
  'note.en',
  'source.quote',
  'source.gistEn',
] as const;
export type FieldPath = (typeof FIELDS)[number];

/** The field a problem's path (`value`, `source.quote`, `period.year`) belongs to. */
export function fieldOf(path: string): FieldPath | null {
  return (
    FIELDS.find((f) => path === f || path.startsWith(`${f}.`) || path.startsWith(`${f}[`)) ?? null
  );
}

/** The patch that sets `path` to `value` (nested objects copied, empty notes removed). */
function patchFor(figure: EditedFigure, path: FieldPath, value: unknown): Record<string, unknown> {
  const [head, child] = path.split('.') as [string, string | undefined];
  if (child === undefined) return { [head]: value };
  const current = (figure[head] as Record<string, unknown> | undefined) ?? {};
  return { [head]: { ...current, [child]: value } };
}

/** `1.5` → 1.5, `20–30` → { min: 20, max: 30 }; null when it is neither. */
export function parseValue(text: string): number | { min: number; max: number } | null {
  const range = /^\s*(-?[\d.]+)\s*[–—~-]\s*(-?[\d.]+)\s*$/u.exec(text);
  if (range) {
    const [min, max] = [Number(range[1]), Number(range[2])];
    return Number.isFinite(min) && Number.isFinite(max) ? { min, max } : null;
  }
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isFinite(n) ? n : null;
}

function showValue(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && 'min' in value && 'max' in value) {
    const r = value as { min: unknown; max: unknown };
    return `${String(r.min)}–${String(r.max)}`;
  }
  return '';
}

function SelectField({
  label,
  value,
  options,
  problems,
  onCommit,
}: {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  problems: readonly Problem[];
  onCommit: (value: string) => void;
}) {
  const id = useId();
  const known = options.some((o) => o.value === value);
  return (
    <div className={`studio-field${problems.length > 0 ? ' has-problem' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={problems.length > 0}
        aria-describedby={problems.length > 0 ? `${id}-problems` : undefined}
        onChange={(e) => onCommit(e.target.value)}
      >
        {!known && <option value={value}>{value}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Problems id={`${id}-problems`} problems={problems} />
    </div>
  );
}

/** Every field of one figure, each with the problems check:data finds in it. */
export function FigureForm({
  figure,
  others,
  vocabulary,
  problems,
  lang,
  indicator,
  onPatch,
  onRename,
}: {
  figure: EditedFigure;
  others: readonly string[];
  vocabulary: Vocabulary;
  problems: readonly Problem[];
  lang: 'zh' | 'en';
  indicator: IndicatorProps;
  onPatch: (patch: Record<string, unknown>) => void;
  onRename: (id: string) => void;
}) {
  const { t } = useTranslation('studio');
  // A number missing from its quote concerns the quote as much as asPrinted: shown at both. A
  // figure that disagrees with its indicator (sector, unit, measure…) is shown at the indicator
  // too: either may be what is wrong.
  const at = (path: FieldPath) =>
    problems.filter(
      (p) =>
        fieldOf(p.path) === path ||
        (path === 'source.quote' &&
          fieldOf(p.path) === 'asPrinted' &&
          /in its quote/u.test(p.message)) ||
        (path === 'indicator' &&
          fieldOf(p.path) !== 'indicator' &&
          /disagrees with indicator|lacks .* which every figure of indicator/u.test(p.message)),
    );
  const text = (path: FieldPath, options: { multiline?: boolean } = {}) => (
    <TextField
      key={`${path}=${String(readPath(figure, path))}`}
      label={t(`figure.${labelKey(path)}`)}
      value={typeof readPath(figure, path) === 'string' ? (readPath(figure, path) as string) : ''}
      problems={at(path)}
      multiline={options.multiline}
      onCommit={(v) => (path === 'id' ? onRename(v as string) : onPatch(patchFor(figure, path, v)))}
    />
  );
  const names = (entries: readonly { id: string; name: { zh: string; en: string } }[]) =>
    entries.map((e) => ({ value: e.id, label: `${e.name[lang]} (${e.id})` }));
  const basis = Array.isArray(figure.basis) ? (figure.basis as string[]) : [];
  const basisId = useId();
  return (
    <div className="studio-form studio-figure-form">
      {text('id')}
      {text('name.zh')}
      {text('name.en')}
      <TextField
        key={`value=${showValue(figure.value)}`}
        label={t('figure.value')}
        value={showValue(figure.value)}
        problems={at('value')}
        parse={(s) => {
          const v = parseValue(s);
          return v === null ? { ok: false, error: t('figure.badNumber') } : { ok: true, value: v };
        }}
        onCommit={(v) => onPatch({ value: v })}
      />
      {text('asPrinted')}
      <SelectField
        label={t('figure.unit')}
        value={String(figure.unit ?? '')}
        options={names(vocabulary.units)}
        problems={at('unit')}
        onCommit={(v) => onPatch({ unit: v })}
      />
      <SelectField
        label={t('figure.measure')}
        value={String(figure.measure ?? '')}
        options={names(vocabulary.measures)}
        problems={at('measure')}
        onCommit={(v) => onPatch({ measure: v })}
      />
      <IndicatorField
        value={String(figure.indicator ?? '')}
        options={indicator.options}
        vocabulary={vocabulary}
        problems={at('indicator')}
        lang={lang}
        onChoose={(v) => onPatch({ indicator: v })}
        onNew={indicator.onNew}
        toEntry={indicator.toEntry}
        onAdded={indicator.onAdded}
      />
      <SelectField
        label={t('figure.qualifier')}
        value={String(figure.qualifier ?? '')}
        options={QUALIFIERS.map((q) => ({ value: q, label: q }))}
        problems={at('qualifier')}
        onCommit={(v) => onPatch({ qualifier: v })}
      />
      <PeriodField
        period={(figure.period as Record<string, unknown> | undefined) ?? {}}
        problems={at('period')}
        onCommit={(period) => onPatch({ period })}
      />
      <SelectField
        label={t('figure.region')}
        value={String(figure.region ?? '')}
        options={names(vocabulary.regions)}
        problems={at('region')}
        onCommit={(v) => onPatch({ region: v })}
      />
      <fieldset
        className="studio-field"
        aria-describedby={at('basis').length > 0 ? basisId : undefined}
      >
        <legend>{t('figure.basis')}</legend>
        {vocabulary.bases.map((b) => (
          <label key={b.id} className="studio-check">
            <input
              type="checkbox"
              checked={basis.includes(b.id)}
              onChange={(e) => {
                const next = e.target.checked ? [...basis, b.id] : basis.filter((x) => x !== b.id);
                onPatch({ basis: next.length > 0 ? next : undefined });
              }}
            />
            {b.name[lang]}
          </label>
        ))}
        <Problems id={basisId} problems={at('basis')} />
      </fieldset>
      <SelectField
        label={t('figure.changeOf')}
        value={String(figure.changeOf ?? '')}
        options={[
          { value: '', label: t('figure.noChangeOf') },
          ...others.map((o) => ({ value: o, label: o })),
        ]}
        problems={at('changeOf')}
        onCommit={(v) => onPatch({ changeOf: v === '' ? undefined : v })}
      />
      {text('note.zh', { multiline: true })}
      {text('note.en', { multiline: true })}
      {text('source.quote', { multiline: true })}
      {text('source.gistEn', { multiline: true })}
    </div>
  );
}

function labelKey(path: FieldPath): string {
  const keys: Record<string, string> = {
    'name.zh': 'nameZh',
    'name.en': 'nameEn',
    'note.zh': 'noteZh',
    'note.en': 'noteEn',
    'source.quote': 'quote',
    'source.gistEn': 'gistEn',
  };
  return keys[path] ?? path;
}
