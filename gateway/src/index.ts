export { createGatewayApp, type GatewayAppDeps } from './app.js';
export { resolveConfig, type Branding, type GatewayConfig, type GatewayOptions } from './config.js';
export { openGateway, startGateway, type OpenedGateway, type RunningGateway } from './gateway.js';
export type { GatewayEnv } from './middleware/request-context.js';
export { contentSecurityPolicy } from './middleware/security-headers.js';
export { StartupError } from './startup-error.js';
