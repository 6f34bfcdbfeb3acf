import type { APIRoute, GetStaticPaths } from 'astro';
import { usedPictures } from '../../lib/easy-read/easy-read-pages';
import { pictureSvg } from '../../lib/easy-read/easy-read-pictures';

/** Each picture the Easy Read pages use, as an SVG file of this site: nothing is loaded from elsewhere. */
export const getStaticPaths = (async () => (await usedPictures()).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => new Response(pictureSvg(params.name!), { headers: { 'Content-Type': 'image/svg+xml' } });
