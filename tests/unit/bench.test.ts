// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../scripts/bench/args';
import { bootScripts, htmlScripts, staticImports } from '../../scripts/bench/js-bytes';
import { stripScripts } from '../../scripts/bench/no-js';
import {
  README_END,
  README_START,
  renderMarkdown,
  replaceReadmeSection,
} from '../../scripts/bench/report';
import type { BenchResults } from '../../scripts/bench/results';
import { median } from '../../scripts/bench/stats';

describe('parseBenchArgs', () => {
  it.each([
    [[], { build: true, quick: false, lighthouseRuns: 5, interactionReps: 5 }],
    [['--no-build'], { build: false }],
    [['--quick'], { quick: true, lighthouseRuns: 1, interactionReps: 3 }],
    [['--quick', '--runs=2'], { lighthouseRuns: 2 }],
    [['--only=growth'], { parts: ['growth'] }],
    [['--only=js,lighthouse'], { parts: ['lighthouse', 'js'] }],
    [['--port=5000'], { port: 5000 }],
    [['--extra-routes'], { extraRoutes: true }],
  ])('%j → %j', (argv, expected) => {
    expect(parseBenchArgs(argv)).toMatchObject(expected);
  });

  it.each([
    [['--only=speed'], /--only: unknown part "speed"/],
    [['--runs=0'], /--runs must be an integer ≥ 1/],
    [['--port=70000'], /--port must be at most 65535/],
    [['--fast'], /Unexpected argument "--fast"/],
  ])('%j is refused', (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(message);
  });
});

describe('median', () => {
  it.each([
    [[], null],
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('%j → %j', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('stripScripts (the no-JS floor)', () => {
  it.each([
    [
      '<head><script>var a = "</p>";</script><title>t</title></head>',
      '<head><title>t</title></head>',
    ],
    [
      '<script type="module" crossorigin src="/assets/index-x.js"></script><link rel="stylesheet" href="/a.css">',
      '<link rel="stylesheet" href="/a.css">',
    ],
    ['<link rel="modulepreload" crossorigin href="/assets/c.js"><p>x</p>', '<p>x</p>'],
    ['<SCRIPT>\nalert(1)\n</SCRIPT ><main>kept</main>', '<main>kept</main>'],
  ])('%s', (html, expected) => {
    expect(stripScripts(html)).toBe(expected);
  });
});

describe('module graph of a built page', () => {
  it.each([
    ['import{a as b,c}from"./chunk-1.js";import"./side.js";', ['./chunk-1.js', './side.js']],
    ['export*from"./re.js";export{x}from"./x.js"', ['./re.js', './x.js']],
    ['const p=import(`./lazy.js`);const q=import("./lazy2.js")', []],
    ['import x from "/assets/abs.js"', ['/assets/abs.js']],
  ])('static imports of %s', (source, expected) => {
    expect(staticImports(source)).toEqual(expected);
  });

  it('reads entry scripts and modulepreloads from HTML, not inline scripts', () => {
    const html =
      '<script>inline()</script><script type="module" crossorigin src="/assets/index-a.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/dep-b.js">';
    expect(htmlScripts(html)).toEqual(['/assets/index-a.js', '/assets/dep-b.js']);
  });

  it('reads the entry an inline start-after-paint script imports', () => {
    const html =
      '<script>theme()</script><script data-entry="/assets/index-c.js">(function(s){})(function(){import("/assets/index-c.js")});</script>';
    expect(htmlScripts(html)).toEqual(['/assets/index-c.js']);
  });

  it('counts as boot scripts what was requested before the view chunk arrived', () => {
    const at = (path: string, startMs: number, responseEndMs: number) => ({
      path,
      transferBytes: 1,
      startMs,
      responseEndMs,
      phase: 'load' as const,
    });
    const scripts = [
      at('/assets/index-a.js', 10, 100),
      at('/assets/bundle-en.js', 120, 150),
      at('/assets/table-page-x.js', 121, 160),
      at('/assets/chart-y.js', 300, 320),
    ];
    expect(bootScripts(scripts, 'assets/table-page-x.js')).toEqual([
      '/assets/index-a.js',
      '/assets/bundle-en.js',
      '/assets/table-page-x.js',
    ]);
    expect(bootScripts(scripts, null)).toBeNull();
  });
});

describe('README Performance section', () => {
  it('replaces only the text between the markers', () => {
    const readme = `# App\n\nIntro.\n\n## Performance\n\n${README_START}\nold\n${README_END}\n\n## Licence\n\nMIT\n`;
    expect(replaceReadmeSection(readme, 'new table\n')).toBe(
      `# App\n\nIntro.\n\n## Performance\n\n${README_START}\n\nnew table\n\n${README_END}\n\n## Licence\n\nMIT\n`,
    );
  });

  it('appends a Performance section with the markers when there is none', () => {
    expect(replaceReadmeSection('# App\n\nIntro.\n', 'figures')).toBe(
      `# App\n\nIntro.\n\n## Performance\n\n${README_START}\n\nfigures\n\n${README_END}\n`,
    );
  });

  it('refuses a README with a single marker', () => {
    expect(() => replaceReadmeSection(`# App\n${README_START}\n`, 'x')).toThrow(
      /only one of the markers/,
    );
  });
});

describe('renderMarkdown', () => {
  const base: BenchResults = {
    environment: {
      date: '2026-01-02T03:04:05.000Z',
      node: 'v20.20.2',
      chromium: 'Chromium 156',
      lighthouse: '12.8.2',
      platform: 'linux',
      cpus: 2,
      cpuModel: 'cpu',
      memoryGb: 8,
      loadAverageAtStart: [0.5, 0.4, 0.3],
    },
    args: parseBenchArgs([]),
    durationMs: 1,
    partMs: {},
    errors: [],
  };
  const sample = (performance: number, lcp: number) => ({
    scores: { performance, accessibility: 1, 'best-practices': 0.96, seo: 1 },
    metrics: { lcp, fcp: 900, tbt: 40, cls: 0, si: 1000 },
    benchmarkIndex: 1687.5,
    warnings: [],
  });

  it('marks each figure against its target', () => {
    const md = renderMarkdown(
      {
        ...base,
        lighthouse: {
          runs: 3,
          config: 'default',
          routes: [
            {
              path: '/en/',
              page: {
                runs: 3,
                samples: [],
                median: sample(0.97, 1300),
                failing: [],
                diagnostics: null,
              },
              floor: {
                runs: 3,
                samples: [],
                median: sample(1, 1000),
                failing: [],
                diagnostics: null,
              },
              lcpRatio: 1.3,
            },
          ],
        },
        js: {
          budgets: { initialBytes: 100_000, allBytes: 250_000 },
          method: 'm.',
          routes: [
            {
              path: '/en/',
              initial: { files: [], gzipBytes: 120_000, routeChunk: null },
              bootPaths: [],
              loaded: {
                scripts: [],
                loadBytes: 0,
                allBytes: 200_000,
                dataBytes: 9_000,
                scrollSteps: 0,
              },
            },
          ],
          libraryFloor: {
            libraries: [
              { name: 'react + react-dom/client', gzipBytes: 67_500 },
              { name: 'i18next', gzipBytes: 15_600 },
            ],
            togetherGzipBytes: 86_400,
          },
        },
      },
      false,
    );
    expect(md).toContain('take 86.4 kB of the initial budget');
    expect(md).toContain('react + react-dom/client 67.5 kB, i18next 15.6 kB');
    expect(md).toContain('| `/en/` | 0.97 ✓ | 1.00 ✓ | 0.96 ✗ | 1.00 ✓ | 1300 ms |');
    // The machine's speed during the page's runs, beside the figures it inflates.
    expect(md).toContain('| 1000 ms | 1.30 ✗ | 1688 |');
    expect(md).toContain('| `/en/` | 120.0 kB ✗ | 200.0 kB ✓ | 0 | 9.0 kB |');
    expect(md).toContain('median of 3 runs');
  });

  it('says which parts could not run', () => {
    expect(renderMarkdown({ ...base, errors: ['Lighthouse: build failed'] }, false)).toContain(
      '**Not measured:** Lighthouse: build failed',
    );
  });
});
