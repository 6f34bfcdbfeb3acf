/**
 * Where the browser editor is on the site (/admin/), and where the build writes it in dist/. In a
 * module of its own, with no imports, so the security policy, the pages and the tests share it.
 */
export const EDITOR_FOLDER = 'admin';
