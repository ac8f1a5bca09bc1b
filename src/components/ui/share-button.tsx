import { useId, useRef, useState, type ComponentType } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

export interface SharePanelProps {
  id: string;
  /** Closes the panel and gives focus back to the button. */
  onClose: () => void;
  /** The `share` strings. */
  t: TFunction<'share'>;
}

const loadPanel = () => import('./share-panel');

/**
 * The header's "Share" button. Its panel (copy link, and whatever else the reader can do with the
 * view's address) is a chunk of its own, loaded on the first click: the button is all every page
 * carries before it starts. The panel closes with Escape or when focus leaves it.
 */
export function ShareButton() {
  const { t } = useTranslation('share');
  const id = useId();
  const [open, setOpen] = useState(false);
  const [Panel, setPanel] = useState<ComponentType<SharePanelProps> | null>(null);
  const button = useRef<HTMLButtonElement>(null);

  const toggle = () => {
    if (!Panel) void loadPanel().then((m) => setPanel(() => m.SharePanel));
    setOpen(!open);
  };
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    // Escape and focus leaving come from the controls inside (the button and the panel's own):
    // the wrapper only listens to their bubbling events, it is not a control itself.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      className="share no-print"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) close();
      }}
      // Focus leaving the button and its panel (a click elsewhere, Tab past the end) closes it.
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={toggle}
      >
        {t('share.button')}
      </button>
      <div id={id} className="share__panel" hidden={!open}>
        {open && Panel && <Panel id={id} onClose={close} t={t} />}
      </div>
    </div>
  );
}
