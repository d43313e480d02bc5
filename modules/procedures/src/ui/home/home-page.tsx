import { PageHeader, SearchField, Tile, useSession, useTranslation } from '@portal/shared-ui';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { NAMESPACE } from '../i18n/index.js';
import { isOfficer } from '../shared/applicant.js';
import { useModulePath } from '../shared/base-path.js';
import { FieldList } from './field-list.js';
import './home.css';

/** The module's start screen: find a procedure, browse fields, and the other ways in. */
export function HomePage() {
  const { t } = useTranslation(NAMESPACE);
  const { user } = useSession();
  const path = useModulePath();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');

  const search = (event: FormEvent) => {
    event.preventDefault();
    const q = query.trim();
    void navigate(q ? `${path('catalog')}?q=${encodeURIComponent(q)}` : path('catalog'));
  };

  return (
    <div className="procedures-home">
      <PageHeader title={t('title')} subtitle={t('home.subtitle')} />
      <form role="search" onSubmit={search} className="procedures-home__search">
        <SearchField label={t('home.search')} value={query} onValueChange={setQuery} placeholder={t('home.searchPlaceholder')} />
      </form>
      <nav className="procedures-home__tiles" aria-label={t('home.shortcuts')}>
        <Tile href={path('catalog')} icon="search" label={t('home.all')} />
        <Tile href={path('dossiers')} icon="document" label={t('home.mine')} />
        <Tile href={path('lookup')} icon="info" label={t('home.lookup')} />
        <Tile href={path('stats')} icon="grid" label={t('home.stats')} />
        {isOfficer(user) && <Tile href={path('office')} icon="building" label={t('home.office')} />}
      </nav>
      <FieldList />
    </div>
  );
}
