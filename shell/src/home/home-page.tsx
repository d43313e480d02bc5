import { useEffect } from 'react';
import { EmptyState, Skeleton, useTranslation } from '@portal/shared-ui';
import { RegistryErrorState } from '../registry/registry-error-state.js';
import { useRegistry } from '../registry/registry-context.js';
import { usePortalName, useProvinceName } from '../registry/use-portal-name.js';
import { ModuleGrid } from './module-grid.js';

const SKELETON_TILES = 6;

/** The home screen: who runs the portal, then a grid of its services. */
export function HomePage() {
  const { t } = useTranslation('shell');
  const { registry } = useRegistry();
  const portalName = usePortalName();
  const province = useProvinceName();

  useEffect(() => {
    document.title = portalName;
  }, [portalName]);

  return (
    <>
      <section className="shell-hero">
        <p className="shell-hero__province">{province}</p>
        <p className="shell-hero__tagline">{t('home.tagline')}</p>
      </section>
      <section aria-labelledby="services-heading">
        <h2 id="services-heading" className="shell-section-title">
          {t('home.services')}
        </h2>
        {registry.status === 'loading' && (
          <div className="shell-grid" role="status" aria-busy="true">
            <span className="portal-visually-hidden">{t('common:loading')}</span>
            {Array.from({ length: SKELETON_TILES }, (_, index) => (
              <Skeleton key={index} shape="block" height="104px" />
            ))}
          </div>
        )}
        {registry.status === 'error' && <RegistryErrorState />}
        {registry.status === 'ready' &&
          (registry.modules.length > 0 ? (
            <ModuleGrid modules={registry.modules} />
          ) : (
            <EmptyState icon="grid" title={t('home.emptyTitle')} description={t('home.emptyDescription')} />
          ))}
      </section>
    </>
  );
}
