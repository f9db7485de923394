// Drives the test provider's pages the way a browser would (cookies, redirects, its login and
// consent forms), stopping when it sends the browser back to the app's redirect URI.

/** One cookie jar for the provider's origin: its interaction and session cookies. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair.indexOf('=');
      this.cookies.set(pair.slice(0, index).trim(), pair.slice(index + 1));
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

const formAction = (html: string) => /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
const promptOf = (html: string) => /name="prompt" value="([^"]+)"/.exec(html)?.[1];

/**
 * Follows the provider from the authorization URL, signs in as `login` and consents; returns
 * the URL the provider redirects to once it leaves for `redirectUri`, and the prompts it showed.
 */
export async function signInAtProvider(authorizationUrl: string, redirectUri: string, login: string) {
  const jar = new CookieJar();
  const prompts: string[] = [];
  let request: { url: string; form?: URLSearchParams } = { url: authorizationUrl };
  for (let step = 0; step < 20; step += 1) {
    const response = await fetch(request.url, {
      method: request.form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: jar.header(), ...(request.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: request.form?.toString(),
    });
    jar.store(response);
    const location = response.headers.get('location');
    if (location) {
      const next = new URL(location, request.url).toString();
      if (next.startsWith(redirectUri)) return { callbackUrl: next, prompts };
      request = { url: next };
      continue;
    }
    const html = await response.text();
    const action = formAction(html);
    const prompt = promptOf(html);
    if (!action || !prompt)
      throw new Error(
        `the provider answered ${response.status} without a form: ${html
          .replace(/<style>[^]*<\/style>/, '')
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ')
          .slice(0, 400)}`,
      );
    prompts.push(prompt);
    request = {
      url: new URL(action, request.url).toString(),
      form: new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'any' } : { prompt }),
    };
  }
  throw new Error('the provider never sent the browser back');
}
