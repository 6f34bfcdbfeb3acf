import type { Practice } from '../../schemas/practice';
import { where } from './friendly-errors';
import { PRACTICE_FILE } from './practice-facts';
import type { MdxFile } from './validate-content';

/**
 * Online consultation and messaging services that GP surgeries in England use. A rule copied from
 * another surgery may name its supplier; the facts file says which one this surgery uses.
 */
const ONLINE_FORM_SUPPLIERS = [
  'Accurx',
  'eConsult',
  'PATCHS',
  'Klinik',
  'askmyGP',
  'Engage Consult',
  'Footfall',
  'Doctorlink',
  'SystmConnect',
  'Rapid Health',
  'Smart Triage',
  'Anima',
  'DrDoctor',
  'Evergreen Life',
  'Online Consult',
] as const;

const PHONE = /(?<![\d+])(?:\+44\s?(?:\(0\)\s?)?|0)\d(?:[ -]?\d){8,9}(?![\d])/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** A full address, or a host as people write one: www.example.nhs.uk, surgery.nhs.uk, a.example.org. */
const WEB_ADDRESS =
  /\bhttps?:\/\/[^\s)<>"'\]]+|\bwww\.[a-z0-9-]+(?:\.[a-z0-9-]+)+|\b(?:[a-z0-9-]+\.)+(?:nhs\.uk|nhs\.net|co\.uk|org\.uk|gov\.uk)\b|\b(?:[a-z0-9-]+\.){2,}(?:com|org|net)\b/gi;
/** Link targets are checked with the links; names in <FactLink to="…"> are not addresses. */
const LINK_TARGET = /\]\([^)]*\)|\b(?:href|to)="[^"]*"/g;

const digits = (phone: string) => phone.replace(/^\+44\s?(?:\(0\)\s?)?/, '0').replace(/\D/g, '');

/**
 * Practice facts written into a rule or page by hand that are not this surgery's: another
 * supplier's name, phone number, email address or web address, each named with its line
 * ("rule 3 names Accurx, but the facts say eConsult"). The practice's words are kept as they
 * are, so a fact in them is written with a component that reads the facts file instead.
 */
export function factsWrittenIn(mdx: Pick<MdxFile, 'file' | 'text'>, practice: Practice, label: string): string[] {
  const problems: string[] = [];
  const facts = ` in ${PRACTICE_FILE}`;
  const ownHosts = new Set([
    ...practice.linkHosts,
    ...Object.values(practice).flatMap((value) => (typeof value === 'string' && /^https?:\/\//.test(value) ? [new URL(value).host] : [])),
  ]);
  const suppliers = new Set<string>([...ONLINE_FORM_SUPPLIERS, ...(practice.onlineFormSupplier ? [practice.onlineFormSupplier] : [])]);

  mdx.text.split(/\r?\n/).forEach((line, index) => {
    const at = `${where(mdx.file, index + 1)}: ${label}`;
    let text = line.replace(LINK_TARGET, ' ');

    for (const [email] of text.matchAll(EMAIL)) {
      if (email.toLowerCase() !== practice.email.toLowerCase()) {
        problems.push(`${at} names the email address ${email}, but the facts say ${practice.email}. Write <Email /> to use the email address${facts}.`);
      }
    }
    text = text.replace(EMAIL, ' ');

    for (const [phone] of text.matchAll(PHONE)) {
      if (digits(phone) !== digits(practice.phone)) {
        problems.push(`${at} names the phone number ${phone.trim()}, but the facts say ${practice.phone}. Write <Phone /> to use the phone number${facts}.`);
      }
    }

    for (const [address] of text.matchAll(WEB_ADDRESS)) {
      const host = new URL(/^https?:/i.test(address) ? address : `https://${address}`).host;
      if (!ownHosts.has(host)) {
        problems.push(
          `${at} names the web address ${address}, which is not one of this surgery's${facts}. ` +
            'Write <FactLink to="website" /> (or another fact) to use an address from the facts.',
        );
      }
    }

    for (const supplier of suppliers) {
      if (!new RegExp(`\\b${supplier.replace(/\s+/g, '\\s+')}\\b`, 'i').test(text)) continue;
      if (practice.onlineFormSupplier?.toLowerCase() === supplier.toLowerCase()) continue;
      problems.push(
        practice.onlineFormSupplier
          ? `${at} names ${supplier}, but the facts say ${practice.onlineFormSupplier}. Write <OnlineFormSupplier /> to use the online form supplier${facts}.`
          : `${at} names ${supplier}, but the facts name no online form supplier. Set "onlineFormSupplier"${facts} and write <OnlineFormSupplier />, or take the name out.`,
      );
    }
  });
  return problems;
}
