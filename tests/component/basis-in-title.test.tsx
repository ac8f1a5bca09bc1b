import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';

/** A change whose name ends with its 口径, in each language, and the value shown under it. */
const CASES = [
  {
    lang: 'en',
    name: 'Cement output, year on year (same caliber)',
    value: '+1.3%',
    repeated: '+1.3% (same-caliber)',
  },
  { lang: 'zh', name: '水泥产量同比（同口径）', value: '+1.3%', repeated: '+1.3%（同口径）' },
  {
    lang: 'en',
    name: 'Cement output, year on year (full caliber)',
    value: '−2.4%',
    repeated: '−2.4% (full-caliber)',
  },
] as const;

const ID = {
  'Cement output, year on year (same caliber)': 'cement.output-yoy-same-caliber',
  '水泥产量同比（同口径）': 'cement.output-yoy-same-caliber',
  'Cement output, year on year (full caliber)': 'cement.output-yoy-full-caliber',
} as const;

beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn();
});

afterEach(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

describe.each(CASES)('a value under a title naming its basis ($lang)', { timeout: 30_000 }, (c) => {
  it('the figure card on compare does not repeat the basis', async () => {
    await renderApp(`/${c.lang}/compare/?ids=${ID[c.name]}`);
    const card = screen.getByRole('article', { name: c.name });
    expect(within(card).getByText(c.value)).toBeInTheDocument();
    expect(card).not.toHaveTextContent(c.repeated);
  });

  it('the sources panel does not repeat the basis', async () => {
    await renderApp(`/${c.lang}/sources/?figure=${ID[c.name]}`);
    const panel = screen.getByRole('region', { name: c.name });
    expect(within(panel).getByText(c.value)).toBeInTheDocument();
    expect(panel).not.toHaveTextContent(c.repeated);
  });
});
