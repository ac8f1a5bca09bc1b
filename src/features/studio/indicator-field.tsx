import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposedIndicator } from '../../curate/indicators';
import type { Problem } from '../../data/provenance/problem';
import type { IndicatorEntry, Vocabulary } from '../../data/vocabulary';
import type { Lang } from '../../i18n/languages';
import { Problems } from './fields';
import { addVocabularyEntry } from './studio-api';
import type { IndicatorFields, IndicatorOptions } from './studio-state';

/** The select's value for "New indicator…": no indicator id has a space. */
export const NEW_INDICATOR = 'new indicator';

/**
 * The figure's indicator: the sector's indicators that fit its measure and unit (best match
 * first, the drafter's choice marked), the sector's others, this draft's proposals and "New
 * indicator…". A proposal is reviewed below the select and added to the vocabulary from there,
 * as the vocabulary panel adds a unit.
 */
export function IndicatorField({
  value,
  options,
  vocabulary,
  problems,
  lang,
  onChoose,
  onNew,
  toEntry,
  onAdded,
}: {
  value: string;
  options: IndicatorOptions;
  vocabulary: Vocabulary;
  problems: readonly Problem[];
  lang: Lang;
  onChoose: (id: string) => void;
  onNew: () => void;
  /** The vocabulary entry a proposal becomes with the curator's fields. */
  toEntry: (proposal: ProposedIndicator, fields: IndicatorFields) => IndicatorEntry;
  /** The proposal is in the vocabulary now, as `id`. */
  onAdded: (proposalId: string, id: string) => void;
}) {
  const { t } = useTranslation('studio');
  const id = useId();
  const [added, setAdded] = useState<string | null>(null);
  const { fitting, suggested, others, proposed } = options;
  const listed = new Set([
    ...fitting.map((f) => f.indicator.id),
    ...others.map((o) => o.id),
    ...proposed.map((p) => p.id),
  ]);
  const proposal = proposed.find((p) => p.id === value);
  const describedBy = [problems.length > 0 ? `${id}-problems` : '', suggested ? `${id}-hint` : '']
    .filter((x) => x !== '')
    .join(' ');
  return (
    <div className={`studio-field studio-indicator${problems.length > 0 ? ' has-problem' : ''}`}>
      <label htmlFor={id}>{t('figure.indicator')}</label>
      <select
        id={id}
        value={value}
        aria-invalid={problems.length > 0}
        aria-describedby={describedBy || undefined}
        onChange={(e) => (e.target.value === NEW_INDICATOR ? onNew() : onChoose(e.target.value))}
      >
        {!listed.has(value) && (
          <option value={value}>{value === '' ? t('indicator.none') : value}</option>
        )}
        {fitting.length > 0 && (
          <optgroup label={t('indicator.fitting')}>
            {fitting.map((f) => (
              <option key={f.indicator.id} value={f.indicator.id}>
                {f === suggested
                  ? t('indicator.suggestedOption', {
                      name: f.indicator.name[lang],
                      id: f.indicator.id,
                    })
                  : `${f.indicator.name[lang]} (${f.indicator.id})`}
              </option>
            ))}
          </optgroup>
        )}
        {others.length > 0 && (
          <optgroup label={t('indicator.others')}>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {`${o.name[lang]} (${o.id})`}
              </option>
            ))}
          </optgroup>
        )}
        {proposed.length > 0 && (
          <optgroup label={t('indicator.proposed')}>
            {proposed.map((p) => (
              <option key={p.id} value={p.id}>
                {t('indicator.proposedOption', { name: p.name.zh, id: p.id })}
              </option>
            ))}
          </optgroup>
        )}
        <option value={NEW_INDICATOR}>{t('indicator.new')}</option>
      </select>
      {suggested && (
        <p id={`${id}-hint`} className="studio-hint">
          {t('indicator.suggestion', {
            name: suggested.indicator.name[lang],
            id: suggested.indicator.id,
            words: suggested.pieces.join(lang === 'zh' ? '、' : ', '),
          })}
        </p>
      )}
      <Problems id={`${id}-problems`} problems={problems} />
      <p aria-live="polite" className="studio-hint">
        {added !== null && !proposal ? t('vocabulary.added', { id: added }) : ''}
      </p>
      {proposal && (
        <ProposalForm
          key={proposal.id}
          proposal={proposal}
          vocabulary={vocabulary}
          lang={lang}
          toEntry={toEntry}
          onAdded={(proposalId, entryId) => {
            setAdded(entryId);
            onAdded(proposalId, entryId);
          }}
        />
      )}
    </div>
  );
}

/** A proposed indicator's names, unit and measure, and the button that adds it. */
function ProposalForm({
  proposal,
  vocabulary,
  lang,
  toEntry,
  onAdded,
}: {
  proposal: ProposedIndicator;
  vocabulary: Vocabulary;
  lang: Lang;
  toEntry: (proposal: ProposedIndicator, fields: IndicatorFields) => IndicatorEntry;
  onAdded: (proposalId: string, id: string) => void;
}) {
  const { t } = useTranslation('studio');
  const ids = { id: useId(), zh: useId(), en: useId(), unit: useId(), measure: useId() };
  // The drafter leaves the English as a TODO: the field starts empty for the curator to write.
  const [fields, setFields] = useState<IndicatorFields>({
    id: proposal.id,
    zh: proposal.name.zh,
    en: proposal.name.en.startsWith('TODO') ? '' : proposal.name.en,
    unit: proposal.unit,
    measure: proposal.measure,
  });
  const [messages, setMessages] = useState<string[]>([]);
  const set = (key: keyof IndicatorFields) => (e: { target: { value: string } }) =>
    setFields({ ...fields, [key]: e.target.value });
  const select = (
    key: 'unit' | 'measure',
    entries: readonly { id: string; name: { zh: string; en: string } }[],
  ) => (
    <select id={ids[key]} value={fields[key]} onChange={set(key)}>
      {!entries.some((e) => e.id === fields[key]) && (
        <option value={fields[key]}>{fields[key]}</option>
      )}
      {entries.map((e) => (
        <option key={e.id} value={e.id}>
          {`${e.name[lang]} (${e.id})`}
        </option>
      ))}
    </select>
  );
  const ready = fields.id !== '' && fields.zh !== '' && fields.en !== '';
  const changes = toEntry(proposal, fields).changes ?? [];
  return (
    <fieldset className="studio-form studio-proposal">
      <legend>{t('indicator.proposalHeading', { id: proposal.id })}</legend>
      <p>{t('indicator.proposalIntro')}</p>
      <label htmlFor={ids.id}>{t('indicator.id')}</label>
      <input id={ids.id} value={fields.id} onChange={set('id')} />
      <label htmlFor={ids.zh}>{t('indicator.nameZh')}</label>
      <input id={ids.zh} value={fields.zh} onChange={set('zh')} />
      <label htmlFor={ids.en}>{t('indicator.nameEn')}</label>
      <input id={ids.en} value={fields.en} onChange={set('en')} />
      <label htmlFor={ids.unit}>{t('indicator.unit')}</label>
      {select('unit', vocabulary.units)}
      <label htmlFor={ids.measure}>{t('indicator.measure')}</label>
      {select('measure', vocabulary.measures)}
      {changes.length > 0 && (
        <p className="studio-hint">
          {t('indicator.changes', {
            changes: changes
              .map((m) => vocabulary.measures.find((x) => x.id === m)?.name[lang] ?? m)
              .join(lang === 'zh' ? '、' : ', '),
          })}
        </p>
      )}
      <div aria-live="polite">
        {messages.length > 0 && (
          <ul className="studio-field-problems">
            {messages.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        )}
      </div>
      <button
        type="button"
        aria-disabled={!ready}
        onClick={() => {
          if (!ready) {
            setMessages([t('indicator.fillIn')]);
            return;
          }
          addVocabularyEntry('indicators', toEntry(proposal, fields))
            .then((result) => {
              if (result.added) onAdded(proposal.id, fields.id);
              else setMessages(result.problems);
            })
            .catch((e: unknown) => setMessages([String(e)]));
        }}
      >
        {t('indicator.add')}
      </button>
    </fieldset>
  );
}
