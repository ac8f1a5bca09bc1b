import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './share.css';

type Status = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

/** How long "Link copied" stays on screen; the live region has announced it by then. */
const CONFIRM_MS = 4000;

/**
 * Copies the page's full address (the router keeps it in step with the view) to the clipboard.
 * Where the clipboard is unavailable or refused, it shows the address selected in a read-only
 * field for the reader to copy. The outcome is announced in a polite live region.
 */
export function CopyLink({ className }: { className?: string }) {
  const { t } = useTranslation('share');
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
    <div className={['copy-link', 'no-print', className].filter(Boolean).join(' ')}>
      <button type="button" className="button" onClick={() => void copy()}>
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
