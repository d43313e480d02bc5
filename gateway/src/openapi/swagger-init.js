/* global SwaggerUIBundle */
// Starts Swagger UI on /api/docs. A served file rather than an inline script, so the page works under
// the gateway's CSP (script-src 'self', no 'unsafe-inline').
window.ui = SwaggerUIBundle({
  url: '/api/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis],
  layout: 'BaseLayout',
});
