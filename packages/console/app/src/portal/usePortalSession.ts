import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ApiClient } from '../shared/apiClient.js';
import { isApiError } from '../shared/apiError.js';
import type { SignInConfig } from '../shared/readConfig.js';

const NAME_KEY = 'onecase.portal.signedInAs';

/** Whether the visitor is signed in to the citizen API, and how to sign in and out. */
export interface PortalSession {
  state: 'checking' | 'signedIn' | 'signedOut';
  /** The name the visitor signed in with, when the page knows it. */
  name: string | undefined;
  signIn(name: string): void;
  signOut(): void;
  /** Asks the API again (after a 401). */
  check(): Promise<void>;
}

function setCookie(signIn: Extract<SignInConfig, { kind: 'cookie' }>, value: string, maxAge?: number) {
  // biome-ignore lint/suspicious/noDocumentCookie: the simulator's sign-in is this one path-scoped cookie
  document.cookie = `${signIn.cookie}=${encodeURIComponent(value)}; path=${signIn.path}; SameSite=Strict${maxAge !== undefined ? `; max-age=${maxAge}` : ''}`;
}

/**
 * The visitor's session with the citizen API: signed in when `GET /cases` answers, signed out
 * on 401. With a cookie sign-in (simulators), signing in sets the API's cookie; with a
 * redirect, the sign-in page does.
 */
export function usePortalSession(api: ApiClient, signIn: SignInConfig | undefined): PortalSession {
  const [state, setState] = useState<PortalSession['state']>('checking');
  const [name, setName] = useState<string | undefined>(() => localStorage.getItem(NAME_KEY) ?? undefined);
  const check = useCallback(async () => {
    try {
      await api.mine();
      setState('signedIn');
    } catch (error) {
      setState(isApiError(error, 'UNAUTHENTICATED') ? 'signedOut' : 'signedIn');
    }
  }, [api]);
  useEffect(() => {
    void check();
  }, [check]);
  return {
    state,
    name: state === 'signedIn' ? name : undefined,
    signIn: (value) => {
      if (signIn?.kind === 'redirect') {
        location.assign(signIn.url);
        return;
      }
      if (signIn?.kind === 'cookie') setCookie(signIn, value);
      localStorage.setItem(NAME_KEY, value);
      setName(value);
      void check();
    },
    signOut: () => {
      if (signIn?.kind === 'cookie') setCookie(signIn, '', 0);
      localStorage.removeItem(NAME_KEY);
      setName(undefined);
      setState('signedOut');
    },
    check,
  };
}
