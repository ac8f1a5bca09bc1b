import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../data/schema';
import { AppLink } from '../../components/ui/app-link';
import { formatDate, formatSector } from '../../format';
import type { Lang } from '../../i18n/languages';

/** What is known of where and when an article appeared (for these four articles, neither is printed). */
export function publicationLine(publication: Article['publication'], t: TFunction): string {
  const date = publication.date ? formatDate(publication.date, t) : null;
  const outlet = publication.outlet;
  if (date && outlet) return t('sources:articleList.publication.both', { date, outlet });
  if (date) return t('sources:articleList.publication.dateOnly', { date });
  if (outlet) return t('sources:articleList.publication.outletOnly', { outlet });
  return t('sources:articleList.publication.unknown');
}

export function ArticleList({
  articles,
  selectedId,
  lang,
}: {
  articles: readonly Article[];
  selectedId: string | undefined;
  lang: Lang;
}) {
  const { t } = useTranslation('sources');
  return (
    <nav className="article-list no-print" aria-label={t('articleList.label')}>
      <ol>
        {articles.map((article) => (
          <li key={article.id}>
            <AppLink
              className="control"
              to={{ view: 'sources', params: { article: article.id, figure: undefined } }}
              aria-current={article.id === selectedId ? 'page' : undefined}
            >
              <span className="article-list-title">{article.title[lang]}</span>
              <span className="article-list-meta">
                {t('articleList.meta', {
                  sector: formatSector(article.sector, t),
                  publication: publicationLine(article.publication, t),
                })}
              </span>
            </AppLink>
          </li>
        ))}
      </ol>
    </nav>
  );
}
