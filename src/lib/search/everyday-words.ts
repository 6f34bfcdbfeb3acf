/**
 * Everyday words, short forms and American spellings that a spelling check cannot reach (they
 * are too short, or too far from the word on the page), with the words a guidance page may use
 * instead. A word here is only swapped when the search finds nothing for it, for the first
 * swap that the site's vocabulary has, and the page says so ("Showing results for photo").
 *
 * General English for any surgery, not one surgery's words: a surgery adds its own words for a
 * rule as the rule's `keywords`. The build keeps the swaps whose word the site's index has.
 */
export const EVERYDAY_WORDS: Readonly<Record<string, readonly string[]>> = {
  // Pictures and video
  pic: ['photo', 'picture'],
  pics: ['photos', 'photo', 'pictures'],
  pix: ['photos', 'photo', 'pictures'],
  piccy: ['picture', 'photo'],
  foto: ['photo'],
  fotos: ['photos', 'photo'],
  snap: ['photo', 'picture'],
  vid: ['video'],
  vids: ['videos', 'video'],
  footage: ['video', 'recording'],
  livestream: ['video', 'filming'],
  // Phones and messages
  cell: ['mobile', 'phone'],
  cellphone: ['mobile', 'phone'],
  smartphone: ['mobile', 'phone'],
  iphone: ['phone', 'mobile'],
  text: ['message'],
  texting: ['message'],
  msg: ['message'],
  dm: ['message', 'messenger'],
  dms: ['message', 'messenger'],
  inbox: ['message', 'messenger'],
  pm: ['message'],
  mail: ['email'],
  gmail: ['email'],
  // Social media
  fb: ['facebook'],
  insta: ['instagram'],
  ig: ['instagram'],
  tiktok: ['social'],
  snapchat: ['social'],
  twitter: ['social'],
  threads: ['social'],
  // People at the surgery
  doc: ['doctor', 'gp'],
  docs: ['doctor', 'gp'],
  dr: ['doctor', 'gp'],
  physician: ['doctor', 'gp'],
  clinician: ['doctor', 'nurse'],
  employee: ['staff'],
  employees: ['staff'],
  worker: ['staff'],
  workers: ['staff'],
  // Appointments and medicines
  appt: ['appointment'],
  appts: ['appointment', 'appointments'],
  meds: ['prescription', 'medicine'],
  medication: ['prescription', 'medicine'],
  medicines: ['prescription', 'medicine'],
  repeat: ['prescription'],
  // Complaints, reviews and the law
  moan: ['complain', 'complaint'],
  grievance: ['complaint', 'complain'],
  trustpilot: ['review', 'rating'],
  yelp: ['review', 'rating'],
  sue: ['legal', 'law'],
  lawyer: ['legal', 'law'],
  solicitor: ['legal', 'law'],
  court: ['legal', 'law'],
  cops: ['police'],
  // American spellings too far from the British one for the spelling check
  center: ['centre'],
  program: ['programme'],
  offense: ['offence'],
  license: ['licence'],
};
