// Runs in keycloak-js's hidden check-sso iframe: pass the provider's answer (in the URL fragment) to the shell.
parent.postMessage(location.href, location.origin);
