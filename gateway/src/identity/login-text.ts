export type Lang = 'vi' | 'en';

/** Every string of the sign-in pages, Vietnamese first. */
export const LOGIN_TEXT = {
  vi: {
    title: 'Đăng nhập',
    heading: 'Đăng nhập bằng tài khoản định danh điện tử',
    portalNote: 'Một tài khoản cho mọi dịch vụ của cổng',
    citizenTab: 'Công dân',
    businessTab: 'Tài khoản tổ chức',
    nationalId: 'Số định danh cá nhân',
    nationalIdHint: '12 chữ số trên căn cước công dân',
    representativeId: 'Số định danh của người đại diện',
    taxCode: 'Mã số thuế của doanh nghiệp',
    taxCodeHint: '10 chữ số (hoặc 10 chữ số, dấu gạch ngang và 3 chữ số của chi nhánh)',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    switchLang: 'English',
    errorTitle: 'Chưa đăng nhập được',
    invalid: 'Số định danh hoặc mật khẩu không đúng. Vui lòng kiểm tra và nhập lại.',
    malformedId: 'Số định danh cá nhân phải gồm đúng 12 chữ số.',
    malformedTaxCode: 'Mã số thuế phải gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số.',
    notBusiness: 'Người này không phải người đại diện của doanh nghiệp có mã số thuế đã nhập.',
    locked: (when: string) => `Tài khoản tạm khoá do nhập sai mật khẩu 5 lần liên tiếp. Vui lòng thử lại sau ${when}.`,
    expired: 'Phiên đăng nhập đã hết hạn hoặc không hợp lệ. Vui lòng quay lại cổng và đăng nhập lại.',
    backToPortal: 'Quay lại cổng dịch vụ',
    logoutHeading: 'Đăng xuất',
    logoutQuestion: 'Bạn có muốn đăng xuất khỏi cổng dịch vụ?',
    logoutYes: 'Đăng xuất',
    logoutNo: 'Ở lại',
    loggedOut: 'Bạn đã đăng xuất.',
    errorHeading: 'Đã xảy ra lỗi',
  },
  en: {
    title: 'Sign in',
    heading: 'Sign in with your electronic identity account',
    portalNote: 'One account for every service of the portal',
    citizenTab: 'Citizen',
    businessTab: 'Business account',
    nationalId: 'Personal identification number',
    nationalIdHint: 'The 12 digits on your citizen identity card',
    representativeId: "Representative's identification number",
    taxCode: "Enterprise's tax code",
    taxCodeHint: '10 digits (or 10 digits, a hyphen and a 3-digit branch number)',
    password: 'Password',
    submit: 'Sign in',
    switchLang: 'Tiếng Việt',
    errorTitle: 'Could not sign in',
    invalid: 'The identification number or password is not correct. Please check and try again.',
    malformedId: 'The personal identification number must be exactly 12 digits.',
    malformedTaxCode: 'The tax code must be 10 digits, or 10 digits, a hyphen and 3 digits.',
    notBusiness: 'This person is not a representative of the enterprise with that tax code.',
    locked: (when: string) => `The account is locked for a while after 5 wrong passwords in a row. Please try again after ${when}.`,
    expired: 'The sign-in session has expired or is not valid. Please go back to the portal and sign in again.',
    backToPortal: 'Back to the portal',
    logoutHeading: 'Sign out',
    logoutQuestion: 'Do you want to sign out of the portal?',
    logoutYes: 'Sign out',
    logoutNo: 'Stay signed in',
    loggedOut: 'You have signed out.',
    errorHeading: 'Something went wrong',
  },
} as const;

export type LoginText = (typeof LOGIN_TEXT)[Lang];

/**
 * The page language: `?lang=` first, then the `lang` cookie, then the OIDC `ui_locales` the app sent;
 * Vietnamese otherwise.
 */
export function pickLang(query: string | undefined, cookie: string | undefined, uiLocales?: unknown): Lang {
  for (const candidate of [query, cookie, ...(typeof uiLocales === 'string' ? uiLocales.split(' ') : [])]) {
    const lang = candidate?.toLowerCase().slice(0, 2);
    if (lang === 'vi' || lang === 'en') return lang;
  }
  return 'vi';
}

/** "14:35 ngày 30/11/2026" / "14:35 on 30/11/2026", in Vietnam's time zone. */
export function formatRetryTime(date: Date, lang: Lang): string {
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', ...options }).format(date);
  const time = part({ hour: '2-digit', minute: '2-digit', hour12: false });
  const day = part({ day: '2-digit', month: '2-digit', year: 'numeric' });
  return lang === 'vi' ? `${time} ngày ${day}` : `${time} on ${day} (Vietnam time)`;
}
