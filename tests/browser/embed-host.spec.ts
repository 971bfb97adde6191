/**
 * The README's snippet, pasted into a page on another origin (tests/fixtures/host/), embeds a view
 * that follows its content's height and theme, and ignores resize messages it did not send.
 */
import { expect, test, type Frame, type Page } from '@playwright/test';
import { EMBEDDED } from './support/embed-target.ts';
import { HOST_ORIGIN, hostPage } from './support/host.ts';

const FRAME = 'iframe[data-rot-frame]';

/** Loads the host page and returns the snippet it served, printed so the run shows what was embedded. */
async function openHost(page: Page, site: string, theme?: string): Promise<string> {
  const url = hostPage(site, { embed: EMBEDDED.path, theme });
  const source = await (await page.request.get(url)).text();
  const snippet = source.match(/<!-- snippet:start -->\s*([\s\S]*?)\s*<!-- snippet:end -->/)?.[1] ?? '';
  expect(snippet, 'the host page carries the README snippet').toContain('data-rot-embed=');
  const line = `embedded ${EMBEDDED.name} from ${HOST_ORIGIN} (site ${site}) with the README snippet:\n${snippet}`;
  console.log(line);
  test.info().annotations.push({ type: 'embedded', description: line });
  await page.goto(url);
  return snippet;
}

/** The embed's frame, once its view has rendered. */
async function embedFrame(page: Page): Promise<Frame> {
  await expect(EMBEDDED.ready(page.frameLocator(FRAME))).toBeVisible();
  const frame = await page.locator(FRAME).elementHandle().then((h) => h?.contentFrame());
  if (!frame) throw new Error('the embed iframe has no frame');
  return frame;
}

const frameHeight = (page: Page) => page.locator(FRAME).evaluate((f) => Math.round(f.getBoundingClientRect().height));
const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

test('the README snippet turns the placeholder into a titled, lazy iframe of the embed route', async ({ page, baseURL }) => {
  const snippet = await openHost(page, baseURL!);
  expect(new URL(page.url()).origin).toBe(HOST_ORIGIN);
  expect(HOST_ORIGIN).not.toBe(new URL(baseURL!).origin);
  const iframe = page.locator(FRAME);
  await expect(iframe).toHaveCount(1);
  await expect(iframe).toHaveAttribute('loading', 'lazy');
  await expect(iframe).toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
  await expect(iframe).toHaveAttribute('title', /\S/);
  const src = new URL((await iframe.getAttribute('src'))!);
  expect(`${src.origin}${src.pathname}`).toBe(new URL(`embed/${EMBEDDED.path}/`, baseURL).href);
  expect(src.searchParams.get('origin')).toBe(HOST_ORIGIN);
  // The fallback link is gone once the frame is in; the page around it stays.
  const fallback = snippet.match(/<a href="([^"]+)"/)![1]!;
  await expect(page.locator(`main a[href="${fallback}"]`)).toHaveCount(0);
  await expect(page.locator('#after')).toBeVisible();
  const width = await iframe.evaluate((f) => f.getBoundingClientRect().width);
  const mainWidth = await page.locator('main').evaluate((m) => m.getBoundingClientRect().width);
  expect(Math.round(width)).toBe(Math.round(mainWidth));
});

test('the iframe grows to its content and follows it when the content changes', async ({ page, baseURL }) => {
  await openHost(page, baseURL!);
  const frame = await embedFrame(page);
  const first = await contentHeight(frame);
  expect(first).not.toBe(150);
  await expect.poll(() => frameHeight(page)).toBe(first);
  await EMBEDDED.change(page.frameLocator(FRAME));
  await expect.poll(() => contentHeight(frame)).not.toBe(first);
  // The view may settle in more than one step (its reasons and flip points are patched after a
  // paint), so the frame is held to the content as it stands, not to the first height seen.
  await expect.poll(async () => `${await frameHeight(page)} = ${await contentHeight(frame)}`).toMatch(/^(\d+) = \1$/);
  expect(await contentHeight(frame)).not.toBe(first);
  // The host's layout moved with it: the text after the embed sits right below the frame.
  const gap = await page.evaluate(() => {
    const f = document.querySelector('iframe')!.getBoundingClientRect();
    return document.querySelector('#after')!.getBoundingClientRect().top - f.bottom;
  });
  expect(gap).toBeGreaterThanOrEqual(0);
  expect(gap).toBeLessThan(40);
});

for (const [theme, scheme, expected] of [
  ['dark', 'light', 'dark'],
  ['light', 'dark', 'light'],
  ['auto', 'dark', 'dark'],
  ['auto', 'light', 'light'],
] as const) {
  test(`data-theme="${theme}" on a ${scheme} system shows the ${expected} theme`, async ({ page, baseURL }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openHost(page, baseURL!, theme);
    const frame = await embedFrame(page);
    const background = await frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(expected === 'dark' ? 'rgb(20, 22, 26)' : 'rgb(255, 255, 255)');
    const src = new URL((await page.locator(FRAME).getAttribute('src'))!);
    expect(src.searchParams.get('theme')).toBe(theme);
  });
}

test.describe('forged resize messages are ignored', () => {
  /** Waits until the host page itself has seen a message carrying `marker`, so every listener has run. */
  async function watchMessages(page: Page) {
    await page.evaluate(() => {
      const seen: unknown[] = [];
      (window as unknown as { seen: unknown[] }).seen = seen;
      window.addEventListener('message', (e) => seen.push(e.data));
    });
  }
  const seenMarker = (page: Page, marker: number) =>
    page.evaluate((m) => (window as unknown as { seen: { height?: number }[] }).seen.some((d) => d?.height === m), marker);

  test('from the host page itself, from another frame of the host, and from another frame of the site', async ({ page, baseURL }) => {
    await openHost(page, baseURL!);
    const frame = await embedFrame(page);
    const height = await contentHeight(frame);
    await expect.poll(() => frameHeight(page)).toBe(height);
    const id = (await page.locator(FRAME).getAttribute('data-rot-frame'))!;
    await watchMessages(page);

    // 1. The host page posts to itself, with the right id and shape.
    await page.evaluate((frameId) => window.postMessage({ type: 'rot:resize', id: frameId, height: 1111 }, '*'), id);
    await expect.poll(() => seenMarker(page, 1111)).toBe(true);
    expect(await frameHeight(page)).toBe(height);

    // 2. Another frame on the host's origin.
    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.src = src;
      f.id = 'other-host-frame';
      document.body.append(f);
      return new Promise((resolve) => f.addEventListener('load', resolve));
    }, `${HOST_ORIGIN}/blank.html`);
    const hostFrame = page.frame({ url: `${HOST_ORIGIN}/blank.html` })!;
    await hostFrame.evaluate((frameId) => parent.postMessage({ type: 'rot:resize', id: frameId, height: 2222 }, '*'), id);
    await expect.poll(() => seenMarker(page, 2222)).toBe(true);
    expect(await frameHeight(page)).toBe(height);

    // 3. Another frame on the site's own origin: right origin, wrong window.
    const otherEmbed = new URL('embed/node/fine-tuning/', baseURL).href;
    await page.evaluate((src) => {
      const f = document.createElement('iframe');
      f.src = src;
      document.body.append(f);
      return new Promise((resolve) => f.addEventListener('load', resolve));
    }, otherEmbed);
    const siteFrame = page.frame({ url: otherEmbed })!;
    await siteFrame.evaluate(({ frameId, host }) => parent.postMessage({ type: 'rot:resize', id: frameId, height: 3333 }, host), { frameId: id, host: HOST_ORIGIN });
    await expect.poll(() => seenMarker(page, 3333)).toBe(true);
    expect(await frameHeight(page)).toBe(height);

    // The genuine frame is still obeyed afterwards.
    await EMBEDDED.change(page.frameLocator(FRAME));
    await expect.poll(() => frameHeight(page)).not.toBe(height);
    const changed = await contentHeight(frame);
    expect(await frameHeight(page)).toBe(changed);

    // 4. The embed's own window, once navigated to a page of another origin: right window, wrong origin.
    const foreign = `${HOST_ORIGIN}/blank.html?inside-the-embed`;
    await page.locator(FRAME).evaluate((f: HTMLIFrameElement, src) => {
      f.contentWindow!.location.href = src;
      return new Promise((resolve) => f.addEventListener('load', resolve, { once: true }));
    }, foreign);
    const hijacked = page.frame({ url: foreign })!;
    await hijacked.evaluate((frameId) => parent.postMessage({ type: 'rot:resize', id: frameId, height: 4444 }, '*'), id);
    await expect.poll(() => seenMarker(page, 4444)).toBe(true);
    expect(await frameHeight(page)).toBe(changed);
  });

  test('an embed posts nothing to a page whose claimed origin the browser contradicts', async ({ page, baseURL }) => {
    await page.goto(`${HOST_ORIGIN}/blank.html`);
    await watchMessages(page);
    const make = (id: string, origin: string) => {
      const url = new URL(`embed/${EMBEDDED.path}/`, baseURL);
      url.searchParams.set('frame', id);
      url.searchParams.set('origin', origin);
      return url.href;
    };
    for (const [name, src] of [['liar', make('liar', 'http://localhost:1')], ['honest', make('honest', HOST_ORIGIN)]]) {
      await page.evaluate(([n, s]) => {
        const f = document.createElement('iframe');
        f.name = n!;
        f.src = s!;
        document.body.append(f);
        return new Promise((resolve) => f.addEventListener('load', resolve));
      }, [name, src]);
    }
    const ids = () => page.evaluate(() => (window as unknown as { seen: { type?: string; id?: string }[] }).seen.filter((d) => d?.type === 'rot:resize').map((d) => d.id));
    await expect.poll(ids).toContain('honest');
    // The frame told to post elsewhere never set up reporting (and so stays scrollable).
    const autoheight = (name: string) => page.frame({ name })!.evaluate(() => document.documentElement.classList.contains('embed-autoheight'));
    expect(await autoheight('honest')).toBe(true);
    expect(await autoheight('liar')).toBe(false);
    expect(await ids()).not.toContain('liar');
  });
});
