import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { figureMarks } from './article-text';
import type { EditedFigure } from './studio-state';

/** Where `printed` first occurs in the text outside the figures already marked; -1 if nowhere. */
export function findUnmarked(
  text: string,
  printed: string,
  figures: readonly EditedFigure[],
): number {
  if (printed === '') return -1;
  const marks = figureMarks(text, figures);
  for (let at = text.indexOf(printed); at >= 0; at = text.indexOf(printed, at + 1)) {
    if (!marks.some((m) => at < m.end && m.start < at + printed.length)) return at;
  }
  return -1;
}

/**
 * Adding a missed figure by keyboard: type the number as printed and the studio finds it in the
 * text, as selecting it with a mouse would.
 */
export function FindAndAdd({ onAdd }: { onAdd: (printed: string) => boolean }) {
  const { t } = useTranslation('studio');
  const id = useId();
  const [text, setText] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const add = () => {
    const printed = text.trim();
    if (printed === '') return;
    if (onAdd(printed)) {
      setText('');
      setMissing(null);
    } else setMissing(printed);
  };
  return (
    <div className="studio-find">
      <label htmlFor={id}>{t('text.findLabel')}</label>
      <div>
        <input
          id={id}
          value={text}
          lang="zh-CN"
          aria-describedby={missing ? `${id}-missing` : undefined}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') add();
          }}
        />
        <button type="button" onClick={add}>
          {t('text.findAdd')}
        </button>
      </div>
      {missing !== null && (
        <p id={`${id}-missing`} role="alert">
          {t('text.notFound', { text: missing })}
        </p>
      )}
    </div>
  );
}
