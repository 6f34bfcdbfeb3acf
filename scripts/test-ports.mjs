// Where the browser tests serve the site, in one place for the Playwright config and the tests.
// TEST_PORT moves them all (another checkout may be testing at the same time); TEST_NGINX_HOST
// puts nginx on another loopback address.

/** The static server on TEST_PORT (4329 unless set), and nginx on the next four ports. */
export function testPorts(env = process.env) {
  const site = Number(env.TEST_PORT ?? 4329);
  const nginxHost = env.TEST_NGINX_HOST ?? '127.0.0.1';
  return {
    site,
    nginxHost,
    nginxHttp: site + 1,
    nginxHttps: site + 2,
    /** Free for tests that start nginx themselves (the verify test). */
    spare: [site + 3, site + 4],
    /** For tests that start a preview themselves in a copy of the project: `npm run dev`, and `npm start`. */
    livePreview: site + 5,
    guidePreview: site + 6,
    /** For the browser editor's test: `npm run editor`'s preview, and its local backend. */
    editor: site + 7,
    editorBackend: site + 8,
  };
}
