import { useEffect } from 'react';

/** Sets the browser tab's title, so that each page is named (WCAG 2.4.2). */
export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    if (title) document.title = `${title} – Ledstjärna`;
  }, [title]);
}
