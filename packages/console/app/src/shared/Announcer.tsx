import { type ComponentChildren, createContext } from 'preact';
import { useCallback, useContext, useMemo, useRef, useState } from 'preact/hooks';

/** Says something to screen-reader users: `polite` waits for a pause, `assertive` interrupts (errors). */
export type Announce = (text: string, politeness?: 'polite' | 'assertive') => void;

const AnnouncerContext = createContext<Announce>(() => {});

/**
 * Renders the page's two `aria-live` regions (status and alert) and gives the tree the
 * function that speaks through them; the same text said twice is announced twice.
 * The regions are visually hidden: what they say is on screen too (the form's error summary,
 * the confirmation panel), so sighted visitors are not told twice.
 *
 * @example
 * ```tsx
 * <AnnouncerProvider><Portal /></AnnouncerProvider>
 * ```
 */
export function AnnouncerProvider(props: { children: ComponentChildren }) {
  const [polite, setPolite] = useState('');
  const [assertive, setAssertive] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const announce = useCallback<Announce>((text, politeness = 'polite') => {
    const set = politeness === 'assertive' ? setAssertive : setPolite;
    const other = politeness === 'assertive' ? setPolite : setAssertive;
    other('');
    // Emptying first makes a repeated message a change a screen reader reads again.
    set('');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => set(text), 50);
  }, []);
  const value = useMemo(() => announce, [announce]);
  return (
    <AnnouncerContext.Provider value={value}>
      {props.children}
      <div class="sr-only">
        <p role="status" aria-live="polite" data-testid="announce-status">
          {polite}
        </p>
        <p role="alert" aria-live="assertive" data-testid="announce-alert">
          {assertive}
        </p>
      </div>
    </AnnouncerContext.Provider>
  );
}

/**
 * The function that announces through the page's live regions.
 *
 * @example
 * ```tsx
 * const announce = useAnnounce();
 * announce(t('file.done', { ref: view.ref }));
 * ```
 */
export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}
