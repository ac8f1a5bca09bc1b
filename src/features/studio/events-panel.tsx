import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../data/provenance/problem';
import { EVENT_KINDS } from '../../data/vocab';
import { setPath } from './article-panel';
import { TextField, readPath } from './fields';
import type { EditedEvent } from './studio-state';

const PRECISIONS = ['exact', 'end', 'from'] as const;
const TEXT_FIELDS = [
  'id',
  'date',
  'name.zh',
  'name.en',
  'asPrinted',
  'source.quote',
  'source.gistEn',
] as const;

/** The article's dated milestones: pick one, edit its fields, add one from selected text, delete. */
export function EventsPanel({
  events,
  problems,
  canAdd,
  onAdd,
  onChange,
  onDelete,
}: {
  events: readonly EditedEvent[];
  problems: readonly Problem[];
  canAdd: boolean;
  onAdd: () => void;
  onChange: (id: string, event: EditedEvent) => void;
  onDelete: (id: string) => void;
}) {
  const { t } = useTranslation('studio');
  const listId = useId();
  const [chosen, setChosen] = useState<string>('');
  const event = events.find((e) => e.id === chosen) ?? events[0];
  const index = event ? events.indexOf(event) : -1;
  const at = (path: string) =>
    problems.filter(
      (p) =>
        p.path === `events[${index}].${path}` || p.path.startsWith(`events[${index}].${path}.`),
    );
  return (
    <details className="studio-events">
      <summary>{t('events.heading', { count: events.length })}</summary>
      <div className="studio-form">
        <button type="button" disabled={!canAdd} onClick={onAdd}>
          {t('events.add')}
        </button>
        {event ? (
          <>
            <label htmlFor={listId}>{t('events.list')}</label>
            <select id={listId} value={event.id} onChange={(e) => setChosen(e.target.value)}>
              {events.map((e) => (
                <option key={e.id} value={e.id}>
                  {`${e.id} · ${String(e.asPrinted ?? '')}`}
                </option>
              ))}
            </select>
            {TEXT_FIELDS.map((path) => (
              <TextField
                key={`${event.id}:${path}=${String(readPath(event, path))}`}
                label={t(`events.${path.replace(/\./gu, '_')}`)}
                value={
                  typeof readPath(event, path) === 'string' ? (readPath(event, path) as string) : ''
                }
                problems={at(path)}
                onCommit={(v) => {
                  const next = setPath(event, path.split('.'), v) as EditedEvent;
                  onChange(event.id, next);
                  if (path === 'id') setChosen(String(v));
                }}
              />
            ))}
            <label className="studio-field">
              {t('events.kind')}
              <select
                value={String(event.kind ?? 'policy')}
                onChange={(e) => onChange(event.id, { ...event, kind: e.target.value })}
              >
                {EVENT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`events.kinds.${k}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="studio-field">
              {t('events.precision')}
              <select
                value={String(event.datePrecision ?? 'exact')}
                onChange={(e) =>
                  onChange(event.id, {
                    ...event,
                    datePrecision: e.target.value === 'exact' ? undefined : e.target.value,
                  })
                }
              >
                {PRECISIONS.map((p) => (
                  <option key={p} value={p}>
                    {t(`events.precisions.${p}`)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => onDelete(event.id)}>
              {t('events.delete')}
            </button>
          </>
        ) : (
          <p>{t('events.none')}</p>
        )}
      </div>
    </details>
  );
}
