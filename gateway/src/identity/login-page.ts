import { LOGIN_TEXT, type Lang } from './login-text.js';

export type LoginTab = 'citizen' | 'business';

export interface LoginPageModel {
  lang: Lang;
  tab: LoginTab;
  /** Where the form posts and the tab/language links point: /realms/<realm>/login-actions/<uid>. */
  action: string;
  /** /realms/<realm>/login-resources: the stylesheet and the logout script. */
  resources: string;
  /** Shown in an alert above the form. */
  error?: string;
  /** Typed values kept after an error (never the password). */
  nationalId?: string;
  taxCode?: string;
}

/** Escapes text for HTML content and double-quoted attributes. */
export function html(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/** The page frame shared by the login, logout and error pages: no inline script or style (CSP). */
export function page(lang: Lang, title: string, resources: string, body: string, script?: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${html(title)}</title>
<link rel="stylesheet" href="${resources}/login.css">
${script ? `<script src="${resources}/${script}" defer></script>` : ''}
</head>
<body>
<main class="card">
<div class="brand" aria-hidden="true"><span class="emblem">★</span></div>
${body}
</main>
</body>
</html>`;
}

/** The VNeID-style sign-in page: two tabs (links, so it works without script), one form. */
export function renderLoginPage(model: LoginPageModel): string {
  const t = LOGIN_TEXT[model.lang];
  const other: Lang = model.lang === 'vi' ? 'en' : 'vi';
  const link = (tab: LoginTab, lang: Lang) => `${model.action}?tab=${tab}&amp;lang=${lang}`;
  const tabLink = (tab: LoginTab, label: string) =>
    `<a class="tab" href="${link(tab, model.lang)}"${tab === model.tab ? ' aria-current="page"' : ''}>${html(label)}</a>`;
  const error = model.error
    ? `<div class="alert" role="alert" id="login-error"><strong>${html(t.errorTitle)}</strong><p>${html(model.error)}</p></div>`
    : '';
  const described = model.error ? ' aria-describedby="login-error"' : '';
  const business = model.tab === 'business';
  const taxField = business
    ? `<label for="tax_code">${html(t.taxCode)}</label>
<p class="hint" id="tax-hint">${html(t.taxCodeHint)}</p>
<input id="tax_code" name="tax_code" inputmode="numeric" autocomplete="organization" required pattern="[0-9]{10}(-[0-9]{3})?" maxlength="14" aria-describedby="tax-hint" value="${html(model.taxCode ?? '')}">`
    : '';
  const body = `<nav class="lang"><a href="${link(model.tab, other)}" lang="${other}" hreflang="${other}">${html(t.switchLang)}</a></nav>
<h1>${html(t.heading)}</h1>
<p class="note">${html(t.portalNote)}</p>
<div class="tabs">${tabLink('citizen', t.citizenTab)}${tabLink('business', t.businessTab)}</div>
${error}
<form method="post" action="${model.action}?tab=${model.tab}&amp;lang=${model.lang}" novalidate${described}>
<input type="hidden" name="tab" value="${model.tab}">
${taxField}
<label for="national_id">${html(business ? t.representativeId : t.nationalId)}</label>
<p class="hint" id="id-hint">${html(t.nationalIdHint)}</p>
<input id="national_id" name="national_id" inputmode="numeric" autocomplete="username" required pattern="[0-9]{12}" maxlength="12" aria-describedby="id-hint" value="${html(model.nationalId ?? '')}"${model.error ? '' : ' autofocus'}>
<label for="password">${html(t.password)}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">${html(t.submit)}</button>
</form>`;
  return page(model.lang, `${t.title} · ${business ? t.businessTab : t.citizenTab}`, model.resources, body);
}

/** A plain message page (expired interaction, provider errors) with a way back to the portal. */
export function renderMessagePage(lang: Lang, resources: string, heading: string, message: string, homeUrl: string): string {
  const t = LOGIN_TEXT[lang];
  return page(lang, heading, resources, `<h1>${html(heading)}</h1>
<p role="alert">${html(message)}</p>
<p><a class="button" href="${html(homeUrl)}">${html(t.backToPortal)}</a></p>`);
}
