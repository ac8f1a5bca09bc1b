import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function systemIsDark(): boolean {
  return window.matchMedia?.(DARK_QUERY).matches === true;
}

function subscribeToScheme(onChange: () => void): () => void {
  const media = window.matchMedia?.(DARK_QUERY);
  media?.addEventListener?.('change', onChange);
  return () => media?.removeEventListener?.('change', onChange);
}

/**
 * Light/dark switch. Until the reader chooses, the page follows the system setting; the choice
 * is remembered. The server knows no system setting (null): the button renders unpressed there and
 * during hydration, then settles, so hydration matches.
 */
export function ThemeToggle() {
  const { t } = useTranslation();
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  const systemDark = useSyncExternalStore(subscribeToScheme, systemIsDark, () => null);

  const dark = theme === 'dark' || (theme === 'system' && systemDark === true);
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-pressed={systemDark === null ? false : dark}
      onClick={() => setTheme(dark ? 'light' : 'dark')}
    >
      {t('common:theme.dark')}
    </button>
  );
}
