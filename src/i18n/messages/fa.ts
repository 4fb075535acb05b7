/** Dari (Afghan Persian) interface strings (core: the first view). Same keys and placeholders as en.ts. */
import type { CoreCatalogue } from '../localizer.ts';

const messages: CoreCatalogue = {
  'app.title': 'کدام کشورها حکومت طالبان را به رسمیت می‌شناسند؟',
  'app.subtitle':
    'کشورهایی که امارت اسلامی افغانستان را به رسمیت می‌شناسند یا با آن تعامل دارند، روز به روز: ۱۹۹۶–۲۰۰۱ و ۲۰۲۱ تا امروز.',
  'app.asOf': 'آخرین بررسی داده‌ها: {date}',
  'app.loading': 'در حال بارگذاری نقشه…',
  'app.skipToMap': 'رفتن به نقشه',

  'load.failed': 'داده‌های نقشه بارگذاری نشد.',
  'load.network': 'فایل داده‌ها {file} دریافت نشد ({detail}). اتصال انترنت خود را بررسی کنید.',
  'load.http': 'سرور برای {file} پاسخ {status} داد.',
  'load.corrupt': 'فایل داده‌ها {file} خراب است ({detail}).',
  'load.invalid': 'فایل داده‌ها {file} در بررسی‌ها رد شد ({detail}).',
  'load.timeout': 'فایل داده‌ها {file} به موقع نرسید ({detail}).',
  'load.retry': 'دوباره تلاش کنید',

  'status.recognized.name': 'به رسمیت می‌شناسد',
  'status.ambassador.name': 'سفیر طالبان را می‌پذیرد',
  'status.charge.name': 'نمایندگی تحت کنترل طالبان',
  'status.contact.name': 'تعامل کاری',
  'status.none.name': 'بدون روابط',
  'status.withdrawn.name': 'به رسمیت شناختن را پس گرفت',
  'status.afghanistan.name': 'افغانستان',
  'status.no-data.name': 'بدون داده',

  'status.recognized.definition':
    'به رسمیت شناختن رسمی (دوژوره) که کشورِ شناسنده آن را تأیید کرده است.',
  'status.ambassador.definition': 'به رسمیت نشناخته، اما اعتبارنامهٔ سفیر طالبان را پذیرفته است.',
  'status.charge.definition':
    'گماشتگان طالبان سفارت یا یک قونسلگری افغانستان را در آن کشور اداره می‌کنند.',
  'status.contact.definition': 'روابط کاری، بدون نمایندگی تحت کنترل طالبان.',
  'status.none.definition': 'بدون روابط با حکومت طالبان (حالت پیش‌فرض).',
  'status.withdrawn.definition':
    'طالبان را به رسمیت شناخت، سپس آن را پس گرفت یا همهٔ روابط را قطع کرد (۲۰۰۱).',
  'status.afghanistan.definition': 'خود افغانستان، زیر حاکمیت طالبان در این دوره‌ها.',
  'status.no-data.definition': 'مناطقی که منبع نقشه آن‌ها را بدون کد کشور ISO ترسیم می‌کند.',

  'since.day': 'از {date}',
  'since.approx': 'از حدود {date}',
  'since.by': 'از {date} یا پیش از آن',
  'since.none': 'در این دوره هیچ رابطه‌ای ثبت نشده است',

  'confidence.lowClaim': 'تأییدنشده: بر ادعایی استوار است که کشور میزبان آن را تأیید نکرده است',
  'doubt.notice': 'وضعیت از {date} نامعلوم است',

  'era.1.name': 'دورهٔ نخست حاکمیت طالبان',
  'era.2.name': 'دورهٔ دوم حاکمیت طالبان',
  'era.gap.name': 'بدون حکومت طالبان',
  'era.gap.card':
    'از دسمبر ۲۰۰۱ تا اگست ۲۰۲۱ حکومت طالبان وجود نداشت: افغانستان را جمهوری اسلامی اداره می‌کرد که کرسی این کشور را در سازمان ملل در اختیار داشت.',

  'place.kosovo': 'کوزوو',
  'place.northern-cyprus': 'قبرس شمالی',
  'place.somaliland': 'سومالی‌لند',
  'entity.un': 'سازمان ملل متحد',
  'entity.ichkeria': 'جمهوری چچنی ایچکریا',

  'uncertain.approximate': 'روز دقیق معلوم نیست',

  'map.roledescription': 'نقشه',
  'map.label': 'نقشهٔ روابط با حکومت طالبان، {date}',
  'map.zoomIn': 'بزرگ‌نمایی',
  'map.zoomOut': 'کوچک‌نمایی',
  'map.zoomReset': 'بازگشت به اندازهٔ اصلی',
  'map.afghanistan': 'زیر حاکمیت طالبان',
  'map.description': 'نقشهٔ جهان از روابط با حکومت طالبان در {date}.',
  'map.describeStatus': {
    one: '{status}: {count} کشور ({names}).',
    other: '{status}: {count} کشور ({names}).',
  },
  'map.describeNone': 'هیچ کشوری با حکومت طالبان روابط نداشت.',
  'map.keyboardHint':
    'با کلیدهای جهت‌نما میان کشورها حرکت کنید، با Enter یک کشور را باز کنید و با تایپ حروف به نام کشور بروید.',

  'region.label': 'نمای نقشه',
  'region.world': 'جهان',
  'region.asia': 'خاورمیانه و آسیا',

  'slider.label': 'تاریخ',
  'slider.play': 'پخش',
  'slider.pause': 'توقف',
  'slider.previousEvent': 'رویداد قبلی',
  'slider.nextEvent': 'رویداد بعدی',
  'slider.gap': '۲۰۰۱–۲۰۲۱: بدون حکومت طالبان',
  'slider.unreviewed': 'پس از {date}، هنوز بررسی نشده',
  'legend.title': 'روابط با حکومت طالبان',
  'legend.count': '{count} از {total}',
  'legend.uncertain': 'تاریخ تقریبی یا تأییدنشده',
  'legend.marker': 'کشوری که برای ترسیم بسیار کوچک است',
  'legend.noData': 'بدون داده',
  'legend.allOthers': 'همه کشورهای دیگر عضو سازمان ملل',
  'legend.showAll': 'نمایش همه ({count})',
  'legend.noMembers': 'در این روز هیچ کشور عضو سازمان ملل در این دسته نیست',

  'changes.title': 'چه تغییر کرد',
  'changes.empty': 'در این دوره هنوز چیزی ثبت نشده است.',
  'changes.context': 'زمینه',

  'search.label': 'جستجوی کشور',
  'search.placeholder': 'جستجوی کشور',
  'search.results': 'کشورها',
  'search.none': 'کشوری پیدا نشد',

  'notice.title': 'دربارهٔ این لینک',
  'notice.badDate':
    'تاریخ «{value}» در لینک یک تاریخ معتبر نیست (از قالب YYYY-MM-DD استفاده کنید)، بنابراین نقشه امروز را نشان می‌دهد.',
  'notice.snapped.gap-to-era-1':
    'در {value} حکومت طالبان وجود نداشت: نقشه {to}، آخرین روز دورهٔ نخست، را نشان می‌دهد.',
  'notice.snapped.gap-to-era-2':
    'در {value} حکومت طالبان وجود نداشت: نقشه {to}، نخستین روز دورهٔ دوم، را نشان می‌دهد.',
  'notice.snapped.future': '{value} در آینده است: نقشه امروز، {to}، را نشان می‌دهد.',
  'notice.snapped.before-start':
    'نقشه از {to} آغاز می‌شود، روزی که طالبان کابل را گرفتند؛ {value} پیش از آن است.',
  'notice.unknownCountry': '«{value}» کشوری در این نقشه نیست، بنابراین هیچ کشوری باز نشد.',
  'notice.badValue':
    '{param} «{value}» در لینک برای نقشه شناخته‌شده نیست، بنابراین نادیده گرفته شد.',
  'notice.dismiss': 'بستن',
  'notice.offline':
    'شما آفلاین هستید: نقشه داده‌هایی را نشان می‌دهد که در آخرین بازدید شما ذخیره شده و در {date} بررسی شده‌اند.',
  'notice.reload': 'بارگذاری دوباره',
  'notice.updateReady': 'نسخهٔ تازه‌تری از نقشه نشر شده است.',
  'notice.offlineCopy':
    'شما آفلاین هستید: نقشه از نسخه‌هایی استفاده می‌کند که در آخرین بازدید شما ذخیره شده‌اند.',
  'notice.keptCopyUndated':
    '{problem} نقشه از نسخه‌ای استفاده می‌کند که در آخرین بازدید شما ذخیره شده است.',
  'notice.keptCopy':
    '{problem} نقشه نسخه‌ای را نشان می‌دهد که در آخرین بازدید شما ذخیره شده است؛ داده‌های آن در {date} بررسی شده‌اند.',

  'gap.title': 'بیست سال بدون حکومت طالبان',
  'gap.dates': '۸ دسمبر ۲۰۰۱ – ۱۴ اگست ۲۰۲۱',

  'app.language': 'زبان',
  'app.calendar': 'تقویم نخست',
  'app.calendarGregory': 'میلادی',
  'app.calendarPersian': 'هجری شمسی',
  'app.translated': 'ترجمه‌شده از انگلیسی',
  'app.showOriginal': 'نمایش متن اصلی انگلیسی',
  'app.showTranslation': 'نمایش ترجمه',
  'app.about': 'دربارهٔ داده‌ها',
  'app.aboutShort': 'درباره',
  'app.more': 'بیشتر',
  'app.slowLoad': 'هنوز در حال بارگذاری: ممکن است اتصال کُند باشد.',
  'footer.sources': 'منابع: گزارش‌های خبری که برای هر رویداد ذکر شده‌اند.',
  'footer.licence': 'داده‌ها: CC BY 4.0. شکل‌های نقشه: Natural Earth.',

  'share.open': 'شریک‌سازی',
  'share.correctionLink': 'پیشنهاد اصلاح',
  'embed.fullMap': 'نقشهٔ کامل ↗',
  'embed.getData': 'دانلود داده‌ها ↗',
  'embed.downloadImage': 'دانلود تصویر ↗',
  'release.note': 'داده‌ها به شکلی که در {date} نشر شده‌اند.',
  'release.latest': 'دیدن تازه‌ترین داده‌ها',

  'lesson.start': 'درس گام‌به‌گام',
  'view.label': 'نما',
  'view.map': 'نقشه',
  'view.table': 'جدول',
  'view.compare': 'آن زمان و اکنون',

  'present.start': 'آغاز ارائه',
  'present.open': 'ارائه',
  'present.intro':
    'تمام‌صفحه، با حروف درشت. کلیدهای ارائه‌دهنده: → یا Page Down برای بعدی، ← یا Page Up برای قبلی، B صفحه را خالی می‌کند، Esc برای خروج.',
  'view.timeline': 'خط زمانی',
  'slider.yearOnly': '{date}، تنها سال',
  'slider.monthOnly': '{date}، تنها ماه',
  'slider.speed': 'سرعت پخش',
  'legend.todayMembers': 'شمارش از میان {total} کشوری است که امروز عضو سازمان ملل متحد اند.',
};

export default messages;
