// The RP-initiated logout page: confirm at once (the portal asked for it with id_token_hint); without
// script the visitor presses the button. A file, not inline, so the CSP stays strict.
document.addEventListener('DOMContentLoaded', () => {
  const yes = document.querySelector('button[name="logout"][data-auto]');
  if (yes) yes.click();
});
