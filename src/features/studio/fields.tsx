import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../data/provenance/problem';
import { problemText } from './problem-text';

/** The value at a dotted path of an object being edited (`name.en`, `publication.note.zh`). */
export function readPath(item: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], item);
}

export function Problems({ id, problems }: { id: string; problems: readonly Problem[] }) {
  const { t, i18n } = useTranslation('studio');
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="studio-field-problems">
      {problems.map((p, i) => (
        <li key={i}>{problemText(p.message, t, i18n.language)}</li>
      ))}
    </ul>
  );
}

/**
 * A text field that commits when it loses focus (one undo step per edit, not per key). Rendered
 * with the value as its key, so an undo or another edit shows the new value.
 */
export function TextField({
  label,
  value,
  problems,
  multiline,
  parse,
  onCommit,
}: {
  label: string;
  value: string;
  problems: readonly Problem[];
  multiline?: boolean;
  parse?: (text: string) => { ok: true; value: unknown } | { ok: false; error: string };
  onCommit: (value: unknown) => void;
}) {
  const id = useId();
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    if (text === value) return;
    const parsed = parse ? parse(text) : { ok: true as const, value: text };
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setError(null);
    onCommit(parsed.value);
  };
  const describedBy = problems.length > 0 || error ? `${id}-problems` : undefined;
  const Input = multiline ? 'textarea' : 'input';
  return (
    <div className={`studio-field${problems.length > 0 || error ? ' has-problem' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <Input
        id={id}
        value={text}
        aria-invalid={problems.length > 0 || error !== null}
        aria-describedby={describedBy}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !multiline) commit();
        }}
      />
      <Problems
        id={`${id}-problems`}
        problems={error ? [...problems, { file: '', path: '', message: error }] : problems}
      />
    </div>
  );
}
