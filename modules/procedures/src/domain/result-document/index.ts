/**
 * Documents the server generates as PDF: the electronic result of a dossier (with its verification code
 * and QR) and the blank templates (tờ khai) of a procedure's documents. Vietnamese text in an embedded
 * DejaVu Serif; the same input always gives the same bytes.
 */
export { renderResultPdf, type ResultPdfInput } from './result-pdf.js';
export { renderTemplatePdf } from './template-pdf.js';
export { newVerificationCode, normalizeVerificationCode } from './verification-code.js';
