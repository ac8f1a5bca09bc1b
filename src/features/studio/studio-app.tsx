import { useEffect, useMemo, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../data/provenance/problem';
import type { Vocabulary } from '../../data/vocabulary';
import { LANGS, type Lang } from '../../i18n/languages';
import { ArticlePanel } from './article-panel';
import { ArticleText, type FigureStatus, type TextSelection } from './article-text';
import { DerivedBuilder } from './derived-builder';
import { EventsPanel } from './events-panel';
import { FigureForm } from './figure-form';
import { VocabularyPanel } from './vocabulary-panel';
import { FindAndAdd, findUnmarked } from './find-and-add';
import { FigurePreview } from './figure-preview';
import { OpenPanel } from './open-panel';
import { problemText } from './problem-text';
import { timed } from './studio-timing';
import { keepSession, restoreSession, sessionFromFiles } from './session-io';
import { fetchArticle, fetchOtherDatasets, fetchVocabulary, saveArticle } from './studio-api';
import { fileName, type FileKind } from './studio-files';
import { studioI18n } from './studio-i18n';
import {
  addEvent,
  addFigure,
  adoptIndicator,
  indicatorEntryFor,
  indicatorOptions,
  proposeIndicatorFor,
  deleteEvent,
  eventsOf,
  updateEvent,
  checkSession,
  deleteFigure,
  edit,
  figureFromSelection,
  fileTexts,
  problemTarget,
  redo,
  renameFigure,
  saveBlockers,
  select,
  setReviewed,
  startHistory,
  undo,
  updateFigure,
  type History,
} from './studio-state';

type Outcome =
  | { kind: 'saved' }
  | { kind: 'conflict'; conflicts: { kind: FileKind; current: string | null }[] }
  | { kind: 'error'; message: string }
  | null;

/** The studio: open an article, review its figures where they are printed, save it. */
/** The overview's charts for one figure, passed in by the studio's entry. */
export type ChartPreview = ComponentType<{ figureId: string }>;

export function StudioApp({
  lang,
  onLanguage,
  ChartPreview,
}: {
  lang: Lang;
  onLanguage: (lang: Lang) => void;
  ChartPreview?: ChartPreview;
}) {
  const { t, i18n } = useTranslation('studio');
  const [vocabulary, setVocabulary] = useState<Vocabulary | null>(null);
  const [vocabularyProblems, setVocabularyProblems] = useState<Problem[]>([]);
  const [history, setHistory] = useState<History | null>(() => restoreSession());
  const [restored] = useState(() => history !== null);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const instances = useMemo(
    () =>
      Object.fromEntries(LANGS.map((l) => [l, studioI18n(l)])) as Record<
        Lang,
        ReturnType<typeof studioI18n>
      >,
    [],
  );

  /** Reads the vocabulary on disk (at start, and after an entry is added to it). */
  const loadVocabulary = () => {
    fetchVocabulary()
      .then((r) => {
        setVocabulary(r.vocabulary);
        setVocabularyProblems(r.problems);
      })
      .catch((error: unknown) => setOutcome({ kind: 'error', message: String(error) }));
  };
  useEffect(loadVocabulary, []);
  useEffect(() => keepSession(history), [history]);
  const sessionId = history?.present.id ?? null;
  const [others, setOthers] = useState<{ file: string; json: unknown }[]>([]);
  useEffect(() => {
    if (sessionId === null) return;
    fetchOtherDatasets(sessionId)
      .then(setOthers)
      .catch((error: unknown) => setOutcome({ kind: 'error', message: String(error) }));
  }, [sessionId]);

  const session = history?.present ?? null;
  const problems = useMemo(() => {
    if (!session || !vocabulary) return [];
    // Timed for npm run bench:studio (a performance entry, read in the page).
    return timed('studio:check', () => checkSession(session, vocabulary, others));
  }, [session, vocabulary, others]);
  const problemsOf = (id: string) =>
    session ? problems.filter((p) => problemTarget(session, p)?.figure === id) : [];
  const status = (id: string): FigureStatus =>
    problemsOf(id).length > 0 ? 'problem' : session?.reviewed.includes(id) ? 'reviewed' : 'drafted';

  const change = (fn: Parameters<typeof edit>[1]) => {
    setOutcome(null);
    setHistory((h) => (h ? edit(h, fn) : h));
  };

  const save = async () => {
    if (!session) return;
    try {
      const result = await saveArticle({
        id: session.id,
        base: session.base,
        texts: fileTexts(session),
      });
      if (result.saved) {
        const saved = sessionFromFiles(session.id, result.files);
        setHistory(startHistory({ ...saved, selected: session.selected }));
        setOutcome({ kind: 'saved' });
      } else {
        setOutcome({ kind: 'conflict', conflicts: result.conflicts });
      }
    } catch (error) {
      setOutcome({ kind: 'error', message: (error as Error).message });
    }
  };

  const reloadFromDisk = async () => {
    if (!session) return;
    const files = await fetchArticle(session.id);
    setHistory(files.data.text === null ? null : startHistory(sessionFromFiles(session.id, files)));
    setOutcome(null);
  };

  const figure = session?.dataset.figures.find((f) => f.id === session.selected) ?? null;
  const blockers = session ? saveBlockers(session, problems) : null;
  const canSave = blockers !== null && blockers.problems === 0 && blockers.unreviewed.length === 0;

  return (
    <div className="studio">
      <header className="studio-header">
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
        <div role="group" aria-label={t('language')} className="studio-lang">
          {LANGS.map((l) => (
            <button key={l} type="button" aria-pressed={l === lang} onClick={() => onLanguage(l)}>
              {t(`languageName.${l}`)}
            </button>
          ))}
        </div>
      </header>
      <main>
        {vocabularyProblems.length > 0 && (
          <ul className="studio-problems" aria-label={t('problems.vocabulary')}>
            {vocabularyProblems.map((p, i) => (
              <li key={i}>{`${p.file}: ${p.path}: ${p.message}`}</li>
            ))}
          </ul>
        )}
        {outcome?.kind === 'error' && <p role="alert">{outcome.message}</p>}
        {!session || !vocabulary ? (
          vocabulary && (
            <OpenPanel
              vocabulary={vocabulary}
              lang={lang}
              onOpen={(s) => {
                setHistory(startHistory(s));
                setOutcome(null);
              }}
            />
          )
        ) : (
          <>
            <div className="studio-toolbar" role="toolbar" aria-label={t('title')}>
              <button
                type="button"
                disabled={!history?.past.length}
                onClick={() => setHistory((h) => h && undo(h))}
              >
                {t('undo')}
              </button>
              <button
                type="button"
                disabled={!history?.future.length}
                onClick={() => setHistory((h) => h && redo(h))}
              >
                {t('redo')}
              </button>
              <button type="button" aria-disabled={!canSave} onClick={() => canSave && void save()}>
                {t('save')}
              </button>
              <button
                type="button"
                onClick={() => {
                  if (window.confirm(t('confirmDiscard', { id: session.id }))) setHistory(null);
                }}
              >
                {t('discard')}
              </button>
            </div>
            <div aria-live="polite" className="studio-status">
              {restored && history?.past.length === 0 && outcome === null && (
                <p>{t('restored', { id: session.id })}</p>
              )}
              {outcome?.kind === 'saved' && <p>{t('saved', { id: session.id })}</p>}
              {!canSave && blockers && (
                <div>
                  <h2>{t('blocked.heading')}</h2>
                  <ul>
                    {blockers.problems > 0 && (
                      <li>{t('blocked.problems', { count: blockers.problems })}</li>
                    )}
                    {blockers.unreviewed.length > 0 && (
                      <li>{t('blocked.unreviewed', { count: blockers.unreviewed.length })}</li>
                    )}
                  </ul>
                </div>
              )}
            </div>
            {outcome?.kind === 'conflict' && (
              <section role="alert" className="studio-conflict">
                <h2>{t('conflict.heading')}</h2>
                {outcome.conflicts.map((c) => (
                  <div key={c.kind}>
                    {c.current === null ? (
                      <p>{t('conflict.absent', { file: fileName(session.id, c.kind) })}</p>
                    ) : (
                      <>
                        <p>{t('conflict.file', { file: fileName(session.id, c.kind) })}</p>
                        <pre>{changedLines(fileTexts(session)[c.kind], c.current)}</pre>
                      </>
                    )}
                  </div>
                ))}
                <button type="button" onClick={() => void reloadFromDisk()}>
                  {t('conflict.reload')}
                </button>
              </section>
            )}
            <details className="studio-problems" open>
              <summary>
                <h2>{t('problems.count', { count: problems.length })}</h2>
              </summary>
              {problems.length === 0 ? (
                <p>{t('problems.none')}</p>
              ) : (
                <ul>
                  {problems.map((p, i) => {
                    const target = problemTarget(session, p);
                    return (
                      <li key={i}>
                        {target ? (
                          <button
                            type="button"
                            className="studio-link"
                            onClick={() => setHistory((h) => h && select(h, target.figure))}
                          >
                            {`${target.figure} · ${target.field}: ${problemText(p.message, t, i18n.language)}`}
                          </button>
                        ) : (
                          `${p.file}: ${p.path}: ${problemText(p.message, t, i18n.language)}`
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
            </details>
            <ArticlePanel
              sidecar={session.sidecar}
              problems={problems.filter((p) => p.file === `seeds/${session.id}.json`)}
              onChange={(sidecar) => change((s) => ({ ...s, sidecar }))}
            />
            <div className="studio-columns">
              <section aria-labelledby="studio-text-heading">
                <h2 id="studio-text-heading">{t('text.heading')}</h2>
                <p className="studio-legend">
                  {(['drafted', 'reviewed', 'problem'] as const).map((k) => (
                    <span key={k} className={`studio-swatch is-${k}`}>
                      {t(`status.${k}`)}
                    </span>
                  ))}
                </p>
                <div className="studio-selection-actions">
                  <button
                    type="button"
                    disabled={!selection}
                    onClick={() =>
                      selection &&
                      change((s) => addFigure(s, figureFromSelection(s, selection, vocabulary)))
                    }
                  >
                    {t('text.addFromSelection')}
                  </button>
                  <button
                    type="button"
                    disabled={!selection || !figure}
                    onClick={() =>
                      selection &&
                      figure &&
                      change((s) =>
                        updateFigure(s, figure.id, {
                          source: { ...(figure.source as object), quote: selection.text },
                        }),
                      )
                    }
                  >
                    {t('text.quoteFromSelection')}
                  </button>
                </div>
                <FindAndAdd
                  onAdd={(printed) => {
                    const start = findUnmarked(session.text, printed, session.dataset.figures);
                    if (start < 0) return false;
                    change((s) =>
                      addFigure(
                        s,
                        figureFromSelection(
                          s,
                          { text: printed, start, end: start + printed.length },
                          vocabulary,
                        ),
                      ),
                    );
                    return true;
                  }}
                />
                <ArticleText
                  text={session.text}
                  figures={session.dataset.figures}
                  status={status}
                  selected={session.selected}
                  onOpen={(id) => setHistory((h) => h && select(h, id))}
                  onSelection={setSelection}
                />
              </section>
              <section aria-labelledby="studio-figure-heading" className="studio-figure">
                <h2 id="studio-figure-heading">
                  {figure ? t('figure.heading', { id: figure.id }) : t('figure.list')}
                </h2>
                <label className="studio-field">
                  {t('figure.list')}
                  <select
                    value={session.selected ?? ''}
                    onChange={(e) => setHistory((h) => h && select(h, e.target.value || null))}
                  >
                    <option value="">{t('figure.none')}</option>
                    {session.dataset.figures.map((f) => (
                      <option key={f.id} value={f.id}>
                        {`${f.id} · ${String(f.asPrinted ?? '')} · ${t(`status.${status(f.id)}`)}`}
                      </option>
                    ))}
                  </select>
                </label>
                {figure ? (
                  <>
                    <div className="studio-figure-actions">
                      <button
                        type="button"
                        aria-pressed={session.reviewed.includes(figure.id)}
                        onClick={() =>
                          change((s) => setReviewed(s, figure.id, !s.reviewed.includes(figure.id)))
                        }
                      >
                        {session.reviewed.includes(figure.id)
                          ? t('figure.unmarkReviewed')
                          : t('figure.markReviewed')}
                      </button>
                      <button
                        type="button"
                        onClick={() => change((s) => deleteFigure(s, figure.id))}
                      >
                        {t('figure.delete')}
                      </button>
                    </div>
                    <FigureForm
                      key={figure.id}
                      figure={figure}
                      others={session.dataset.figures
                        .map((f) => f.id)
                        .filter((id) => id !== figure.id)}
                      vocabulary={vocabulary}
                      problems={problemsOf(figure.id).map((p) => ({
                        ...p,
                        path: problemTarget(session, p)?.field ?? p.path,
                      }))}
                      lang={lang}
                      indicator={{
                        options: indicatorOptions(session, figure, vocabulary),
                        onNew: () => change((s) => proposeIndicatorFor(s, figure.id, vocabulary)),
                        toEntry: (proposal, fields) =>
                          indicatorEntryFor(session, proposal, fields, vocabulary),
                        onAdded: (proposalId, id) => {
                          change((s) => adoptIndicator(s, proposalId, id));
                          loadVocabulary();
                        },
                      }}
                      onPatch={(patch) => change((s) => updateFigure(s, figure.id, patch))}
                      onRename={(id) => change((s) => renameFigure(s, figure.id, id))}
                    />
                    <FigurePreview
                      session={session}
                      figure={figure}
                      vocabulary={vocabulary}
                      instances={instances}
                      ChartPreview={ChartPreview}
                    />
                  </>
                ) : (
                  <p>{t('figure.none')}</p>
                )}
                <VocabularyPanel onAdded={loadVocabulary} />
                <DerivedBuilder
                  session={session}
                  vocabulary={vocabulary}
                  lang={lang}
                  onAdd={(f) => change((s) => addFigure(s, f))}
                />
                <EventsPanel
                  events={eventsOf(session)}
                  problems={problems.filter((p) => p.path.startsWith('events['))}
                  canAdd={selection !== null}
                  onAdd={() => selection && change((s) => addEvent(s, selection))}
                  onChange={(id, event) => change((s) => updateEvent(s, id, event))}
                  onDelete={(id) => change((s) => deleteEvent(s, id))}
                />
              </section>
            </div>
          </>
        )}
      </main>
    </div>
  );
}

/** The lines of `current` that the studio's version does not have, marked `+`, and the reverse `−`. */
function changedLines(mine: string, current: string): string {
  const ours = new Set(mine.split('\n'));
  const theirs = new Set(current.split('\n'));
  const added = current
    .split('\n')
    .filter((l) => !ours.has(l))
    .map((l) => `+ ${l}`);
  const removed = mine
    .split('\n')
    .filter((l) => !theirs.has(l))
    .map((l) => `− ${l}`);
  return [...added, ...removed].join('\n');
}
