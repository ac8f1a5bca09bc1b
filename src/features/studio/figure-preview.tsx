import { useMemo, type ComponentType } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n } from 'i18next';
import { FigureCard } from '../../components/ui/figure-card';
import { loadFiles } from '../../data/load';
import { dataSchemas } from '../../data/schema';
import { createAppStore, StoreContext } from '../../store/app-store';
import { parseLocation } from '../../store/url-state';
import { LANGS, type Lang } from '../../i18n/languages';
import type { Vocabulary } from '../../data/vocabulary';
import type { EditedFigure, Session } from './studio-state';

/**
 * The figure as readers will see it, in both languages, drawn by the dashboard's own card: each
 * language gets a store holding the session's figures and its own i18next instance.
 */
export function FigurePreview({
  session,
  figure,
  vocabulary,
  instances,
  ChartPreview,
}: {
  session: Session;
  figure: EditedFigure;
  vocabulary: Vocabulary;
  instances: Record<Lang, i18n>;
  /** The overview's charts that show the figure (from the studio's entry). */
  ChartPreview?: ComponentType<{ figureId: string }> | undefined;
}) {
  const { t } = useTranslation('studio');
  // The vocabulary on disk, not the one bundled: an indicator or unit added in this session counts.
  const { figureSchema } = useMemo(() => dataSchemas(vocabulary), [vocabulary]);
  const parsed = figureSchema.safeParse(figure);
  const stores = useMemo(() => {
    if (!parsed.success) return null;
    const figures = session.dataset.figures
      .map((f) => figureSchema.safeParse(f))
      .flatMap((r) => (r.success ? [r.data] : []));
    // Loaded as the app's loader does, so the preview has the indicators' series and digests.
    const data = loadFiles(
      [
        {
          file: `data/${session.id}.json`,
          json: { version: 1, article: session.id, figures, events: [] },
        },
      ],
      [],
      vocabulary,
    );
    return Object.fromEntries(
      LANGS.map((lang) => [
        lang,
        createAppStore({ data, route: parseLocation(`/${lang}/`, '', '/').route }),
      ]),
    ) as Record<Lang, ReturnType<typeof createAppStore>>;
  }, [parsed.success, session, vocabulary, figureSchema]);

  return (
    <section className="studio-preview" aria-labelledby="studio-preview-heading">
      <h3 id="studio-preview-heading">{t('preview.heading')}</h3>
      {!parsed.success || stores === null ? (
        <p>{t('preview.invalid')}</p>
      ) : (
        <div className="studio-preview-cards">
          {LANGS.map((lang) => (
            <div key={lang} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
              <I18nextProvider i18n={instances[lang]}>
                <StoreContext.Provider value={stores[lang]}>
                  <FigureCard figure={parsed.data} headingLevel={4} />
                  {ChartPreview && <ChartPreview figureId={parsed.data.id} />}
                </StoreContext.Provider>
              </I18nextProvider>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
