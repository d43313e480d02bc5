import { Button, Card, useLanguage, useTranslation } from '@portal/shared-ui';
import { useState } from 'react';
import type { CreatedReport } from '../../contract/schemas.js';
import { NAMESPACE } from '../i18n.js';
import { useModulePath } from '../reports/base-path.js';
import { useDateFormat } from '../reports/format.js';

/** After sending: the code, big and copyable, the unit that has it, the deadline, and its page. */
export function Confirmation({ created, onAnother }: { created: CreatedReport; onAnother: () => void }) {
  const { t } = useTranslation(NAMESPACE);
  const { language } = useLanguage();
  const format = useDateFormat();
  const path = useModulePath();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.code);
      setCopied(true);
    } catch {
      // No clipboard permission: the code is on screen and selectable.
    }
  };
  return (
    <Card className="feedback-confirmation" role="status">
      <h1 className="feedback-confirmation__title">{t('done.title')}</h1>
      <p className="feedback-muted">{t('done.code')}</p>
      <p className="feedback-confirmation__code" data-testid="report-code">
        {created.code}
      </p>
      <Button variant="secondary" icon={copied ? 'check' : 'document'} onClick={() => void copy()}>
        {copied ? t('done.copied') : t('done.copy')}
      </Button>
      <p>{created.place.label[language]}</p>
      <p>{t('done.unit', { unit: created.unit.name[language] })}</p>
      <p>{t('done.due', { date: format.dateTime(created.dueAt) })}</p>
      <Button href={path(`reports/${created.code}`)} block>
        {t('done.open')}
      </Button>
      <Button variant="ghost" onClick={onAnother} block>
        {t('done.another')}
      </Button>
    </Card>
  );
}

/** When the report was kept on the device to be sent later. */
export function QueuedConfirmation({ onAnother }: { onAnother: () => void }) {
  const { t } = useTranslation(NAMESPACE);
  const path = useModulePath();
  return (
    <Card className="feedback-confirmation" role="status">
      <h1 className="feedback-confirmation__title">{t('done.queuedTitle')}</h1>
      <p>{t('done.queuedHint')}</p>
      <Button href={path('mine')} block>
        {t('home.mine')}
      </Button>
      <Button variant="ghost" onClick={onAnother} block>
        {t('done.another')}
      </Button>
    </Card>
  );
}
