import { renderGrowth } from './growth-report.ts';
import { CATEGORIES, type Category, type FailingAudit } from './lighthouse.ts';
import { isFailed, TARGETS, type BenchResults, type RouteLighthouse } from './results.ts';

const NA = 'n/a';

/** `✓` when the value meets its target, `✗` otherwise. */
export function mark(ok: boolean): string {
  return ok ? '✓' : '✗';
}

/** 96 712 bytes → `96.7 kB` (kB = 1000 bytes, the stricter reading of the budgets). */
export function formatKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

export function formatMs(ms: number | null | undefined): string {
  return ms === null || ms === undefined ? NA : `${Math.round(ms)} ms`;
}

function scoreCell(score: number | null | undefined, target: number): string {
  if (score === null || score === undefined) return NA;
  return `${score.toFixed(2)} ${mark(score >= target)}`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const CATEGORY_SHORT: Record<Category, string> = {
  performance: 'Perf',
  accessibility: 'A11y',
  'best-practices': 'Best pr.',
  seo: 'SEO',
};

function lighthouseTable(routes: RouteLighthouse[]): string {
  const header = [
    'Route',
    ...CATEGORIES.map((c) => CATEGORY_SHORT[c]),
    'LCP',
    'FCP',
    'TBT',
    'CLS',
    'LCP no-JS floor',
    'LCP ÷ floor',
    'CPU index',
  ];
  const rows = routes.map((r) => {
    if (isFailed(r.page))
      return [`\`${r.path}\``, `failed: ${r.page.error}`, '', '', '', '', '', '', '', '', '', ''];
    const m = r.page.median;
    const floorLcp = isFailed(r.floor) ? null : r.floor.median.metrics.lcp;
    return [
      `\`${r.path}\``,
      ...CATEGORIES.map((c) => scoreCell(m.scores[c], TARGETS[c])),
      formatMs(m.metrics.lcp),
      formatMs(m.metrics.fcp),
      formatMs(m.metrics.tbt),
      m.metrics.cls === null ? NA : m.metrics.cls.toFixed(3),
      isFailed(r.floor) ? `failed: ${r.floor.error}` : formatMs(floorLcp),
      r.lcpRatio === null ? NA : `${r.lcpRatio.toFixed(2)} ${mark(r.lcpRatio <= TARGETS.lcpRatio)}`,
      m.benchmarkIndex === null ? NA : String(Math.round(m.benchmarkIndex)),
    ];
  });
  return table(header, rows);
}

/** Every failing accessibility / best-practices / SEO audit, with the routes it fails on. */
export function failingAuditSummary(routes: RouteLighthouse[]): string[] {
  const byAudit = new Map<string, { audit: FailingAudit; routes: string[] }>();
  for (const r of routes) {
    if (isFailed(r.page)) continue;
    for (const audit of r.page.failing) {
      const key = `${audit.category}:${audit.id}`;
      const entry = byAudit.get(key) ?? { audit, routes: [] };
      entry.routes.push(r.path);
      byAudit.set(key, entry);
    }
  }
  return [...byAudit.values()].map(({ audit, routes: paths }) => {
    const items = audit.items
      .slice(0, 3)
      .map((i) => `\n  - ${i.replace(/\s+/g, ' ')}`)
      .join('');
    return `- **${audit.category} · ${audit.id}** (${audit.title}${audit.displayValue ? `, ${audit.displayValue}` : ''}) on ${paths.map((p) => `\`${p}\``).join(', ')}${items}`;
  });
}

function perfOffenders(routes: RouteLighthouse[]): string[] {
  const measured = routes.flatMap((r) =>
    isFailed(r.page) || !r.page.diagnostics ? [] : [{ path: r.path, m: r.page }],
  );
  measured.sort(
    (a, b) =>
      (a.m.median.scores.performance ?? 1) - (b.m.median.scores.performance ?? 1) ||
      (b.m.median.metrics.lcp ?? 0) - (a.m.median.metrics.lcp ?? 0),
  );
  return measured.slice(0, 4).map(({ path, m }) => {
    const d = m.diagnostics!;
    const phases = Object.entries(d.lcpPhases)
      .map(([k, v]) => `${k} ${v} ms`)
      .join(', ');
    const tasks = d.longTasks
      .map((t) => `${t.url.replace(/^https?:\/\/[^/]+/, '') || 'unattributed'} ${t.ms} ms`)
      .join(', ');
    const boot = d.scriptBootup
      .slice(0, 3)
      .map((b) => `${b.url.replace(/^https?:\/\/[^/]+/, '') || 'other'} ${b.scriptingMs} ms`)
      .join(', ');
    const opps = d.opportunities
      .slice(0, 4)
      .map((o) => `${o.id} (${o.displayValue})`)
      .join(', ');
    return [
      `- **\`${path}\`**: performance ${m.median.scores.performance?.toFixed(2) ?? NA}, LCP ${formatMs(m.median.metrics.lcp)}, TBT ${formatMs(m.median.metrics.tbt)}`,
      d.observed.fcp !== null && d.observed.dcl !== null
        ? `  - unthrottled load: first paint ${d.observed.fcp} ms, DOMContentLoaded ${d.observed.dcl} ms, load ${d.observed.load ?? NA} ms`
        : '',
      d.lcpElement ? `  - LCP element: ${d.lcpElement.replace(/\s+/g, ' ').slice(0, 200)}` : '',
      phases ? `  - LCP phases: ${phases}` : '',
      tasks ? `  - long tasks (first run): ${tasks}` : '',
      boot ? `  - script evaluation: ${boot}` : '',
      opps ? `  - savings Lighthouse suggests: ${opps}` : '',
    ]
      .filter(Boolean)
      .join('\n');
  });
}

/** The figures as markdown tables; `detail` adds the worst offenders and file lists. */
export function renderMarkdown(results: BenchResults, detail: boolean): string {
  const env = results.environment;
  const out: string[] = [];
  out.push(
    `Measured ${env.date.slice(0, 10)} with \`npm run bench${results.args.quick ? ' -- --quick' : ''}\` on ${env.cpus} CPU cores (${env.cpuModel}), Node ${env.node}, ${env.chromium}, Lighthouse ${env.lighthouse}; load average ${env.loadAverageAtStart[0] ?? NA} at the start${env.loadAverageAtEnd ? `, ${env.loadAverageAtEnd[0]} at the end` : ''} (above ${env.cpus} means other work competed for the CPU and timings are inflated). Targets from the issue; ✓ meets, ✗ misses.`,
  );
  for (const error of results.errors) out.push(`**Not measured:** ${error}`);

  if (results.lighthouse) {
    const lh = results.lighthouse;
    out.push(
      `### Lighthouse\n\n${lh.config}; median of ${lh.runs} run${lh.runs === 1 ? '' : 's'} per page${lh.floorRuns !== undefined ? ` and ${lh.floorRuns} per no-JS floor` : ''}, the runs interleaved across routes (run 1 of every route, then run 2, …) so a burst of load on the machine falls on one run of several routes rather than on every run of one (scores other than performance from the first run). Targets: performance ≥ ${TARGETS.performance}, accessibility, best practices and SEO ${TARGETS.accessibility.toFixed(1)}, LCP ≤ ${TARGETS.lcpRatio}× the LCP of the same page with every script removed (the no-JS floor). CPU index: Lighthouse's \`benchmarkIndex\`, its measure of this machine's speed during the page's runs (median; higher is faster). Lighthouse slows the CPU 4× whatever that speed, so TBT and performance fall when the index falls: compare routes and runs at similar indexes.\n\n${lighthouseTable(lh.routes)}`,
    );
  }

  if (results.js) {
    const js = results.js;
    const rows = js.routes.map((r) => {
      const initial = isFailed(r.initial)
        ? `failed: ${r.initial.error}`
        : `${formatKb(r.initial.gzipBytes)} ${mark(r.initial.gzipBytes <= js.budgets.initialBytes)}`;
      const all = isFailed(r.loaded)
        ? `failed: ${r.loaded.error}`
        : `${formatKb(r.loaded.allBytes)} ${mark(r.loaded.allBytes <= js.budgets.allBytes)}`;
      const count = isFailed(r.loaded) ? NA : String(r.loaded.scripts.length);
      const data = isFailed(r.loaded) ? NA : formatKb(r.loaded.dataBytes);
      return [`\`${r.path}\``, initial, all, count, data];
    });
    out.push(
      `### JavaScript (gzip)\n\n${js.method} Budgets: initial ≤ ${formatKb(js.budgets.initialBytes)}, all ≤ ${formatKb(js.budgets.allBytes)}.\n\n${table(['Route', 'Initial JS', 'All JS after scrolling', 'Scripts', 'Data (JSON, not JS)'], rows)}`,
    );
    if (js.libraryFloor && !isFailed(js.libraryFloor)) {
      const floor = js.libraryFloor;
      const each = floor.libraries.map((l) => `${l.name} ${formatKb(l.gzipBytes)}`).join(', ');
      out.push(
        `The libraries the stack prescribes take ${formatKb(floor.togetherGzipBytes)} of the initial budget before any of the app's own code, strings or view: bundled together with the app's Vite settings (each alone: ${each}; a library alone includes what it imports, such as react in react-i18next).`,
      );
    }
    if (detail) {
      const lists = js.routes.flatMap((r) =>
        isFailed(r.initial) || isFailed(r.loaded)
          ? []
          : [
              `- \`${r.path}\`: initial ${r.initial.files.map((f) => `${f.file.replace(/^assets\//, '')} ${formatKb(f.gzipBytes)}`).join(', ')}; after scrolling also ${
                r.loaded.scripts
                  .filter(
                    (s) =>
                      !(r.initial as { files: { file: string }[] }).files.some((f) =>
                        s.path.endsWith(`/${f.file}`),
                      ),
                  )
                  .map((s) => `${s.path.replace(/^.*\//, '')} ${formatKb(s.transferBytes)}`)
                  .join(', ') || 'nothing'
              }`,
            ],
      );
      if (lists.length > 0) out.push(`Files:\n\n${lists.join('\n')}`);
    }
  }

  if (results.interactions) {
    const it = results.interactions;
    const ms = (v: number | null, below: boolean) =>
      v === null
        ? NA
        : `${below && v <= 16 ? '≤ ' : ''}${Math.round(v)} ms ${mark(v <= TARGETS.interactionMs)}`;
    const rows = it.results.map((r) =>
      r.status === 'n/a'
        ? [r.label, `n/a: ${r.reason ?? ''}`, '', '']
        : [
            r.label,
            ms(r.median.eventTimingMs, r.belowThreshold > 0),
            ms(r.median.rafMs, false),
            formatMs(r.median.settledMs),
          ],
    );
    out.push(
      `### Interactions\n\n${it.cpuThrottling}× CPU throttling (CDP), ${it.viewport}, median of ${it.reps} clicks, each in a freshly loaded and hydrated page, as raw mouse input at the target's centre: the pointer moves there, 300 ms later the button goes down and up (not Playwright's locator.click, whose own checks run inside the page's event handling). Event Timing: the longest \`event\` entry of the click (pointerdown → click), INP-style; entries under 16 ms are not reported and count as 16 ms. rAF: pointerdown → first frame after the click handlers. Settled: pointerdown → last change to elements or text (attribute-only changes such as chart animation frames not counted). Target ≤ ${TARGETS.interactionMs} ms.\n\n${table(['Interaction', 'Event Timing', 'rAF after click', 'DOM settled'], rows)}`,
    );
  }

  if (results.growth) out.push(renderGrowth(results));

  if (detail && results.lighthouse) {
    const audits = failingAuditSummary(results.lighthouse.routes);
    out.push(
      `### Worst offenders\n\nFailing accessibility, best-practices and SEO audits:\n\n${audits.length > 0 ? audits.join('\n') : '- none'}\n\nSlowest pages (lowest performance score first):\n\n${perfOffenders(results.lighthouse.routes).join('\n') || '- none'}\n\nFull Lighthouse JSON of every run: bench-results/tmp/lighthouse/.`,
    );
  }
  return `${out.join('\n\n')}\n`;
}

export const README_START = '<!-- bench:start -->';
export const README_END = '<!-- bench:end -->';

/**
 * README.md with `section` between the bench markers; appends a "## Performance" section with
 * the markers at the end when they are absent. Nothing outside the markers changes.
 */
export function replaceReadmeSection(readme: string, section: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  const body = `${README_START}\n\n${section.trim()}\n\n${README_END}`;
  if (start !== -1 && end > start) {
    return `${readme.slice(0, start)}${body}${readme.slice(end + README_END.length)}`;
  }
  if (start !== -1 || end !== -1) {
    throw new Error(
      `README.md has only one of the markers ${README_START} / ${README_END} (or they are out of order); fix it by hand.`,
    );
  }
  const trimmed = readme.replace(/\s*$/, '');
  return `${trimmed}\n\n## Performance\n\n${body}\n`;
}
