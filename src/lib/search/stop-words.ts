/**
 * Words that carry no topic: they frame a question ("can I", "is it ok to", "how do I") or join
 * words up. They never decide a result: they are left out of a search when other words remain,
 * so "can I film the receptionist" searches for "film receptionist". The build writes them into
 * the search words file (src/lib/search/search-words.ts), so the search page does not carry them.
 *
 * Plain English function words only, for any surgery's content. Words that may name a topic
 * ("name", "post", "call", "help", "other") are deliberately not here.
 */
export const STOP_WORDS: readonly string[] = `
  a an the this that these those there here
  i i'm im me my mine myself we us our ours you your yours he him his she her hers it it's its
  they them their theirs someone somebody anyone anybody something anything everyone one
  am is are was were be been being do does did doing done have has had having
  can could may might must shall should will would won't can't cannot don't doesn't didn't
  isn't aren't wasn't weren't i've i'd i'll you're they're we're
  what when where which who whom whose why how whether if
  of on in at to for from with without by about into onto over under up down out off
  as than then so too very just also still really even only
  and or but nor not no yes
  ok okay please thanks thank hi hello
  allowed want wants wanted need needs get got let lets happen happens happened
`
  .trim()
  .split(/\s+/);
