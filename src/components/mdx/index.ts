/**
 * The components a content author may use inside MDX, without importing them.
 * Each reads the practice facts, so no fact is written into a clause by hand.
 */
import Email from './Email.astro';
import FactLink from './FactLink.astro';
import FormattedDate from './FormattedDate.astro';
import OnlineFormSupplier from './OnlineFormSupplier.astro';
import Phone from './Phone.astro';
import PracticeName from './PracticeName.astro';
import OnlineForm from './OnlineForm.astro';
import PictureCredit from '../easy-read/PictureCredit.astro';

export const mdxComponents = { Email, FactLink, FormattedDate, OnlineForm, OnlineFormSupplier, Phone, PictureCredit, PracticeName };
