import type { APIRoute } from 'astro';
import { practice } from '../../lib/content/yaml-content';
import { securityTxt } from '../../lib/site/security-txt';

export const GET: APIRoute = ({ site }) =>
  new Response(securityTxt({ email: practice.email, site: practice.siteUrl ? site : undefined, now: new Date() }), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
