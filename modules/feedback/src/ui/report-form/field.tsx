import { useTranslation } from '@portal/shared-ui';
import { NAMESPACE } from '../i18n.js';
import type { Message } from './validate.js';

/** A field's error under it; its id goes in the input's aria-describedby. */
export function FieldError({ id, message, serverMessages }: { id: string; message?: Message; serverMessages?: readonly string[] }) {
  const { t } = useTranslation(NAMESPACE);
  if (!message && !serverMessages?.length) return null;
  return (
    <p id={id} className="feedback-form__error">
      {message ? t(message.key, message.values ?? {}) : serverMessages!.join(' ')}
    </p>
  );
}

/** ids of the hint and error that describe an input, for aria-describedby. */
export function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const present = ids.filter(Boolean);
  return present.length ? present.join(' ') : undefined;
}
