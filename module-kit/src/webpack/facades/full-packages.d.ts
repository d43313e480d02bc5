// Build-time aliases of the real packages behind the facades (see shared.ts). module-kit does
// not depend on them itself, so the names are untyped here; modules get the packages' own types.
declare module '@portal/react-router-full';
declare module '@portal/react-i18next-full';
