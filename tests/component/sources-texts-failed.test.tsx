import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';

// As in the browser build: the texts come from a JSON file, which here cannot be fetched.
vi.mock('virtual:article-texts', () => ({
  INLINE_TEXTS: null,
  TEXTS_URL: '/assets/article-texts-x.json',
}));

afterEach(() => vi.unstubAllGlobals());

describe('sources page when the articles’ texts cannot be loaded', () => {
  it('says so where the text would be, naming the file and why, and keeps the rest', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await renderApp('/en/sources/?figure=cement.output-h1');
    expect(screen.getByText(/could not be loaded/)).toHaveTextContent(
      'The text of this article could not be loaded (/assets/article-texts-x.json: TypeError: Failed to fetch). Reload the page to try again.',
    );
    expect(screen.queryByRole('region', { name: 'Article text' })).toBeNull();
    expect(screen.getByText(/could not be loaded/)).toHaveAttribute('role', 'status');
    // The article list and the chosen figure's details do not depend on the text.
    expect(
      within(screen.getByRole('navigation', { name: 'Articles' })).getAllByRole('link'),
    ).toHaveLength(4);
    expect(screen.getByRole('region', { name: 'Cement output, first half' })).toBeInTheDocument();
  });
});
