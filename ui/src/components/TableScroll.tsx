import type { ReactNode } from "react";

/**
 * A wide table that scrolls sideways at a phone's width. The scrolling box is a named, focusable
 * region, so a keyboard user can scroll it too (WCAG 2.1.1; axe `scrollable-region-focusable`) and a
 * screen reader names it by the table's caption.
 */
export function TableScroll({ captionId, children }: { captionId: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      {children}
    </div>
  );
}
