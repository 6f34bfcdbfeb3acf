/** The part of text-readability we use: it ships no types of its own. */
declare module 'text-readability' {
  const readability: {
    /** Flesch reading ease: 0 is very hard, 100 is very easy. */
    fleschReadingEase(text: string): number;
  };
  export default readability;
}
