import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormValues } from '../../../contract/form-schema.js';
import type { Attachment, DossierDetail } from '../../../contract/schemas.js';
import { ApiProblem, useProceduresApi, type SubmittedDossier } from '../../shared/api-client.js';
import { SubmitKey } from './submit-key.js';

export type DraftNotice = { kind: 'saved'; at: Date } | { kind: 'invalid' } | { kind: 'stale' } | { kind: 'failed'; error: unknown } | null;

/**
 * The draft being edited: values, attachments, errors from the API and the two explicit actions, save
 * (PATCH, only when something changed) and submit (saves first, then submits with an Idempotency-Key).
 */
export function useDraft(initial: DossierDetail, onSubmitted: (submitted: SubmittedDossier) => void) {
  const api = useProceduresApi();
  const [dossier, setDossier] = useState(initial);
  const [values, setValues] = useState<FormValues>(initial.form);
  const [attachments, setAttachments] = useState<Attachment[]>(initial.attachments);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [dirty, setDirtyState] = useState(false);
  // The unload guard reads a ref, not the state: it must answer the moment a save lands, not after React's
  // next passive-effect flush re-registers a listener.
  const dirtyNow = useRef(false);
  const setDirty = useCallback((value: boolean) => {
    dirtyNow.current = value;
    setDirtyState(value);
  }, []);
  /** For the in-app leave guard, which must answer at once like the unload guard. */
  const unsaved = useCallback(() => dirtyNow.current, []);
  const [busy, setBusy] = useState<'saving' | 'submitting' | null>(null);
  const [notice, setNotice] = useState<DraftNotice>(null);
  const submitKey = useRef(new SubmitKey());

  // Nothing is saved without "Lưu nháp": closing or reloading the page with unsaved edits asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirtyNow.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  const setValue = useCallback((fieldId: string, value: FormValues[string]) => {
    setValues((current) => ({ ...current, [fieldId]: value }));
    setErrors(({ [fieldId]: _fixed, ...rest }) => rest);
    setDirty(true);
  }, [setDirty]);

  const fileAdded = useCallback((file: Attachment) => {
    setAttachments((current) => [...current, file]);
    setErrors(({ [`files.${file.documentId}`]: _fixed, ...rest }) => rest);
  }, []);
  const fileRemoved = useCallback((fileId: string) => setAttachments((current) => current.filter((file) => file.id !== fileId)), []);

  /** A stale version means someone else changed the dossier: take theirs, keep nothing of ours half-saved. */
  const handleFailure = async (error: unknown) => {
    if (error instanceof ApiProblem && error.status === 400 && Object.keys(error.errors).length > 0) {
      setErrors(error.errors);
      setNotice({ kind: 'invalid' });
    } else if (error instanceof ApiProblem && error.status === 409 && error.type.endsWith('stale-version')) {
      const fresh = await api.dossier(dossier.id);
      setDossier(fresh);
      setValues(fresh.form);
      setAttachments(fresh.attachments);
      setDirty(false);
      setNotice({ kind: 'stale' });
    } else {
      setNotice({ kind: 'failed', error });
    }
  };

  const saveIfDirty = async (): Promise<DossierDetail> => {
    if (!dirty) return dossier;
    const saved = await api.saveDraft(dossier.id, { form: values, version: dossier.version });
    setDossier(saved);
    setValues(saved.form);
    setDirty(false);
    return saved;
  };

  /** True when the draft is saved; otherwise the notice (and field errors) say why. */
  const save = async (): Promise<boolean> => {
    setBusy('saving');
    setNotice(null);
    try {
      await saveIfDirty();
      setErrors({});
      setNotice({ kind: 'saved', at: new Date() });
      return true;
    } catch (error) {
      await handleFailure(error);
      return false;
    } finally {
      setBusy(null);
    }
  };

  const submit = async () => {
    setBusy('submitting');
    setNotice(null);
    try {
      const saved = await saveIfDirty();
      const submitted = await api.submit(saved.id, { version: saved.version }, submitKey.current.for(saved.version));
      setErrors({});
      onSubmitted(submitted);
    } catch (error) {
      await handleFailure(error);
    } finally {
      setBusy(null);
    }
  };

  return { dossier, values, attachments, errors, dirty, unsaved, busy, notice, setValue, fileAdded, fileRemoved, save, submit };
}
