import { localizedNotFound, localizedProblem, type ProblemError } from '@portal/module-kit';
import type { Lang } from './http.js';

/**
 * The problems the procedures API answers, each sentence in Vietnamese and English; `title`, `detail` and
 * field errors come in the caller's language (Accept-Language, Vietnamese by default). The 400 with field
 * errors is module-kit's invalidFields / fieldProblem.
 */

/** 404 for a dossier that does not exist or that the caller may not see (the two look the same). */
export const dossierNotFound = (lang: Lang): ProblemError =>
  localizedNotFound(
    { vi: 'Không tìm thấy hồ sơ', en: 'Dossier not found' },
    { vi: 'Không có hồ sơ này, hoặc bạn không có quyền xem.', en: 'There is no such dossier, or you may not see it.' },
    lang,
  );

export const procedureNotFound = (lang: Lang): ProblemError =>
  localizedNotFound(
    { vi: 'Không tìm thấy thủ tục', en: 'Procedure not found' },
    { vi: 'Không có thủ tục này trong danh mục.', en: 'There is no such procedure in the catalog.' },
    lang,
  );

/** 409 '/problems/illegal-transition': the action is not possible in this status; `allowed` names what is. */
export function illegalTransition(lang: Lang, status: string, action: string, allowed: readonly string[]): ProblemError {
  return localizedProblem(
    409,
    '/problems/illegal-transition',
    { vi: 'Không thể thực hiện thao tác này lúc này', en: 'This action is not possible now' },
    {
      vi: `Hồ sơ đang ở trạng thái "${status}" nên không thể "${action}". Có thể: ${allowed.join(', ') || 'không thao tác nào'}.`,
      en: `The dossier is "${status}", so "${action}" is not possible. Possible now: ${allowed.join(', ') || 'nothing'}.`,
    },
    lang,
    { currentStatus: status, action, allowed: [...allowed] },
  );
}

/** 409 '/problems/stale-version': someone changed the dossier since the caller read it. */
export function staleVersion(lang: Lang, sent: number, current: number): ProblemError {
  return localizedProblem(
    409,
    '/problems/stale-version',
    { vi: 'Hồ sơ đã thay đổi', en: 'The dossier has changed' },
    {
      vi: `Hồ sơ đã được cập nhật (phiên bản ${current}, bạn gửi ${sent}). Tải lại rồi thử lại.`,
      en: `The dossier was updated (version ${current}, you sent ${sent}). Reload and try again.`,
    },
    lang,
    { currentVersion: current },
  );
}
