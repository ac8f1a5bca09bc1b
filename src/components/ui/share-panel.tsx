import { useEffect, useRef, useState } from 'react';
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

/**
 * What the reader can do with the view's address, opened from the header's Share button
 * (share-button.tsx). Focus moves to its first control when it opens. It takes its strings from
 * the button: a useTranslation of its own would make the bundler split React out of the entry
 * chunk into a chunk of its own, one request more on every page (rolldown issue 10731).
 */
export function SharePanel({ id, t }: SharePanelProps) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    root.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, []);
  return (
    <div ref={root} role="group" aria-label={t('share.panel')} data-panel={id}>
      <CopyLink t={t} />
    </div>
  );
}
