import { useLanguage, useTranslation } from '@portal/shared-ui';
import { useRegistry } from './registry-context.js';

/** The portal's name in the current language; the built-in default until /api/portal answers. */
export function usePortalName(): string {
  const { portal } = useRegistry();
  const { language } = useLanguage();
  const { t } = useTranslation('shell');
  return portal?.name[language] ?? t('portal.defaultName');
}

export function useProvinceName(): string {
  const { portal } = useRegistry();
  const { language } = useLanguage();
  const { t } = useTranslation('shell');
  return portal?.province[language] ?? t('portal.defaultProvince');
}
