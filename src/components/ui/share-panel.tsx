import { useEffect, useId, useRef, useState } from 'react';
import { useAppStore } from '../../store/app-store';
import { BASE } from '../../store/navigation';
import { previewPath } from '../../store/preview-path';
import { EMBED_COMPARE, routeHref, type Route } from '../../store/url-state';
import type { SharePanelProps } from './share-button';

type Status = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

/** How long "Link copied" stays on screen; the live region has announced it by then. */
const CONFIRM_MS = 4000;

/**
 * Copies the page's full address (the router keeps it in step with the view) to the clipboard.
 * Where the clipboard is unavailable or refused, it shows the address selected in a read-only
 * field for the reader to copy. The outcome is announced in a polite live region.
 */
function CopyLink({ t }: Pick<SharePanelProps, 't'>) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const fieldRef = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  useEffect(() => {
    if (status.kind === 'manual') {
      fieldRef.current?.focus();
      fieldRef.current?.select();
    }
  }, [status]);

  const copy = async () => {
    const url = window.location.href;
    clearTimeout(timer.current);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('Clipboard API unavailable');
      await navigator.clipboard.writeText(url);
      setStatus({ kind: 'copied' });
      timer.current = setTimeout(() => setStatus({ kind: 'idle' }), CONFIRM_MS);
    } catch {
      setStatus({ kind: 'manual', url });
    }
  };

  return (
    <div className="copy-link">
      <button type="button" className="button" data-autofocus onClick={() => void copy()}>
        {t('copyLink.button')}
      </button>
      {status.kind === 'manual' && (
        <label className="copy-link__field">
          <span className="visually-hidden">{t('copyLink.field')}</span>
          <input
            ref={fieldRef}
            className="control"
            type="text"
            readOnly
            value={status.url}
            dir="ltr"
          />
        </label>
      )}
      <span className="copy-link__status" aria-live="polite">
        {status.kind === 'copied' && t('copyLink.copied')}
        {status.kind === 'manual' && t('copyLink.manual')}
      </span>
    </div>
  );
}

/** Height an embed's iframe starts at; hosts listening for its height message fit it exactly. */
const EMBED_HEIGHT = 560;

/** The embed of a route's chart: an indicator's page, or compare with indicators chosen. */
export function embedRoute(route: Route): Route | null {
  const { lang, view, params } = route;
  if (route.notFound) return null;
  if (view === 'indicator' && params.indicator) {
    return { lang, view: 'embed', params: { sectors: [], ids: [], indicator: params.indicator } };
  }
  if (view === 'compare' && params.indicators?.length) {
    const chosen = { indicator: EMBED_COMPARE, indicators: params.indicators };
    return { lang, view: 'embed', params: { sectors: [], ids: [], ...chosen } };
  }
  return null;
}

/** The iframe snippet that places `embed` in another page. Text only: React escapes it. */
export function embedSnippet(src: string, title: string): string {
  const quoted = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<iframe src="${quoted(src)}" title="${quoted(title)}" width="100%" height="${EMBED_HEIGHT}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/** The embed code of the view's chart, selected for copying, and a button that copies it. */
function EmbedCode({ t, embed }: Pick<SharePanelProps, 't'> & { embed: Route }) {
  const fieldId = useId();
  const [copied, setCopied] = useState<boolean | null>(null);
  const src = `${window.location.origin}${routeHref(embed, BASE)}`;
  const snippet = embedSnippet(src, document.title);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied(true);
    } catch {
      setCopied(false);
      document.getElementById(fieldId)?.focus();
      (document.getElementById(fieldId) as HTMLTextAreaElement | null)?.select();
    }
  };
  return (
    <div className="share__section">
      <label htmlFor={fieldId} className="share__label">
        {t('embed.label')}
      </label>
      <textarea
        id={fieldId}
        className="control share__code"
        readOnly
        rows={4}
        value={snippet}
        dir="ltr"
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="share__row">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('embed.copy')}
        </button>
        <span className="copy-link__status" aria-live="polite">
          {copied === true && t('embed.copied')}
          {copied === false && t('copyLink.manual')}
        </span>
      </div>
      <p className="share__note">{t('embed.note')}</p>
    </div>
  );
}

/**
 * What the reader can do with the view's address, opened from the header's Share button
 * (share-button.tsx). Focus moves to its first control when it opens. It takes its strings from
 * the button: a useTranslation of its own would make the bundler split React out of the entry
 * chunk into a chunk of its own, one request more on every page (rolldown issue 10731).
 */
export function SharePanel({ id, t }: SharePanelProps) {
  const root = useRef<HTMLDivElement>(null);
  const route = useAppStore((s) => s.route);
  useEffect(() => {
    root.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, []);
  const embed = embedRoute(route);
  const preview = `${BASE}${previewPath(route)}`;
  const canShare = typeof navigator.share === 'function';
  return (
    <div ref={root} role="group" aria-label={t('share.panel')} data-panel={id}>
      <CopyLink t={t} />
      {canShare && (
        <div className="share__row">
          <button
            type="button"
            className="button"
            onClick={() =>
              void navigator
                .share({ title: document.title, url: window.location.href })
                .catch(() => undefined)
            }
          >
            {t('share.native')}
          </button>
        </div>
      )}
      {embed && <EmbedCode t={t} embed={embed} />}
      <p className="share__row">
        <a className="button" href={preview} download>
          {t('share.preview')}
        </a>
      </p>
    </div>
  );
}
