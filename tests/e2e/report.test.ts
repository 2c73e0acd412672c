/**
 * The HTML report in a real browser: Debian's chromium (installed by .ci/run), driven by
 * playwright-core, never a downloaded browser. Pages are opened from disk (file://).
 * Screenshots go to test-results/report/ (git-ignored); docs/report.png is refreshed only
 * on purpose: UPDATE_REPORT_SCREENSHOT=1 npm test.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html/page.js';
import { fixtureCorpus, hostileCorpus, HOSTILE_TEXT } from '../fixtures/report-corpus.js';

const CHROMIUM = '/usr/bin/chromium';
const OUT = resolve('test-results/report');
const available = existsSync(CHROMIUM);
const underCi = process.env.CI === 'true';
if (!available && !underCi) console.warn(`report browser test skipped: ${CHROMIUM} is missing (install Debian's chromium, or run .ci/run)`);

/** What the page did while it was open: anything here is a failure. */
interface Watch { errors: string[]; dialogs: string[]; requests: string[] }

describe.skipIf(!available && !underCi)('HTML report in chromium', () => {
  let context: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    profile = mkdtempSync(join(tmpdir(), 'nato-report-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM, headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, 'fixture.html'), renderHtml(fixtureCorpus()));
    writeFileSync(join(OUT, 'hostile.html'), renderHtml(hostileCorpus()));
    mkdirSync(join(OUT, 'hostile-input'), { recursive: true });
    // NUL bytes would make the reader skip the file as binary; everything else goes in as is.
    writeFileSync(join(OUT, 'hostile-input', 'evil.txt'), HOSTILE_TEXT.replace(/\u0000/g, ''));
    execFileSync('node', ['bin/nato-facts.js', 'report', 'seeds/', join(OUT, 'hostile-input'), '-o', join(OUT, 'seeds.html')]);
  });

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function open(file: string, width: number): Promise<{ page: Page; watch: Watch }> {
    const page = await context.newPage();
    const watch: Watch = { errors: [], dialogs: [], requests: [] };
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') watch.errors.push(m.text()); });
    page.on('pageerror', (e) => watch.errors.push(e.message));
    page.on('dialog', (d) => { watch.dialogs.push(d.message()); void d.dismiss(); });
    page.on('request', (r) => { if (!/^(file|data):/.test(r.url())) watch.requests.push(r.url()); });
    await page.setViewportSize({ width, height: 900 });
    await page.goto(pathToFileURL(join(OUT, file)).href);
    return { page, watch };
  }

  function clean(watch: Watch): void {
    expect(watch.errors).toEqual([]);
    expect(watch.dialogs).toEqual([]);
    expect(watch.requests).toEqual([]);
  }

  it.each([1280, 320])('shows every part of the full story at %i px, with no errors', async (width) => {
    const { page, watch } = await open('fixture.html', width);
    await expect(page.locator('h1').textContent()).resolves.toContain('Secretary General');
    expect(await page.locator('#glance .card').count()).toBe(3);
    expect(await page.locator('table.candidates tbody tr').count()).toBe(5);
    expect(await page.locator('svg.timeline').count()).toBe(2);
    expect(await page.locator('svg.timeline a.ti').count()).toBeGreaterThan(15);
    expect(await page.locator('#people tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('#quotes li.quote').count()).toBeGreaterThan(0);
    expect(await page.locator('#evidence ol.evidence li').count()).toBeGreaterThan(10);
    // nothing sticks out sideways: only the timeline scrolls, inside its own box
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: join(OUT, `fixture-${width}.png`), fullPage: true });
    clean(watch);
    await page.close();
  });

  it('takes a click on a timeline mark to its details, and a citation to its sentence', async () => {
    const { page, watch } = await open('fixture.html', 1280);
    const mark = page.locator('svg.timeline a.ti').first();
    await expect(mark.locator('title').textContent()).resolves.toMatch(/\S/);
    await mark.click();
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toMatch(/^#tl-\d+$/);
    expect(await page.locator(`${hash}`).isVisible()).toBe(true);
    await page.locator('#glance a.cite').first().click();
    const target = await page.evaluate(() => location.hash);
    expect(target).toMatch(/^#ev-\d+-\d+$/);
    expect(await page.locator(`${target} .sentence`).isVisible()).toBe(true);
    clean(watch);
    await page.close();
  });

  it.each(['hostile.html', 'seeds.html'])('runs nothing an article smuggled in (%s)', async (file) => {
    const { page, watch } = await open(file, 1280);
    await page.waitForTimeout(0);
    const found = await page.evaluate(() => ({
      scripts: document.scripts.length,
      frames: document.querySelectorAll('iframe, img, object, embed, b').length,
      handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
      jsLinks: [...document.querySelectorAll('a')].filter((a) => !/^#|^data:/.test(a.getAttribute('href') ?? '#')).length,
      styles: document.querySelectorAll('style').length,
    }));
    expect(found).toEqual({ scripts: 0, frames: 0, handlers: 0, jsLinks: 0, styles: 1 });
    await expect(page.locator('body').textContent()).resolves.toContain('<script>alert');
    await page.screenshot({ path: join(OUT, file.replace('.html', '-1280.png')), fullPage: true });
    // long hostile words wrap instead of pushing the page wider than a phone
    await page.setViewportSize({ width: 320, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    clean(watch);
    await page.close();
  });

  it('saves the README screenshot when asked to', async () => {
    const { page, watch } = await open('fixture.html', 1280);
    const bottom = await page.evaluate(() => (document.querySelector('#timeline .tl-details') as HTMLElement).offsetTop);
    const shot = join(OUT, 'report.png');
    await page.screenshot({ path: shot, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: Math.min(bottom, 2400) } });
    if (process.env.UPDATE_REPORT_SCREENSHOT === '1') copyFileSync(shot, resolve('docs/report.png'));
    clean(watch);
    await page.close();
  });
});
