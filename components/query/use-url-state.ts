'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback } from 'react';
import { updateSearch } from '@/lib/time/url-params';

/** Writes query-string changes for the current page: `push` for new queries (Back returns), `replace` for options. */
export function useUrlUpdater() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  return useCallback(
    (changes: Record<string, string | null | undefined>, mode: 'push' | 'replace' = 'replace') => {
      const qs = updateSearch(searchParams.toString(), changes);
      const href = qs ? `${pathname}?${qs}` : pathname;
      if (mode === 'push') router.push(href, { scroll: false });
      else router.replace(href, { scroll: false });
    },
    [router, pathname, searchParams],
  );
}
