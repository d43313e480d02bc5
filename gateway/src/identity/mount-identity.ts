import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpBindings } from '@hono/node-server';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { InvalidTokenError, problemResponse, problemTypes, type Db, type TokenVerifier } from '@portal/module-kit';
import type Provider from 'oidc-provider';
import { securityHeadersFor, type SecurityHeaderOptions } from '../middleware/security-headers.js';
import { accountClaims, attemptLogin, findAccountById } from './accounts.js';
import { renderLoginPage, renderMessagePage, type LoginTab } from './login-page.js';
import { formatRetryTime, LOGIN_TEXT, pickLang, type Lang } from './login-text.js';
import { OIDC_PATHS } from './oidc-paths.js';

export interface IdentityRoutesOptions {
  provider: Provider;
  verifier: TokenVerifier;
  db: Db;
  realm: string;
  publicUrl: string;
  headers: SecurityHeaderOptions;
}

const RESOURCE_FILES: Record<string, string> = { 'login.css': 'text/css; charset=utf-8', 'logout.js': 'text/javascript; charset=utf-8' };

/**
 * Mounts the embedded provider at /realms/<realm>/… on the gateway's own origin, plus what it leaves
 * to the host: the sign-in pages (login-actions), their files (login-resources) and userinfo.
 * oidc-provider is a Koa app: it gets the raw Node request with the realm prefix stripped and
 * `originalUrl` kept (so it builds its URLs under the prefix) and answers on the raw response.
 */
export function mountIdentityRoutes(app: Hono<any>, options: IdentityRoutesOptions): void { // eslint-disable-line @typescript-eslint/no-explicit-any
  const { provider, realm } = options;
  const prefix = `/realms/${realm}`;
  const home = `${options.publicUrl}/`;
  const resources = `${prefix}/login-resources`;
  const callback = provider.callback();

  app.get(`${resources}/:file`, async (c) => {
    const type = RESOURCE_FILES[c.req.param('file')];
    if (!type) return c.notFound();
    const body = await readFile(new URL(`./login-resources/${c.req.param('file')}`, import.meta.url), 'utf8');
    return c.body(body, 200, { 'content-type': type, 'cache-control': 'public, max-age=3600' });
  });

  const userinfo = async (c: Context) => {
    const token = /^Bearer +(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const unauthorized = (error: string) =>
      problemResponse(
        { type: problemTypes.unauthorized, title: 'Unauthorized', status: 401, detail: 'Send a valid access token as a Bearer token.' },
        { 'WWW-Authenticate': `Bearer error="${error}"` },
      );
    if (!token) return unauthorized('invalid_request');
    try {
      const caller = await options.verifier.verify(token);
      const account = await findAccountById(options.db, caller.sub);
      if (!account) return unauthorized('invalid_token');
      return c.json({ sub: account.id, ...accountClaims(account) }, 200, { 'cache-control': 'no-store' });
    } catch (error) {
      if (error instanceof InvalidTokenError) return unauthorized('invalid_token');
      throw error;
    }
  };
  app.get(`${prefix}${OIDC_PATHS.userinfo}`, userinfo);
  app.post(`${prefix}${OIDC_PATHS.userinfo}`, userinfo);

  app.get(`${prefix}/login-actions/:uid`, async (c) => {
    const found = await currentInteraction(c);
    if (found instanceof Response) return found;
    return c.html(renderLoginPage({ lang: found.lang, tab: tabOf(c.req.query('tab')), action: c.req.path, resources }));
  });

  app.post(`${prefix}/login-actions/:uid`, async (c) => {
    const found = await currentInteraction(c);
    if (found instanceof Response) return found;
    const { lang, node } = found;
    const t = LOGIN_TEXT[lang];
    const form = await c.req.parseBody();
    const tab = tabOf(String(form.tab ?? c.req.query('tab') ?? ''));
    const nationalId = String(form.national_id ?? '').trim();
    const taxCode = tab === 'business' ? String(form.tax_code ?? '').trim() : undefined;
    const again = (status: 400 | 401 | 429, error: string) =>
      c.html(renderLoginPage({ lang, tab, action: c.req.path, resources, error, nationalId, ...(taxCode ? { taxCode } : {}) }), status);
    if (taxCode !== undefined && !/^\d{10}(-\d{3})?$/.test(taxCode)) return again(400, t.malformedTaxCode);
    if (!/^\d{12}$/.test(nationalId)) return again(400, t.malformedId);
    const result = await attemptLogin(options.db, { nationalId, password: String(form.password ?? ''), ...(taxCode ? { taxCode } : {}) });
    if (!result.ok) {
      if (result.reason === 'locked') return again(429, t.locked(formatRetryTime(result.until, lang)));
      return again(401, result.reason === 'not-business' ? t.notBusiness : t.invalid);
    }
    const returnTo = await provider.interactionResult(node.incoming, node.outgoing, { login: { accountId: result.account.id } }, { mergeWithLastSubmission: false });
    return c.redirect(returnTo, 303);
  });

  app.all(`${prefix}/*`, async (c) => {
    const node = nodeBindings(c);
    if (!node) return unavailable();
    const { incoming, outgoing } = node;
    const original = incoming.url ?? '/';
    (incoming as IncomingMessage & { originalUrl?: string }).originalUrl = original;
    incoming.url = original.slice(prefix.length) || '/';
    for (const [name, value] of Object.entries(securityHeadersFor(c.req.path, options.headers))) outgoing.setHeader(name, value);
    outgoing.setHeader('X-Request-Id', c.get('requestId') as string);
    await callback(incoming, outgoing);
    return RESPONSE_ALREADY_SENT;
  });

  /** The interaction this browser is in (bound by the provider's cookie), or the page to answer instead. */
  async function currentInteraction(c: Context) {
    const node = nodeBindings(c);
    if (!node) return unavailable();
    let lang = pickLang(c.req.query('lang'), getCookie(c, 'lang'));
    try {
      const details = await provider.interactionDetails(node.incoming, node.outgoing);
      lang = pickLang(c.req.query('lang'), getCookie(c, 'lang'), details.params.ui_locales);
      if (details.uid !== c.req.param('uid') || details.prompt.name !== 'login') throw new Error('not this interaction');
      return { lang, node };
    } catch {
      const t = LOGIN_TEXT[lang];
      return c.html(renderMessagePage(lang, resources, t.errorHeading, t.expired, home), 400);
    }
  }
}

function tabOf(value: string | undefined): LoginTab {
  return value === 'business' ? 'business' : 'citizen';
}

function nodeBindings(c: Context): { incoming: IncomingMessage; outgoing: ServerResponse } | undefined {
  const env = c.env as Partial<HttpBindings> | undefined;
  return env?.incoming && env.outgoing ? { incoming: env.incoming, outgoing: env.outgoing as ServerResponse } : undefined;
}

/** app.request() in tests has no Node request: the provider only runs behind the real server. */
function unavailable(): Response {
  return problemResponse({ type: problemTypes.serviceUnavailable, title: 'Service unavailable', status: 503, detail: 'The sign-in service runs only behind the HTTP server.' });
}

export type { Lang };
