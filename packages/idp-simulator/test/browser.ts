// A tiny cookie-keeping HTTP client that follows redirects by hand, like a browser without JavaScript.
type Cookie = { name: string; value: string; path: string };

export type Page = { status: number; url: string; headers: Headers; body: string };

export class Browser {
  private cookies: Cookie[] = [];

  cookieNames(): string[] {
    return this.cookies.map((c) => c.name);
  }

  private cookieHeader(url: URL): string {
    return this.cookies
      .filter(
        (c) =>
          url.pathname === c.path ||
          url.pathname.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`) ||
          c.path === '/',
      )
      .map((c) => `${c.name}=${c.value}`)
      .join('; ');
  }

  private store(url: URL, headers: Headers) {
    for (const line of headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      let path = url.pathname.replace(/\/[^/]*$/, '') || '/';
      let expired = value === '';
      for (const attribute of attributes) {
        const [key = '', val = ''] = attribute.split('=');
        if (key.toLowerCase() === 'path') path = val;
        if (key.toLowerCase() === 'expires' && new Date(val).getTime() <= Date.now()) expired = true;
        if (key.toLowerCase() === 'max-age' && Number(val) <= 0) expired = true;
      }
      this.cookies = this.cookies.filter((c) => !(c.name === name && c.path === path));
      if (!expired) this.cookies.push({ name, value, path });
    }
  }

  /** One request, no redirect following. */
  async request(
    url: string | URL,
    init: { method?: string; form?: Record<string, string> } = {},
  ): Promise<Page> {
    const target = new URL(url);
    const headers: Record<string, string> = {};
    const cookie = this.cookieHeader(target);
    if (cookie) headers.cookie = cookie;
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(target, {
      method: init.method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      body,
      redirect: 'manual',
    });
    this.store(target, response.headers);
    return {
      status: response.status,
      url: target.href,
      headers: response.headers,
      body: await response.text(),
    };
  }

  /**
   * Requests `url` and follows redirects while they stay on `origin`; returns the last page, or the
   * redirect URL leaving the origin (the relying party's callback) as `leftTo`.
   */
  async go(
    url: string | URL,
    origin: string,
    init: { method?: string; form?: Record<string, string> } = {},
  ): Promise<{ page: Page; leftTo?: URL }> {
    let page = await this.request(url, init);
    for (let hops = 0; hops < 10; hops++) {
      const location = page.headers.get('location');
      if (page.status < 300 || page.status >= 400 || !location) return { page };
      const next = new URL(location, page.url);
      if (next.origin !== origin) return { page, leftTo: next };
      page = await this.request(next);
    }
    throw new Error('too many redirects');
  }
}

/** The `action` of the first form whose action ends with `suffix`. */
export function formAction(body: string, suffix: string, base: string): string {
  for (const match of body.matchAll(/<form[^>]*action="([^"]+)"/g)) {
    const action = (match[1] ?? '').replaceAll('&amp;', '&');
    if (action.endsWith(suffix)) return new URL(action, base).href;
  }
  throw new Error(`no form with action ending in ${suffix}`);
}

/** Hidden inputs of the first form in the page. */
export function hiddenInputs(body: string): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const match of body.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) {
    inputs[match[1] ?? ''] = match[2] ?? '';
  }
  return inputs;
}
