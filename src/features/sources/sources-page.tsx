import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { articleTexts, loadArticleTexts } from '../../data/article-texts';
import { useAppStore } from '../../store/app-store';
import { ArticleIndex } from './article-index';
import { ArticleList } from './article-list';
import {
  articleOf,
  lookupItem,
  mapArticle,
  orderArticles,
  quoteRangesOf,
  sourceOf,
} from './article-map';
import { ArticleReader } from './article-reader';
import { FigurePanel } from './figure-panel';
import type { PageModule } from '../../store/url-state';
import './sources.css';

/**
 * The sources view: the four articles in full, a chosen figure's quote highlighted in its
 * article and its details beside it (`?figure=<id>`), or one article to read (`?article=<id>`).
 */
export function SourcesPage() {
  const { t } = useTranslation('sources');
  const lang = useAppStore((s) => s.route.lang);
  const figureParam = useAppStore((s) => s.route.params.figure);
  const articleParam = useAppStore((s) => s.route.params.article);
  const figures = useAppStore((s) => s.figures);
  const figureIds = useAppStore((s) => s.figureIds);
  const events = useAppStore((s) => s.events);
  const articles = useAppStore((s) => s.articles);

  const eventsById = useMemo(() => new Map(events.map((e) => [e.id, e])), [events]);
  const ordered = useMemo(() => orderArticles(articles), [articles]);

  const item = figureParam ? lookupItem(figureParam, figures, eventsById) : undefined;
  const unknownFigure = figureParam !== undefined && item === undefined;
  const unknownArticle = articleParam !== undefined && !articles.has(articleParam);
  const itemArticle = item ? articleOf(item.id, figures, eventsById) : undefined;
  const articleId =
    (itemArticle && articles.has(itemArticle) ? itemArticle : undefined) ??
    (articleParam && articles.has(articleParam) ? articleParam : undefined) ??
    ordered[0]?.id;
  const article = articleId ? articles.get(articleId) : undefined;
  const texts = articleTexts();
  const text =
    articleId && Object.hasOwn(texts.texts, articleId) ? texts.texts[articleId] : undefined;

  const map =
    articleId && text !== undefined
      ? mapArticle(articleId, text, figureIds, figures, events)
      : { items: [], quoted: [] };

  const activeIds = new Set<string>();
  if (item) {
    activeIds.add(item.id);
    if (item.kind === 'figure') item.figure.derived?.inputs.forEach((id) => activeIds.add(id));
  }
  const active =
    item && articleId && text !== undefined
      ? quoteRangesOf(item.id, articleId, text, figures, eventsById)
      : [];
  const quoted = map.quoted.filter((q) => !activeIds.has(q.id));
  const nameOf = (id: string) =>
    figures.get(id)?.name[lang] ?? eventsById.get(id)?.name[lang] ?? id;

  return (
    <section className="sources-page" aria-labelledby="page-title">
      <h1 id="page-title">{t('title')}</h1>
      <p className="sources-intro">{t('intro')}</p>
      {unknownFigure || unknownArticle ? (
        <div className="notice" role="status">
          {unknownFigure ? <p>{t('notice.unknownFigure', { id: figureParam })}</p> : null}
          {unknownArticle ? <p>{t('notice.unknownArticle', { id: articleParam })}</p> : null}
        </div>
      ) : null}
      <ArticleList articles={ordered} selectedId={articleId} lang={lang} />
      {article ? (
        <div className="sources-layout">
          <div className="sources-side">
            {item ? (
              <FigurePanel
                item={item}
                lang={lang}
                figures={figures}
                quoteFound={sourceOf(item) === undefined || active.length > 0}
              />
            ) : (
              <p className="panel-none">{t('panel.none')}</p>
            )}
            <ArticleIndex
              items={map.items}
              selectedId={item?.id}
              lang={lang}
              figures={figures}
              eventsById={eventsById}
            />
          </div>
          <ArticleReader
            article={article}
            text={text}
            textProblem={texts.problem}
            lang={lang}
            quoted={quoted}
            active={active}
            nameOf={nameOf}
            focusKey={`${article.id}|${item?.id ?? ''}`}
          />
        </div>
      ) : (
        <p className="notice">{t('article.empty')}</p>
      )}
    </section>
  );
}

// The page renders once the texts have arrived, fetched as soon as this chunk has.
export const page: PageModule = { component: SourcesPage, prepare: loadArticleTexts };
