'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback } from 'react';
import { updateSearch } from '@/lib/time/url-params';

/** View state kept in the URL (so a link reopens the same view): read with `get`, write with `set` (replace, no scroll). */
export function useUrlParams() {
  const sp = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const set = useCallback(
    (changes: Record<string, string | null | undefined>) => {
      const qs = updateSearch(sp.toString(), changes);
      router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
    },
    [sp, router, pathname],
  );
  return { sp, get: (k: string) => sp.get(k), set };
}
