import { ErrorState, Skeleton, SmartLink, useTranslation } from '@portal/shared-ui';
import { NAMESPACE } from '../i18n/index.js';
import { useProceduresApi } from '../shared/api-client.js';
import { useModulePath } from '../shared/base-path.js';
import { useLocalized } from '../shared/format.js';
import { useLoad } from '../shared/use-load.js';

/** The fields (lĩnh vực) that have procedures, each a link to the catalog filtered by it. */
export function FieldList() {
  const { t } = useTranslation(NAMESPACE);
  const api = useProceduresApi();
  const path = useModulePath();
  const localized = useLocalized();
  const { state, reload } = useLoad(() => api.fields(), [api]);

  return (
    <section className="procedures-home__fields" aria-labelledby="procedures-fields-heading">
      <h2 id="procedures-fields-heading" className="procedures-section__title">
        {t('home.fields')}
      </h2>
      {state.status === 'loading' && <Skeleton shape="block" height={160} />}
      {state.status === 'error' && <ErrorState title={t('home.fieldsFailed')} onRetry={reload} headingLevel={3} />}
      {state.status === 'ready' && (
        <ul className="procedures-field-list">
          {state.data
            .filter((field) => field.procedureCount > 0)
            .map((field) => (
              <li key={field.id}>
                <SmartLink href={`${path('catalog')}?field=${encodeURIComponent(field.id)}`} className="procedures-field-list__link">
                  <span>{localized(field.name)}</span>
                  <span className="procedures-muted">{t('home.fieldCount', { count: field.procedureCount })}</span>
                </SmartLink>
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}
