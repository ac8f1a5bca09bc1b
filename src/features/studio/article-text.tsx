import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditedFigure } from './studio-state';

export type FigureStatus = 'drafted' | 'reviewed' | 'problem';
export type TextSelection = { text: string; start: number; end: number };

type Mark = { start: number; end: number; figure: EditedFigure };

function quoteOf(figure: EditedFigure): string {
  const source = figure.source as { quote?: unknown } | undefined;
  return typeof source?.quote === 'string' ? source.quote : '';
}

/**
 * Where each figure sits in the text: its asPrinted inside its quote (else anywhere), taking the
 * next unused occurrence, so a number printed twice highlights twice. Figures whose number is not
 * in the text, or that overlap another's, are left to the list.
 */
export function figureMarks(text: string, figures: readonly EditedFigure[]): Mark[] {
  const marks: Mark[] = [];
  const taken = (start: number, end: number) => marks.some((m) => start < m.end && m.start < end);
  for (const figure of figures) {
    const quote = quoteOf(figure);
    const printed = typeof figure.asPrinted === 'string' ? figure.asPrinted : '';
    if (printed === '') continue;
    let placed = false;
    const inQuote = quote.indexOf(printed);
    if (quote !== '' && inQuote >= 0) {
      for (let at = text.indexOf(quote); at >= 0 && !placed; at = text.indexOf(quote, at + 1)) {
        const start = at + inQuote;
        if (!taken(start, start + printed.length)) {
          marks.push({ start, end: start + printed.length, figure });
          placed = true;
        }
      }
    }
    // A quote being fixed may not hold the number: the number alone still marks the figure.
    for (let at = text.indexOf(printed); at >= 0 && !placed; at = text.indexOf(printed, at + 1)) {
      if (!taken(at, at + printed.length)) {
        marks.push({ start: at, end: at + printed.length, figure });
        placed = true;
      }
    }
  }
  return marks.sort((a, b) => a.start - b.start);
}

/** The text offset of a DOM position inside a paragraph rendered with `data-start`. */
function textOffset(node: Node, offset: number): number | null {
  const element = node instanceof Element ? node : node.parentElement;
  const paragraph = element?.closest<HTMLElement>('[data-start]');
  if (!paragraph) return null;
  const range = document.createRange();
  range.setStart(paragraph, 0);
  range.setEnd(node, offset);
  return Number(paragraph.dataset.start) + range.toString().length;
}

/**
 * The article with each figure highlighted where it is printed: a button (reachable by Tab) that
 * opens the figure, styled by its status. Selecting text reports the selection's offsets.
 */
export function ArticleText({
  text,
  figures,
  status,
  selected,
  onOpen,
  onSelection,
}: {
  text: string;
  figures: readonly EditedFigure[];
  status: (id: string) => FigureStatus;
  selected: string | null;
  onOpen: (id: string) => void;
  onSelection: (selection: TextSelection | null) => void;
}) {
  const { t } = useTranslation('studio');
  const container = useRef<HTMLDivElement>(null);
  const marks = useMemo(() => figureMarks(text, figures), [text, figures]);

  const paragraphs = useMemo(() => {
    const out: { start: number; end: number }[] = [];
    let start = 0;
    for (const line of text.split('\n')) {
      if (line.trim() !== '') out.push({ start, end: start + line.length });
      start += line.length + 1;
    }
    return out;
  }, [text]);

  // The selection is read as it changes, by mouse or keyboard (Shift+arrows in caret browsing).
  useEffect(() => {
    const read = () => {
      const selection = window.getSelection();
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
      const range = selection.getRangeAt(0);
      if (!container.current?.contains(range.commonAncestorContainer)) return;
      const start = textOffset(range.startContainer, range.startOffset);
      const end = textOffset(range.endContainer, range.endOffset);
      if (start === null || end === null || end <= start) return;
      onSelection({ text: text.slice(start, end), start, end });
    };
    document.addEventListener('selectionchange', read);
    return () => document.removeEventListener('selectionchange', read);
  }, [text, onSelection]);

  return (
    <div ref={container} className="studio-text" lang="zh-CN">
      {paragraphs.map((p) => {
        const inside = marks.filter((m) => m.start >= p.start && m.end <= p.end);
        const pieces: React.ReactNode[] = [];
        let at = p.start;
        for (const m of inside) {
          if (m.start > at) pieces.push(text.slice(at, m.start));
          const s = status(m.figure.id);
          pieces.push(
            <button
              key={`${m.figure.id}@${m.start}`}
              type="button"
              className={`studio-mark is-${s}${selected === m.figure.id ? ' is-selected' : ''}`}
              aria-pressed={selected === m.figure.id}
              aria-label={t('text.figureButton', {
                asPrinted: text.slice(m.start, m.end),
                status: t(`status.${s}`),
              })}
              onClick={() => onOpen(m.figure.id)}
            >
              {text.slice(m.start, m.end)}
            </button>,
          );
          at = m.end;
        }
        if (at < p.end) pieces.push(text.slice(at, p.end));
        return (
          <p key={p.start} data-start={p.start}>
            {pieces}
          </p>
        );
      })}
    </div>
  );
}
