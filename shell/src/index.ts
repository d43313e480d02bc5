// An async boundary: webpack starts the federation runtime and negotiates the shared singletons
// (react, router, i18n, shared-ui) before any app code runs.
void import('./bootstrap.js');
