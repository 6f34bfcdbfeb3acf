// The names of the files the build writes into dist/ for hosts. Plain JavaScript, so that
// scripts/serve.mjs (plain Node) reads the same names as the build and the tests, through
// src/security/host-files.ts.

/** The host files, by the hosts that read them. They are not pages: hosts do not serve them. */
export const HOST_FILE_NAMES = Object.freeze({
  /** Netlify and Cloudflare Pages. */
  netlify: '_headers',
  /** Azure Static Web Apps. */
  azure: 'staticwebapp.config.json',
  /** nginx: DEPLOY.md includes it in the server block. */
  nginx: '_nginx-headers.conf',
});
