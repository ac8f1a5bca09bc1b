import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addVocabularyEntry } from './studio-api';

type Kind = 'units' | 'regions' | 'sectors';

/** The entry a curator's fields make, shaped as data/vocabulary/<kind>.json wants it. */
export function vocabularyEntry(
  kind: Kind,
  f: { id: string; zh: string; en: string; word: string; enOne: string; places: string },
): Record<string, unknown> {
  const name = { zh: f.zh, en: f.en };
  if (kind === 'sectors') return { id: f.id, name };
  if (kind === 'regions') {
    const places = f.places.split(/[,，、\s]+/u).filter((p) => p !== '');
    return { id: f.id, name, places };
  }
  return {
    id: f.id,
    name,
    zh: { value: `{{value}}${f.word}` },
    en: { ...(f.enOne ? { one: `{{value}} ${f.enOne}` } : {}), other: `{{value}} ${f.en}` },
    printed: [f.word],
  };
}

/**
 * Adding a sector, unit or region with both names. The vocabulary is checked with the new entry
 * as check:data would; on success the page reloads the vocabulary (and the dev server the strings).
 */
export function VocabularyPanel({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation('studio');
  const ids = {
    kind: useId(),
    id: useId(),
    zh: useId(),
    en: useId(),
    word: useId(),
    one: useId(),
    places: useId(),
  };
  const [kind, setKind] = useState<Kind>('units');
  const [fields, setFields] = useState({ id: '', zh: '', en: '', word: '', enOne: '', places: '' });
  const [messages, setMessages] = useState<string[]>([]);
  const field = (key: keyof typeof fields, id: string, label: string) => (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={fields[key]}
        onChange={(e) => setFields({ ...fields, [key]: e.target.value })}
      />
    </>
  );
  return (
    <details className="studio-vocabulary">
      <summary>{t('vocabulary.heading')}</summary>
      <div className="studio-form">
        <label htmlFor={ids.kind}>{t('vocabulary.kind')}</label>
        <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          {(['units', 'regions', 'sectors'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`vocabulary.kinds.${k}`)}
            </option>
          ))}
        </select>
        {field('id', ids.id, t('vocabulary.id'))}
        {field('zh', ids.zh, t('vocabulary.nameZh'))}
        {field('en', ids.en, kind === 'units' ? t('vocabulary.enPlural') : t('vocabulary.nameEn'))}
        {kind === 'units' && field('enOne', ids.one, t('vocabulary.enOne'))}
        {kind === 'units' && field('word', ids.word, t('vocabulary.word'))}
        {kind === 'regions' && field('places', ids.places, t('vocabulary.places'))}
        <div aria-live="polite">
          {messages.length > 0 && (
            <ul>
              {messages.map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          )}
        </div>
        <button
          type="button"
          onClick={() => {
            const entry = vocabularyEntry(
              kind,
              kind === 'units' ? { ...fields, zh: fields.zh || fields.word } : fields,
            );
            addVocabularyEntry(kind, entry)
              .then((result) => {
                if (result.added) {
                  setMessages([t('vocabulary.added', { id: fields.id })]);
                  onAdded();
                } else setMessages(result.problems);
              })
              .catch((e: unknown) => setMessages([String(e)]));
          }}
        >
          {t('vocabulary.add')}
        </button>
      </div>
    </details>
  );
}
