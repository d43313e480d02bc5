/*
 * `@portal/shared-ui/forms`: the modal dialog and the labelled field of module forms. Not in the shared
 * singleton (the shell's first load has no room and does not use them): each module that imports
 * this bundles it, as it bundled its own copy before.
 */
export { ActionDialog, type ActionDialogProps } from './action-dialog.js';
export { FormField, type FormFieldProps } from './form-field.js';
