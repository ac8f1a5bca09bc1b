import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArticleInputError, decodeArticle } from '../../curate/decode';
import type { Vocabulary } from '../../data/vocabulary';
import type { Lang } from '../../i18n/languages';
import { sessionFromFiles, sessionFromText } from './session-io';
import { fetchArticle, fetchArticleIds } from './studio-api';
import { ARTICLE_ID } from './studio-files';
import { checkSession, type Session } from './studio-state';
import { timed } from './studio-timing';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/u;

/** Open an article on disk, or draft a new one from pasted text or a .txt file. */
export function OpenPanel({
  vocabulary,
  lang,
  onOpen,
}: {
  vocabulary: Vocabulary;
  lang: Lang;
  onOpen: (session: Session) => void;
}) {
  const { t } = useTranslation('studio');
  const ids = {
    existing: useId(),
    text: useId(),
    file: useId(),
    id: useId(),
    date: useId(),
    sector: useId(),
  };
  const [articles, setArticles] = useState<string[]>([]);
  const [existing, setExisting] = useState('');
  const [text, setText] = useState('');
  const [id, setId] = useState('');
  const [date, setDate] = useState('');
  const [sector, setSector] = useState(vocabulary.sectors[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetchArticleIds()
      .then(setArticles)
      .catch((e: unknown) => setError(String(e)));
  }, []);

  const openExisting = async () => {
    try {
      onOpen(sessionFromFiles(existing, await fetchArticle(existing)));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const draft = async () => {
    if (!ARTICLE_ID.test(id)) return setError(t('open.badId'));
    if (!MONTH.test(date)) return setError(t('open.badDate'));
    try {
      const files = await fetchArticle(id);
      if (files.data.text !== null && !files.data.text.includes('"draft": true')) {
        return setError(t('open.exists', { id }));
      }
      // Drafting and the first check, timed for npm run bench:studio.
      const session = timed('studio:draft-and-check', () => {
        const drafted = sessionFromText(text, { id, date, sector, vocabulary, files });
        checkSession(drafted, vocabulary);
        return drafted;
      });
      if (session.dataset.figures.length === 0) return setError(t('open.noFigures'));
      onOpen(session);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const readFile = async (file: File) => {
    try {
      const decoded = decodeArticle(new Uint8Array(await file.arrayBuffer()), file.name);
      setText(decoded.text);
      if (id === '')
        setId(
          file.name
            .replace(/\.[^.]*$/u, '')
            .toLowerCase()
            .replace(/[^a-z0-9]+/gu, '-')
            .replace(/^-+|-+$/gu, ''),
        );
      setError(null);
    } catch (e) {
      const message = e instanceof ArticleInputError ? e.message : String(e);
      setError(t('open.readError', { message }));
    }
  };

  return (
    <div className="studio-open">
      {error && <p role="alert">{error}</p>}
      <section aria-labelledby="studio-open-existing">
        <h2 id="studio-open-existing">{t('open.heading')}</h2>
        <label htmlFor={ids.existing}>{t('open.existing')}</label>
        <select id={ids.existing} value={existing} onChange={(e) => setExisting(e.target.value)}>
          <option value="">{t('open.choose')}</option>
          {articles.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
        <button type="button" disabled={existing === ''} onClick={() => void openExisting()}>
          {t('open.openExisting')}
        </button>
      </section>
      <section aria-labelledby="studio-open-new">
        <h2 id="studio-open-new">{t('open.newHeading')}</h2>
        <label htmlFor={ids.text}>{t('open.paste')}</label>
        <textarea
          id={ids.text}
          rows={10}
          value={text}
          onChange={(e) => setText(e.target.value)}
          lang="zh-CN"
        />
        <label htmlFor={ids.file}>{t('open.file')}</label>
        <input
          id={ids.file}
          type="file"
          accept=".txt,text/plain"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void readFile(file);
          }}
        />
        <label htmlFor={ids.id}>{t('open.id')}</label>
        <input id={ids.id} value={id} onChange={(e) => setId(e.target.value)} />
        <label htmlFor={ids.date}>{t('open.date')}</label>
        <input
          id={ids.date}
          value={date}
          placeholder="2023-08"
          onChange={(e) => setDate(e.target.value)}
        />
        <label htmlFor={ids.sector}>{t('open.sector')}</label>
        <select id={ids.sector} value={sector} onChange={(e) => setSector(e.target.value)}>
          {vocabulary.sectors.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name[lang]}
            </option>
          ))}
        </select>
        <button type="button" disabled={text.trim() === ''} onClick={() => void draft()}>
          {t('open.draft')}
        </button>
      </section>
    </div>
  );
}
