import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

type Announce = (text: string) => void;

/** A polite live region that owns its text, so an announcement re-renders nothing around it. */
export function LiveRegion({ announcerRef }: { announcerRef: RefObject<Announce | null> }) {
  const [text, setText] = useState('');
  useEffect(() => {
    announcerRef.current = setText;
    return () => {
      announcerRef.current = null;
    };
  }, [announcerRef]);
  return (
    <p className="visually-hidden" aria-live="polite">
      {text}
    </p>
  );
}

/**
 * Announcements for screen readers from a page that would be costly to re-render on a click:
 * render `<LiveRegion announcerRef={announcer} />` and call `announce(text)`.
 */
export function useAnnouncer() {
  const announcer = useRef<Announce | null>(null);
  const announce = useCallback((text: string) => announcer.current?.(text), []);
  return { announcer, announce };
}
