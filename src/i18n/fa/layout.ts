/** Persian: the page shell (skip link, navigation, footer) and words every page shares. */
import type { AreaOf } from '../../lib/i18n/catalogue.ts';
import type en from '../en/layout.ts';

export default {
  'layout.skip': 'رفتن به محتوا',
  'layout.navigation': 'ناوبری اصلی',
  'layout.title': '{title} · {site}',
  'layout.feedTitle': '{site}: رویدادها',
  'layout.licence': 'متن تحت مجوز {content}؛ کد تحت مجوز {code}.',
  // The rights statement in the page's head (Dublin Core), read by reference managers.
  'layout.rights': 'متن: {content}؛ کد: {code}',
  'layout.attributed': 'هر گفته به منبع خود نسبت داده شده است.',
  'layout.attributedSee': 'هر گفته به منبع خود نسبت داده شده است؛ {link} را ببینید.',
  'layout.methodology': 'روش‌شناسی',
  'layout.reuse': 'شیوهٔ استناد و استفادهٔ دوباره',
  'layout.data': 'داده‌های باز',
  'layout.feed': 'خوراک Atom رویدادها',

  'nav.events': 'رویدادها',
  'nav.timeline': 'گاه‌شمار',
  'nav.actors': 'بازیگران',
  'nav.sources': 'منابع',
  'nav.map': 'نقشه',
  'nav.relations': 'روابط',

  'common.sources': 'منابع',
  'common.separator': '، ',
  'common.parenthesised': '({text})',
} as const satisfies AreaOf<typeof en>;
