'use client';

import { createContext, useContext } from 'react';

/** This page's CSP nonce (from the proxy, through the root layout): style elements created at run time need it. */
const CspNonceContext = createContext<string | undefined>(undefined);

export const CspNonceProvider = CspNonceContext.Provider;

export function useCspNonce(): string | undefined {
  return useContext(CspNonceContext);
}
