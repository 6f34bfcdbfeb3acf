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
    lede: 'Type a word or a question, like photo, or can I film the receptionist.',
    noScript: 'Search needs JavaScript, which is turned off. Find what you need in the A to Z list below.',
    aToZHeading: 'Rules and topics A to Z',
    aToZIntro: 'Every rule and topic, from A to Z.',
    aToZLetters: 'Letters',
    resultsLabel: 'Search results',
    /** "Try another word, look in the A to Z list, or contact us the right way." with two links. */
    noneHelp: { start: 'Try another word, look in the ', aToZ: 'A to Z list', middle: ', or ', contact: 'contact us the right way', end: '.' },
    /** Used by the search script: {count}, {query} and {typed} are filled in. */
    client: {
      one: '1 result for {query}',
      many: '{count} results for {query}',
      /** When no page has every word: someHeading is above the results. */
      someOne: '1 result with some of the words in {query}',
      someMany: '{count} results with some of the words in {query}',
      someHeading: 'No page has all of your words. These pages have some of them.',
      /** After the pages with every word, the pages with some: moreHeading is above them. */
      moreOne: '1 more has some of the words.',
      moreMany: '{count} more have some of the words.',
      moreHeading: 'These pages have some of your words.',
      none: 'No results for {query}',
      /** Before the count when a word was corrected: "No results for facebok. 2 results for facebook" */
      corrected: 'No results for {typed}.',
      /** "Showing results for facebook. Search for facebok instead." The second part is a link. */
      showing: 'Showing results for {query}.',
      instead: 'Search for {typed} instead',
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
    staff: 'For staff',
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

  staff: {
    title: 'For staff: our Facebook page',
    description: 'Replies to paste, the text for our Facebook Page, and what to do when a post breaks our rules. For our staff.',
    lede: 'What to paste on our Facebook page, and what to do when a post breaks our rules. This page is for our staff, but nothing on it is secret.',
    breadcrumb: 'For staff',
    contentsLabel: 'On this page',
    /** Shown while siteUrl is not set, so nobody pastes a preview address on Facebook. */
    preview: {
      label: 'Important:',
      notReal: (url: string) => `These links are not real yet. They start with ${url}, which only works on this computer. Do not paste them on Facebook.`,
      fix: 'To fix this, set siteUrl in content/practice.yaml to the address of this site. Then build the site again.',
    },
    steps: {
      heading: 'When a post breaks our rules',
      more: 'Read the BMA guidance on abuse of practice staff on social media',
    },
    replies: {
      heading: 'Replies to paste',
      intro: 'Each reply is under 60 words and ends with a link. Never add anything about a person’s health.',
      public: 'Public comment',
      private: 'Private message',
      topics: { urgent: 'This looks urgent', complaint: 'This is a complaint' },
      topicFor: { urgent: 'posts that look urgent', complaint: 'complaints' },
      rule: (n: number, title: string) => `Rule ${n}: ${title}`,
      ruleFor: (n: number) => `rule ${n}`,
      open: (n: number) => `Read rule ${n} on this website`,
      none: 'There are no replies for this rule yet. Ask the practice manager to add them.',
      words: (n: number) => `${n} words`,
      copyWhat: (kind: string, what: string) => `the ${kind.toLowerCase()} for ${what}`,
    },
    page: {
      heading: 'Text for our Facebook Page',
      intro: 'Paste these into the settings of our Facebook Page. Change them if the address of this site changes.',
      introHeading: 'Intro',
      introHint: 'The short text under the Page’s name.',
      pinnedHeading: 'Pinned post',
      pinnedHint: 'Post this, then pin it to the top of the Page. Facebook shows this picture with the link.',
      download: 'Download the picture',
      aboutHeading: 'About',
      aboutHint: 'The paragraph in the “About” part of the Page.',
      characters: (n: number) => `${n} characters`,
      charactersOf: (n: number, max: number) => `${n} of ${max} characters`,
      copyWhat: { intro: 'the intro', pinned: 'the pinned post', about: 'the About paragraph' },
    },
    copy: 'Copy',
    copied: 'Copied. Now paste it.',
    copyFailed: 'Could not copy. Select the text and copy it.',
    sheet: {
      link: 'Print the staff sheet (one A4 page)',
      title: 'Staff sheet: our Facebook page (A4)',
      description: 'One A4 page for staff: what to do when a post breaks our rules, and the text for our Facebook Page.',
      headline: 'Our Facebook page: when a post breaks our rules',
      rulesHeading: 'Our rules',
      repliesAt: 'Replies to paste for every rule are on our website:',
    },
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

  /** The Easy Read version (issue 14): short sentences, one idea each, with a picture. */
  easyRead: {
    /** The link from the home page, the full guidance and each rule page. */
    link: 'Easy Read version',
    linkHint: 'Short sentences with pictures.',
    /** At the top of every Easy Read page, so no one takes it for the full guidance. */
    label: 'This is an Easy Read version of our social media rules. It is not the full guidance.',
    breadcrumb: 'Easy Read',
    description: 'Our social media rules in Easy Read, with short sentences and pictures.',
    rulesHeading: 'Our rules',
    ruleCaption: (n: number, total: number) => `Rule ${n} of ${total}`,
    ruleBreadcrumb: (n: number) => `Rule ${n}`,
    ruleDescription: (n: number, title: string) => `Rule ${n} of our social media rules, in Easy Read: ${title}.`,
    /** How an Easy Read page is titled in the browser and in search results, so it is not taken for the full rule. */
    pageTitle: (title: string) => `Easy Read: ${title}`,
    notYet: 'This rule is not in Easy Read yet.',
    readFullRule: 'Read the full rule',
    readFullGuidance: 'Read the full guidance',
    readFullFeedback: 'Read our full page about feedback and complaints',
    contactHeading: 'How to contact us',
    pagesLabel: 'Easy Read pages',
    previous: 'Back',
    next: 'Next page',
    /** The default words of <OnlineForm />, a link to the surgery’s online form. */
    onlineForm: 'the online form on our website',
    /** The line in every footer. */
    otherFormat: {
      link: 'Ask for this guidance in another format',
      rest: ', such as Easy Read, large print, braille, audio, British Sign Language or another language.',
    },
    /** <PictureCredit />, on the accessibility statement. */
    pictureCredit: (name: string, author: string, licence: string) =>
      `The pictures on our Easy Read pages are ${name} (healthicons.org) by ${author}, used under the ${licence} licence.`,
    leaflet: {
      title: 'Easy Read leaflet (A4)',
      description: 'Our social media rules in Easy Read, as an A4 leaflet to print.',
    },
    largePrint: {
      title: 'Large print guidance (A4)',
      description: 'All of our social media guidance in large print, in the surgery’s own words, to print on A4.',
      note: 'The rule titles are ours. The words under each title are the surgery’s own.',
      contactHeading: 'Contact the surgery',
      phone: 'Phone:',
      email: 'Email:',
      website: 'Website:',
    },
  },

  /** npm run dev, while the content has a problem: the terminal and every page of the preview say so. */
  livePreview: {
    problem: (count: number) => `The guidance content has ${count === 1 ? 'a problem' : `${count} problems`}.`,
    untilFixed: 'Fix it and save the file. The preview then shows the site again by itself.',
    /** The site's address is set when the preview starts: canonical and share links, copy links and the poster use it. */
    newSiteUrl: 'siteUrl has changed. Stop the preview (Ctrl+C) and run npm run dev again to use the new address in links and on the poster.',
  },

  /** The browser editor at /admin/: for the practice manager, never shown to patients. */
  editor: {
    pageTitle: 'Edit the guidance',
    notSetUp: 'The editor is not set up for this site yet. Whoever publishes the site can set it up: see “The browser editor” in DEPLOY.md.',
    noScript: 'The editor needs JavaScript. Turn it on for this site, or edit the files as EDITING.md says.',
    /** A text over its length limit, as the editor checks it. */
    maxCharacters: (max: number) => `must be ${max} characters or fewer`,
    /** Before the build's messages, when a change breaks a rule the build checks. */
    fixFirst: 'Fix this first:',
    /** Decap CMS's own messages, in our words. %{…} is filled in by Decap. */
    decap: {
      /** A field that breaks its check as you type: "Email must be an email address such as name@nhs.net." */
      pattern: '%{fieldLabel} %{pattern}.',
      /** Any save that fails: our checks (the message says what and where), or GitHub refusing it. */
      notSaved: 'Not saved. %{details}',
    },
    collections: {
      practice: 'Surgery details',
      signposts: 'Ways to contact us',
      changelog: 'What changed',
      rules: 'Rules',
      pages: 'Pages',
      originalWords: 'The surgery’s guidance as written',
      easyRead: 'Easy Read pages',
      easyReadSignposts: 'Easy Read: ways to contact us',
      staffReplies: 'Staff kit: replies',
      staffFacebookPage: 'Staff kit: Facebook Page texts',
      staffPostSteps: 'Staff kit: when a post breaks the rules',
    },
    /** One of each kind of file, for Decap's "＋ Rule" button. */
    one: {
      rules: 'Rule',
      pages: 'Page',
      easyRead: 'Easy Read page',
      staffReplies: 'set of staff replies',
    },
    body: {
      rules: 'The surgery’s own words',
      pages: 'The page’s text',
      originalWords: 'The guidance, word for word as the surgery publishes it',
      easyRead: 'The Easy Read text, one idea per line',
    },
    bodyHint: 'Keep tags such as <Phone /> as they are: they show the surgery’s details from “Surgery details”.',
    /** Words in field names that are written differently in labels. */
    labelWords: { url: 'address', nhs: 'NHS', app: 'App', ods: 'ODS', bma: 'BMA', '111': '111', id: 'ID', ids: 'IDs' },
  },
} as const;

/** "Page title – Pioneer Medical Group", as NHS.UK does it. */
export function pageTitle(title: string, practiceName: string): string {
  return `${title}${t.titleSeparator}${practiceName}`;
}
