import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  checkData,
  projectCopy,
  removeCopy,
  startDashboard,
  startStudio,
  type Running,
} from './studio/servers';

/** An article written for this test: four figures the drafter finds, one it misses, one non-figure. */
const ARTICLE = [
  '新材料产业园建设提速',
  '',
  '本报讯 今年前三季度，全市新材料产业实现产值420亿元，同比增长12.5%，增速比上半年加快1.2个百分点。全市新建十个产业园区，新增规模以上企业36家。园区还开通了24小时服务热线。',
  '',
].join('\n');

/** Selects `text` in the article (it may run across highlighted figures), as a mouse would. */
async function selectInArticle(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted) => {
    const root = document.querySelector('.studio-text')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const all = nodes.map((n) => n.data).join('');
    const start = all.indexOf(wanted);
    if (start < 0) throw new Error(`"${wanted}" is not in the article`);
    const locate = (offset: number): [Text, number] => {
      let at = 0;
      for (const n of nodes) {
        if (offset <= at + n.data.length) return [n, offset - at];
        at += n.data.length;
      }
      throw new Error('offset past the text');
    };
    const range = document.createRange();
    range.setStart(...locate(start));
    range.setEnd(...locate(start + wanted.length));
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, text);
}

/** Opens a figure by its highlight and fills the names and gist a reviewer writes. */
async function review(
  page: Page,
  printed: RegExp,
  fields: { id?: string; en: string; gist: string },
) {
  await page.getByRole('button', { name: printed }).click();
  const form = page.locator('.studio-figure-form');
  if (fields.id) {
    await form.getByLabel('Id', { exact: true }).fill(fields.id);
    await form.getByLabel('Id', { exact: true }).press('Enter');
  }
  await form.getByLabel('Name (English)').fill(fields.en);
  await form.getByLabel('Name (English)').press('Enter');
  await form.getByLabel('English gist of the quote').fill(fields.gist);
  await form.getByLabel('English gist of the quote').blur();
  await page.locator('.studio-figure').getByRole('button', { name: 'Mark reviewed' }).click();
}

/** Names the proposed indicator shown in the figure's form and adds it to the vocabulary. */
async function addIndicator(page: Page, fields: { id: string; en: string }) {
  const proposal = page.locator('.studio-proposal');
  await proposal.getByLabel('Indicator id (kebab-case, in English)').fill(fields.id);
  await proposal.getByLabel('English name of the indicator').fill(fields.en);
  await proposal.getByRole('button', { name: 'Add the indicator to the vocabulary' }).click();
  await expect(page.getByText(`Added ${fields.id} to the vocabulary.`)).toBeVisible();
}

test.describe('the curation studio', () => {
  let root: string;
  let studio: Running;
  const servers: Running[] = [];

  test.beforeEach(async () => {
    root = projectCopy();
    studio = await startStudio(root);
    servers.push(studio);
  });
  test.afterEach(() => {
    for (const s of servers.splice(0)) s.stop();
    removeCopy(root);
  });

  test('takes an article from pasted text to the dashboard without opening a JSON file', async ({
    page,
    checkAxe,
    saveScreenshot,
  }) => {
    test.setTimeout(240_000);
    await page.goto(studio.url);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByLabel('Article text (paste it, or pick a .txt file)').fill(ARTICLE);
    await page.getByLabel('Article id (kebab-case)').fill('new-materials-2023');
    await page.getByLabel('Publication month (YYYY-MM)').fill('2023-10');
    await page.getByLabel('Sector', { exact: true }).selectOption('cement');
    await page.getByRole('button', { name: 'Draft it' }).click();

    // The drafter's five: four figures and a phone line's 24 hours, which is no figure.
    const marks = page.locator('.studio-mark');
    await expect(marks).toHaveText(['420亿元', '增长12.5%', '加快1.2个百分点', '36家', '24小时']);
    await checkAxe(page, 'studio with a drafted article');
    await saveScreenshot(page, 'studio-en-drafted-1280');

    // Delete the non-figure.
    await page.getByRole('button', { name: /^24小时/ }).click();
    await page.getByRole('button', { name: 'Delete this figure' }).click();
    await expect(marks).toHaveCount(4);

    // Add the figure the drafter missed, from its number in the text.
    await selectInArticle(page, '十个');
    await page.getByRole('button', { name: 'Add a figure from the selected text' }).click();
    const form = page.locator('.studio-figure-form');
    await expect(form.getByLabel('Value (base units; a range as min–max)')).toHaveValue('10');
    await form.getByLabel('Unit', { exact: true }).selectOption('park');
    // No indicator of the sector fits it: a new one, made from the figure, named and added.
    const indicator = form.getByLabel('Indicator', { exact: true });
    await expect(indicator).toHaveAttribute('aria-invalid', 'true');
    await indicator.selectOption({ label: 'New indicator…' });
    await expect(page.locator('.studio-proposal input').nth(1)).toHaveValue('全市新建产业园区');
    await addIndicator(page, { id: 'materials-parks', en: 'New industrial parks' });
    await expect(indicator).toHaveValue('materials-parks');

    // A quote that does not hold its number is a problem, shown beside the quote, then fixed.
    await page.getByRole('button', { name: /^36家/ }).click();
    await selectInArticle(page, '全市新建十个产业园区');
    await page
      .getByRole('button', { name: "Use the selected text as this figure's quote" })
      .click();
    // Shown beside the quote: the list its textarea is described by.
    const quote = form.getByLabel('Quote', { exact: true });
    await expect(quote).toHaveAttribute('aria-invalid', 'true');
    const problemsId = (await quote.getAttribute('aria-describedby')) ?? '';
    await expect(page.locator(`[id="${problemsId}"]`)).toContainText('does not occur in its quote');
    await expect(page.locator('.studio-problems')).toContainText('does not occur in its quote');
    await saveScreenshot(page, 'studio-en-problem-1280');
    await expect(page.getByRole('button', { name: /^36家: has problems/ })).toBeVisible();
    await selectInArticle(page, '新增规模以上企业36家');
    await page
      .getByRole('button', { name: "Use the selected text as this figure's quote" })
      .click();
    await expect(quote).toHaveAttribute('aria-invalid', 'false');

    // The drafter found no indicator of the sector for the others and proposed new ones: the
    // output and its two changes share one. Each is named and added to the vocabulary, and the
    // figures that named it follow.
    await page.getByRole('button', { name: /^420亿元/ }).click();
    await expect(indicator).toHaveValue(/^cement-new-indicator-\d$/u);
    await addIndicator(page, { id: 'materials-output', en: 'New materials output' });
    await expect(indicator).toHaveValue('materials-output');
    await page.getByRole('button', { name: /^加快1.2个百分点/ }).click();
    await expect(indicator).toHaveValue('materials-output');
    await page.getByRole('button', { name: /^36家/ }).click();
    await addIndicator(page, { id: 'materials-new-enterprises', en: 'New above-scale companies' });

    // Review every figure: two get stable ids (the drafted ones fixed), all get English.
    await review(page, /^420亿元/, {
      id: 'materials.output-q3',
      en: 'New materials output',
      gist: 'New materials output reached CNY 42 billion.',
    });
    await review(page, /^增长12.5%/, {
      id: 'materials.output-q3-yoy',
      en: 'New materials output, year on year',
      gist: 'Output grew 12.5% year on year.',
    });
    await review(page, /^加快1.2个百分点/, {
      en: 'Growth, change from H1',
      gist: 'Growth was 1.2 points faster than in the first half.',
    });
    await review(page, /^36家/, {
      en: 'New above-scale companies',
      gist: '36 new above-scale companies.',
    });
    await review(page, /^十个/, {
      en: 'New industrial parks',
      gist: 'Ten new industrial parks were built.',
    });

    const article = page.locator('.studio-article');
    await article.getByLabel('Title (English)').fill('New materials parks speed up');
    await article.getByLabel('Title (English)').press('Enter');
    await article
      .getByLabel('What is known of its publication (Chinese)')
      .fill('测试用文章，未印出刊出日期。');
    await article.getByLabel('What is known of its publication (Chinese)').blur();
    await article
      .getByLabel('What is known of its publication (English)')
      .fill('Written for this test; no date printed.');
    await article.getByLabel('What is known of its publication (English)').blur();

    await expect(
      page.getByText('No problems: every check of npm run check:data passes.'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('Saved data/new-materials-2023.json')).toBeVisible();
    await saveScreenshot(page, 'studio-en-saved-1280');

    const saved = readFileSync(join(root, 'data/new-materials-2023.json'), 'utf8');
    expect(saved.match(/"indicator": "materials-output"/gu)).toHaveLength(3);
    expect(saved).not.toContain('"proposedIndicators":');
    const checked = checkData(root);
    expect(checked.output).toContain('5 files');
    expect(checked.status).toBe(0);

    const dashboard = await startDashboard(root);
    servers.push(dashboard);
    for (const [lang, name, value] of [
      ['en', 'New materials output', 'CNY 42 billion'],
      ['zh', '全市新材料产业实现产值420亿元', '420亿元'],
    ] as const) {
      await page.goto(new URL(`/${lang}/table/`, dashboard.url).href);
      const row = page.getByRole('rowheader', { name, exact: true }).locator('xpath=..');
      // The dev server compiles the app on the first visit: allow it time.
      await expect(row).toContainText(value, { timeout: 60_000 });
    }
  });

  test('suggests the indicator a drafted figure matches, and saves it in the data file', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto(studio.url);
    await page.getByRole('button', { name: 'English' }).click();
    await page
      .getByLabel('Article text (paste it, or pick a .txt file)')
      .fill('水泥产量回升\n\n上半年，全国水泥产量9.53亿吨，同比增长1.3%。\n');
    await page.getByLabel('Article id (kebab-case)').fill('cement-output-note');
    await page.getByLabel('Publication month (YYYY-MM)').fill('2023-08');
    await page.getByLabel('Sector', { exact: true }).selectOption('cement');
    await page.getByRole('button', { name: 'Draft it' }).click();

    const form = page.locator('.studio-figure-form');
    const indicator = form.getByLabel('Indicator', { exact: true });
    for (const printed of [/^9.53亿吨/, /^增长1.3%/]) {
      await page.getByRole('button', { name: printed }).click();
      await expect(indicator).toHaveValue('cement-output');
      await expect(indicator.locator('option:checked')).toHaveText(
        'Cement output (cement-output) — suggested',
      );
      await expect(form.getByText('Suggested: Cement output (cement-output)')).toBeVisible();
    }
    await review(page, /^9.53亿吨/, {
      en: 'Cement output, H1',
      gist: 'Cement output was 953 million tonnes.',
    });
    await review(page, /^增长1.3%/, {
      en: 'Cement output, H1, year on year',
      gist: 'Output grew 1.3%.',
    });
    const article = page.locator('.studio-article');
    await article.getByLabel('Title (English)').fill('Cement output recovers');
    await article.getByLabel('Title (English)').press('Enter');
    for (const [label, text] of [
      ['What is known of its publication (Chinese)', '测试用文章。'],
      ['What is known of its publication (English)', 'Written for this test.'],
    ] as const) {
      await article.getByLabel(label).fill(text);
      await article.getByLabel(label).blur();
    }
    await expect(
      page.getByText('No problems: every check of npm run check:data passes.'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('Saved data/cement-output-note.json')).toBeVisible();
    const saved = readFileSync(join(root, 'data/cement-output-note.json'), 'utf8');
    expect(saved.match(/"indicator": "cement-output"/gu)).toHaveLength(2);
  });

  test('keeps unsaved work across a reload and never overwrites a file changed on disk', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto(studio.url);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByLabel('Existing article').selectOption('cement-h1-2023');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    // The preview draws the figure as readers see it: its card and the overview's chart that
    // shows it, in both languages.
    const preview = page.locator('.studio-preview');
    await expect(preview.locator('.figure-card')).toHaveCount(2);
    await expect(preview.locator('figure')).toHaveCount(2);
    await expect(preview).toContainText('953 million t');
    await expect(preview).toContainText('9.53亿吨');
    const form = page.locator('.studio-figure-form');
    await form.getByLabel('Name (English)').fill('Cement output, first half of 2023');
    await form.getByLabel('Name (English)').press('Enter');

    await page.reload();
    await expect(page.getByText('Restored unsaved work on cement-h1-2023')).toBeVisible();
    await expect(page.locator('.studio-figure-form').getByLabel('Name (English)')).toHaveValue(
      'Cement output, first half of 2023',
    );
    await page.locator('.studio-figure').getByRole('button', { name: 'Mark reviewed' }).click();

    // Someone edits the data file meanwhile.
    const file = join(root, 'data/cement-h1-2023.json');
    const edited = readFileSync(file, 'utf8').replace(
      '"Cement output, first half"',
      '"Cement output (H1)"',
    );
    writeFileSync(file, edited);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(
      page.getByRole('heading', { name: /Changed on disk since you opened it/ }),
    ).toBeVisible();
    await expect(page.locator('.studio-conflict pre')).toContainText(
      '+       "en": "Cement output (H1)"',
    );
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });

  for (const [lang, button, open] of [
    ['zh', '中文', '打开'],
    ['en', 'English', 'Open'],
  ] as const) {
    for (const width of [360, 1280]) {
      test(`speaks ${lang} with <html lang> to match and passes axe at ${width} px`, async ({
        page,
        checkAxe,
        saveScreenshot,
      }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(studio.url);
        await page.getByRole('button', { name: button }).click();
        await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
        await page.locator('select').first().selectOption('guangxi-power');
        await page.getByRole('button', { name: open, exact: true }).click();
        await expect(page.locator('.studio-mark').first()).toBeVisible();
        // Nothing wider than the screen.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await checkAxe(page, `studio ${lang} ${width}`);
        await saveScreenshot(page, `studio-${lang}-${width}`);
      });
    }
  }
});
