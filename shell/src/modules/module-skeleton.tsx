import { Skeleton, useTranslation } from '@portal/shared-ui';

/** The placeholder while a module's code arrives: a header and a few rows. */
export function ModuleSkeleton() {
  const { t } = useTranslation('shell');
  return (
    <div className="shell-module-skeleton" aria-busy="true" role="status">
      <span className="portal-visually-hidden">{t('module.loading')}</span>
      <Skeleton width="60%" height="1.75rem" />
      <Skeleton shape="block" />
      <Skeleton shape="block" />
      <Skeleton shape="block" />
    </div>
  );
}
