import { absoluteUrl } from './routes';

/** How long a security.txt stays valid: RFC 9116 asks for less than a year. */
export const SECURITY_TXT_DAYS = 180;

/** /.well-known/security.txt (RFC 9116): who to tell about a security problem, until when. */
export function securityTxt({ email, site, now }: { email: string; site?: URL | string; now: Date }): string {
  const expires = new Date(now.getTime() + SECURITY_TXT_DAYS * 24 * 60 * 60 * 1000);
  expires.setUTCHours(0, 0, 0, 0);
  return [
    `Contact: mailto:${email}`,
    `Expires: ${expires.toISOString()}`,
    'Preferred-Languages: en',
    ...(site ? [`Canonical: ${absoluteUrl('/.well-known/security.txt', site)}`] : []),
    '',
  ].join('\n');
}
