// html-validate's settings for the built site. Each rule turned off or changed says why.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Phone links read "Call the surgery on 0117 959 1919": the number sits in a nowrap span so it
    // never breaks, and the words around it should wrap. The rule expects a link of digits only.
    'tel-non-breaking': 'off',
    // Titles follow NHS.UK, "Page title – Practice name"; with "Rule 2:" in front, a few pass 70.
    'long-title': ['error', { maxlength: 100 }],
  },
};
