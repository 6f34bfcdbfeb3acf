/**
 * Every piece of interface copy, in one place. Plain English, reading age 9 to 11, sentences
 * of 20 words or fewer. Say "surgery" rather than "practice" in our own words.
 */
export const t = {
  serviceName: 'Social media guidance',
  skipLink: 'Skip to main content',
  titleSeparator: ' – ',

  nav: {
    label: 'Main',
    home: 'Home',
    guidance: 'Full guidance',
    contact: 'Contact us',
    feedback: 'Feedback and complaints',
  },
  breadcrumbsLabel: 'Breadcrumb',

  home: {
    title: 'Social media guidance',
    lede: 'Our rules for using phones, cameras, reviews and social media. They help keep patients and staff safe.',
    whyHeading: 'Why we have these rules',
    why: 'Many people use social media, like Facebook, WhatsApp and Instagram.',
    /** Shown only when the practice facts say the surgery has a Facebook page. */
    facebookPage: 'We have a Facebook page with useful news for patients.',
    privacy: 'We must keep your health details private and protect people who may be at risk. These rules help us do that.',
    rulesHeading: 'The rules',
    rulesIntro: 'Please follow these rules at all times. Choose a rule to read it in full.',
    readAll: 'Read the full guidance in the surgery’s own words',
    contactHeading: 'Contact the surgery',
    contactIntro: 'Do not use social media to contact us. Use one of these instead.',
  },

  contact: {
    title: 'Contact us the right way',
    description: 'The right way to book appointments, ask questions, leave a review, complain or get urgent help, instead of social media.',
    lede: 'Do not use social media to contact us. Choose what you want to do, and use one of the ways shown.',
    contentsLabel: 'What do you want to do?',
    urgentWarning: 'Social media and email are not for urgent medical help.',
    urgentLink: 'Get urgent or emergency help',
    generalAdvice: 'This is general NHS advice. It is not part of our surgery’s guidance.',
  },

  search: {
    label: 'Search the guidance',
    button: 'Search',
    title: 'Search the guidance',
    description: 'Search the surgery’s social media guidance, or find a rule or topic in the A to Z list.',
    lede: 'Type a word, like photo, appointment or review.',
    noScript: 'Search needs JavaScript, which is turned off. Find what you need in the A to Z list below.',
    aToZHeading: 'Rules and topics A to Z',
    aToZIntro: 'Every rule and topic, from A to Z.',
    aToZLetters: 'Letters',
    resultsLabel: 'Search results',
    /** "Try another word, look in the A to Z list, or contact us the right way." with two links. */
    noneHelp: { start: 'Try another word, look in the ', aToZ: 'A to Z list', middle: ', or ', contact: 'contact us the right way', end: '.' },
    /** Used by the search script: {count} and {query} are filled in. */
    client: {
      one: '1 result for {query}',
      many: '{count} results for {query}',
      none: 'No results for {query}',
      searching: 'Searching…',
      unavailable: 'Search works after a build. Run npm run build, then npm run preview.',
      failed: 'Search is not working right now. Use the A to Z list below.',
    },
    /** Where a topic in the A to Z list goes, in words. */
    rule: (n: number, title: string) => `Rule ${n}: ${title}`,
  },

  signpost: {
    useFor: 'Use it for:',
    notFor: 'Not for:',
    phoneDetail: (phone: string) => ` on ${phone}`,
    emailDetail: (email: string) => ` at ${email}`,
    goesTo: (host: string) => `Goes to ${host}`,
    formSupplier: (name: string) => `The form is run by ${name}.`,
    generalAdviceLabel: 'General NHS advice:',
  },

  clause: {
    caption: (n: number, total: number) => `Rule ${n} of ${total}`,
    breadcrumb: (n: number) => `Rule ${n}`,
    practiceWordsHeading: 'What our guidance says',
    practiceWordsSource: (name: string) => `From ${name}’s social media guidance, in the surgery’s own words.`,
    relatedHeading: 'What to do instead',
    relatedMore: 'More links',
    inFull: (n: number) => `Read rule ${n} in the full guidance`,
    previous: 'Previous rule',
    next: 'Next rule',
    paginationLabel: 'Rules',
    linkLabel: 'Link to this rule:',
    copyLink: 'Copy link to this rule',
    copied: 'Link copied.',
    copyFailed: 'Could not copy. Select the link and copy it.',
  },

  guidance: {
    title: 'Social media guidance in full',
    description: 'All of the surgery’s social media guidance on one page, in its own words, for reading in full or printing.',
    lede: 'This page has all of our guidance in our own words. You can read it in full or print it.',
    ruleHeading: (n: number, title: string) => `Rule ${n}: ${title}`,
    summaryLabel: 'In short:',
  },

  feedback: {
    lede: 'We welcome all feedback, good and bad. To make a complaint, please use our complaints procedure, not social media.',
  },

  whatChanged: {
    title: 'What changed',
    description: 'The changes to our social media guidance and this website, with the newest first.',
    lede: 'Here is what we changed in our social media guidance and this website, and when.',
  },

  reviewDates: {
    lastReviewed: 'Page last reviewed:',
    nextReview: 'Next review due:',
  },

  footer: {
    contactHeading: 'Contact the surgery',
    linksLabel: 'Support links',
    accessibility: 'Accessibility statement',
    complaints: 'Complaints procedure',
    onWebsite: 'This guidance on the surgery website',
    website: (name: string) => `${name} website`,
  },

  share: {
    imageAlt: (title: string, practiceName: string) => `${title}. ${practiceName}, social media guidance.`,
  },

  poster: {
    title: (size: string) => `Waiting room poster (${size})`,
    description: 'A poster of our social media rules, with a QR code, for printing.',
    headline: 'Our social media rules',
    /** The last line when there are more rules than the poster has room for. */
    more: (n: number) => `And ${n} more ${n === 1 ? 'rule' : 'rules'}: scan the code to read them all.`,
    scan: 'Scan with your phone camera to read the rules in full, or go to',
    qrLabel: (url: string) => `QR code. It opens ${url}`,
    phone: 'To contact us, call',
    /** Where the QR code and address go on a draft. */
    draftQr: 'The QR code goes here',
    draftAddress: 'The website address goes here',
  },

  /** Every printed sheet, until the site's address is set (or when a draft is asked for). */
  draft: {
    mark: 'DRAFT – not for display',
    note: 'This sheet has no QR code or web address yet. Set siteUrl in the practice facts file, then print it again.',
  },

  notFound: {
    title: 'Page not found',
    body: [
      'If you typed the web address, check it is correct.',
      'If you pasted the web address, check you copied the whole address.',
    ],
    linksIntro: 'You can:',
    home: 'go to the social media guidance home page',
    guidance: 'read the full social media guidance',
  },

} as const;

/** "Page title – Pioneer Medical Group", as NHS.UK does it. */
export function pageTitle(title: string, practiceName: string): string {
  return `${title}${t.titleSeparator}${practiceName}`;
}
