import type { Page } from 'playwright-core';

/** Elements reaching past the right edge of the pane: what a narrow pane would cut or scroll sideways. */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth + 0.5;
    const out: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > limit) out.push(`${el.tagName}.${el.className} ${Math.round(r.right)}`);
    }
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth)
      out.push('page scrolls sideways');
    return out;
  });
}
