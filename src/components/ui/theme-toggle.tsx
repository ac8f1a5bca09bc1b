import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function systemIsDark(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.(DARK_QUERY).matches === true;
}

/**
 * Light/dark switch. Until the reader chooses, the page follows the system setting; the choice
 * is remembered. Rendered unpressed on the server and settled after mount, so hydration matches.
 */
export function ThemeToggle() {
  const { t } = useTranslation();
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  const [systemDark, setSystemDark] = useState<boolean | null>(null);

  useEffect(() => {
    setSystemDark(systemIsDark());
    const media = window.matchMedia?.(DARK_QUERY);
    const onChange = () => setSystemDark(media.matches);
    media?.addEventListener?.('change', onChange);
    return () => media?.removeEventListener?.('change', onChange);
  }, []);

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
