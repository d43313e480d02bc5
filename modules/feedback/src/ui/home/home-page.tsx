import { Button, PageHeader, Tile, useSession, useTranslation } from '@portal/shared-ui';
import { NAMESPACE } from '../i18n.js';
import { useModulePath } from '../reports/base-path.js';
import './home.css';

/** The module's start screen: one big "Gửi phản ánh", then the other ways in. */
export function HomePage() {
  const { t } = useTranslation(NAMESPACE);
  const { user } = useSession();
  const path = useModulePath();
  const isOfficer = Boolean(user?.roles.some((role) => role === 'officer' || role === 'unit_lead'));
  return (
    <div className="feedback-home">
      <PageHeader title={t('title')} subtitle={t('home.subtitle')} />
      <div className="feedback-home__primary">
        <Button href={path('new')} icon="camera" block>
          {t('home.report')}
        </Button>
        <p className="feedback-muted">{t('home.reportHint')}</p>
      </div>
      <nav className="feedback-home__tiles" aria-label={t('title')}>
        <Tile href={path('mine')} icon="document" label={t('home.mine')} />
        <Tile href={path('public')} icon="map" label={t('home.public')} />
        <Tile href={path('stats')} icon="grid" label={t('home.stats')} />
        {isOfficer && <Tile href={path('office')} icon="building" label={t('home.office')} />}
      </nav>
    </div>
  );
}
