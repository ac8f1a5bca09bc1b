import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../data/schema';
import { AppLink } from '../../components/ui/app-link';
import { formatSector } from '../../format';
import type { Lang } from '../../i18n/languages';
import { publicationLine } from './article-list';
import {
  groupRuns,
  segmentBlock,
  splitArticle,
  type QuotedRange,
  type TextBlock,
  type TextRange,
} from './highlight';

interface Props {
  article: Article;
  text: string | undefined;
  /** Why the texts could not be loaded, if they could not (shown where the text would be). */
  textProblem?: string | null;
  lang: Lang;
  /** Quotes of the article's other figures, linked where they appear. */
  quoted: readonly QuotedRange[];
  /** Quotes of the chosen figure (or of a derived figure's inputs), highlighted. */
  active: readonly TextRange[];
  nameOf: (id: string) => string;
  /** Changes when the chosen figure changes: the highlight is brought into view again. */
  focusKey: string;
}

/** The full text of one article, its chosen figure highlighted and its other figures linked. */
export function ArticleReader({
  article,
  text,
  textProblem = null,
  lang,
  quoted,
  active,
  nameOf,
  focusKey,
}: Props) {
  const { t } = useTranslation('sources');
  const firstMark = useRef<HTMLElement>(null);
  const blocks = useMemo(
    () => (text === undefined ? [] : splitArticle(text, article.title.zh)),
    [text, article.title.zh],
  );
  const titlePrinted = blocks[0]?.kind === 'title';

  useEffect(() => {
    const mark = firstMark.current;
    if (!mark) return;
    const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    mark.scrollIntoView?.({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
    // Screen readers follow focus: land them on the passage, not at the top of the page.
    mark.focus({ preventScroll: true });
  }, [focusKey]);

  // The highlight that comes first in the text is the one brought into view and focused.
  const firstMarkStart = active.length > 0 ? Math.min(...active.map((r) => r.start)) : -1;
  const renderBlock = (block: TextBlock): ReactNode[] => {
    const runs = segmentBlock(text ?? '', block, quoted, active);
    return groupRuns(runs).map((group) => {
      const children = group.runs.map((run) =>
        run.linkId ? (
          <AppLink
            key={run.start}
            className="quote-link"
            to={{ view: 'sources', params: { figure: run.linkId, article: undefined } }}
            title={t('panel.quoteLinkTitle', { name: nameOf(run.linkId) })}
          >
            {run.text}
          </AppLink>
        ) : (
          <span key={run.start}>{run.text}</span>
        ),
      );
      const key = group.runs[0]?.start ?? 0;
      if (!group.marked) return <span key={key}>{children}</span>;
      return (
        <mark
          key={key}
          className="quote-mark"
          tabIndex={-1}
          ref={key === firstMarkStart ? firstMark : undefined}
        >
          {children}
        </mark>
      );
    });
  };

  return (
    <article className="article-reader" aria-labelledby="article-title">
      <header className="article-header">
        <h2 id="article-title">{article.title[lang]}</h2>
        <p className="article-title-original">
          <span className="article-meta-label">
            {t(titlePrinted ? 'article.printedTitle' : 'article.descriptiveTitle')}
          </span>{' '}
          <span lang="zh-CN">{article.title.zh}</span>
        </p>
        <p className="article-meta">
          {t('articleList.meta', {
            sector: formatSector(article.sector, t),
            publication: publicationLine(article.publication, t),
          })}
        </p>
        <details className="article-about">
          <summary>{t('article.aboutLabel')}</summary>
          <p>{article.publication.note[lang]}</p>
        </details>
      </header>
      {text === undefined ? (
        <p className="notice" role="status">
          {textProblem === null
            ? t('article.textMissing')
            : t('article.textFailed', { reason: textProblem })}
        </p>
      ) : (
        <>
          <p className="article-hint no-print">{t('article.readingHint')}</p>
          <section className="article-body" aria-label={t('article.textLabel')}>
            <div lang="zh-CN">
              {blocks.map((block) => {
                if (block.kind === 'title') return null;
                if (block.kind === 'heading')
                  return <h3 key={block.start}>{renderBlock(block)}</h3>;
                return <p key={block.start}>{renderBlock(block)}</p>;
              })}
            </div>
          </section>
        </>
      )}
    </article>
  );
}
