/** Dari (Afghan Persian) interface strings (extra: loaded with the controls). Same keys and placeholders as en-extra.ts. */
import type { ExtraCatalogue } from '../localizer.ts';

const messages: ExtraCatalogue = {
  'status.recognized.detail':
    'به رسمیت شناختن رسمی (دوژوره) امارت اسلامی به‌عنوان حکومت افغانستان، که کشورِ شناسنده آن را اعلام یا تأیید کرده باشد. اعلامیهٔ طالبان به‌تنهایی کافی نیست.',
  'status.ambassador.detail':
    'بدون به رسمیت شناختن رسمی، اما کشور میزبان اعتبارنامهٔ (یا نسخه‌ای از اعتبارنامهٔ) سفیر گماشته‌شدهٔ طالبان را پذیرفته است. چین این را یک ترتیب عادی دیپلوماتیک خواند، نه به رسمیت شناختن.',
  'status.charge.detail':
    'گماشتگان طالبان سفارت یا یک قونسلگری افغانستان را در کشور میزبان اداره می‌کنند، به ریاست یک شارژدافیر یا مقامی پایین‌تر، بدون سفیری که پذیرفته شده باشد.',
  'status.contact.detail':
    'روابط کاری بدون نمایندگی تحت کنترل طالبان: کشور سفارت یا نمایندگی تخنیکی خود را در کابل نگه می‌دارد یا دوباره باز می‌کند، یک فرستادهٔ غیرمقیم را معرفی می‌کند، یا کارمندان طالبان را تنها در نقش‌های پایین قونسلی می‌پذیرد.',
  'status.none.detail':
    'بدون روابط با حکومت طالبان: حالت پیش‌فرض. جایی که سفارت جمهوری پیشین هنوز فعال است (برای نمونه تاجیکستان)، تاریخچهٔ آن کشور این را بیان می‌کند. در سال‌های ۱۹۹۶–۲۰۰۱ این کشورها حکومت ربانی را به رسمیت می‌شناختند.',
  'status.withdrawn.detail':
    'کشور پیش‌تر امارت اسلامی را به رسمیت شناخته بود، سپس به رسمیت شناختن را پس گرفت یا همهٔ روابط را قطع کرد: امارات متحدهٔ عربی، عربستان سعودی و پاکستان در سال ۲۰۰۱.',
  'status.afghanistan.detail': 'خود افغانستان، زیر حاکمیت طالبان در هر دو دوره.',
  'status.no-data.detail':
    'کوزوو، قبرس شمالی و سومالی‌لند: منبع نقشه (Natural Earth) آن‌ها را بدون کد کشور ISO ترسیم می‌کند، بنابراین داده‌ها آن‌ها را پوشش نمی‌دهند.',

  'table.country': 'کشور',
  'table.status': 'وضعیت',
  'table.since': 'از تاریخ',
  'share.title': 'شریک‌سازی، جاسازی یا دانلود',
  'share.link': 'لینک این نما',
  'share.copy': 'کاپی لینک',
  'share.linkCopied': 'لینک کاپی شد.',
  'share.copyFailed': 'مرورگر کاپی نکرد: متن را انتخاب کنید و خودتان کاپی کنید.',
  'share.native': 'شریک‌سازی…',
  'share.qr': 'کد QR',
  'share.qrLabel': 'کد QR لینک این نما',
  'share.embed': 'جاسازی در یک صفحه',
  'share.embedWhich': 'آنچه نقشهٔ جاسازی‌شده نشان می‌دهد',
  'share.pinned':
    'همین تاریخ ({date}) و همین نسخهٔ داده‌ها ({release}): برای مقاله‌ای دربارهٔ همان روز',
  'share.live': 'زنده: امروز، با تازه‌ترین داده‌ها',
  'share.language': 'زبان',
  'share.theme': 'رنگ‌ها',
  'share.themeLight': 'روشن',
  'share.themeDark': 'تاریک',
  'share.themeAuto': 'مطابق سیستم خواننده',
  'share.still': 'نقشهٔ ثابت (بدون نوار زمان)',
  'share.embedCode': 'کد جاسازی',
  'share.embedTitle': 'نقشه: کدام کشورها حکومت طالبان را به رسمیت می‌شناسند',
  'share.copyEmbed': 'کاپی کد جاسازی',
  'share.embedCopied': 'کد جاسازی کاپی شد.',
  'share.embedHint':
    'اندازهٔ قاب در هر صفحه‌نمایش خودکار تنظیم می‌شود. اسکریپت همان است که جاسازی‌های Datawrapper به کار می‌برند؛ صفحه‌هایی که از پیش اسکریپت‌های Datawrapper، Pym.js یا AMP را بارگذاری می‌کنند، تنها به iframe نیاز دارند.',
  'share.download': 'دانلود',
  'share.png': 'تصویر (PNG)',
  'share.png2x': 'تصویر، اندازهٔ دوبرابر (PNG)',
  'share.svg': 'تصویر (SVG)',
  'share.statusesCsv': 'وضعیت‌ها در این تاریخ (CSV)',
  'share.statusesJson': 'وضعیت‌ها در این تاریخ (JSON)',
  'share.eventsCsv': 'همهٔ رویدادها همراه با منابع (CSV)',
  'share.eventsJson': 'همهٔ رویدادها همراه با منابع (JSON)',
  'share.print': 'چاپ',
  'share.licence': 'داده‌ها: {licence}. هر فایل دانلودشده شیوهٔ استناد به آن را بیان می‌کند.',
  'share.downloaded': '{file} دانلود شد.',
  'share.imageSource':
    'منبع: Recognition Map، نسخهٔ داده‌ها {release} (بررسی‌شده در {checked})، {licence}؛ گزارش‌های خبری برای هر رویداد ذکر شده‌اند. نقشه: Natural Earth.',
  'share.correction': 'اشتباهی دیدید؟',
  'lesson.roledescription': 'گام درس',
  'lesson.stepOf': 'گام {step} از {total}',
  'lesson.sources': 'منابع:',
  'lesson.question': 'پرسش برای صنف',
  'lesson.navigation': 'گام‌های درس',
  'lesson.previous': 'گام قبلی',
  'lesson.next': 'گام بعدی',
  'lesson.exit': 'خروج از درس',
  'compare.then': 'آن زمان',
  'compare.now': 'اکنون',
  'compare.close': 'بازگشت به یک نقشه',

  'present.next': 'بعدی',
  'present.previous': 'قبلی',
  'present.blank': 'خالی کردن صفحه',
  'present.exit': 'خروج از ارائه',
  'present.blanked': 'صفحه خالی است: برای نمایش دوباره B را فشار دهید.',
  'table.filterName': 'فلتر بر اساس نام',
  'table.filterStatus': 'وضعیت',
  'table.allStatuses': 'همهٔ وضعیت‌ها',
  'table.shown': { one: '{count} از {total} کشور', other: '{count} از {total} کشور' },
  'table.captionAll': 'همهٔ کشورها در {date}',
  'table.source': 'منبع',
  'table.moreSources': { one: '(+{count} دیگر)', other: '(+{count} دیگر)' },

  'announce.summary': '{date}: {parts}.',
  'announce.none': 'هیچ کشوری با حکومت طالبان روابط ندارد',
  'announce.recognized': {
    one: '{count} کشور به رسمیت می‌شناسد',
    other: '{count} کشور به رسمیت می‌شناسند',
  },
  'announce.ambassador': {
    one: '{count} کشور سفیر طالبان را می‌پذیرد',
    other: '{count} کشور سفیر طالبان را می‌پذیرند',
  },
  'announce.charge': {
    one: '{count} کشور میزبان نمایندگی تحت کنترل طالبان است',
    other: '{count} کشور میزبان نمایندگی تحت کنترل طالبان هستند',
  },
  'announce.contact': {
    one: '{count} کشور تعامل کاری دارد',
    other: '{count} کشور تعامل کاری دارند',
  },
  'announce.withdrawn': {
    one: '{count} کشور به رسمیت شناختن را پس گرفته است',
    other: '{count} کشور به رسمیت شناختن را پس گرفته‌اند',
  },
  'announce.changed': 'تغییرها: {changes}.',
  'announce.change': '{actor}: {what}',
  'type.formal_recognition': 'به رسمیت شناختن رسمی',
  'type.recognition_withdrawn': 'پس گرفتن به رسمیت شناختن',
  'type.relations_downgraded': 'کاهش سطح روابط',
  'type.taliban_ambassador_accepted': 'پذیرش سفیر طالبان',
  'type.taliban_mission_accepted': 'پذیرش نمایندگی تحت کنترل طالبان',
  'type.taliban_staff_accepted': 'پذیرش کارمندان طالبان',
  'type.ambassador_designate_arrived': 'رسیدن سفیر تعیین‌شده',
  'type.ambassador_accredited_to_taliban': 'معرفی سفیر خود در کابل',
  'type.mission_in_kabul_reopened': 'بازگشایی نمایندگی در کابل',
  'type.mission_in_kabul_closed': 'بسته شدن نمایندگی در کابل',
  'type.mission_upgraded': 'ارتقای سطح نمایندگی',
  'type.contact_without_recognition': 'تعامل بدون به رسمیت شناختن',
  'type.protecting_power': 'کشور حافظ منافع',
  'type.republic_mission_persists': 'ادامهٔ کار نمایندگی دورهٔ جمهوریت',
  'type.republic_mission_cooperating': 'همکاری نمایندگی دورهٔ جمهوریت با کابل',
  'type.republic_mission_closed': 'بسته شدن نمایندگی دورهٔ جمهوریت',
  'type.terror_designation_removed': 'حذف از فهرست سازمان‌های تروریستی',
  'type.armed_conflict': 'درگیری مسلحانه',
  'type.baseline_statement': 'گزارش وضعیت',
  'type.context_capital_captured': 'تصرف کابل',
  'type.context_government_formed': 'تشکیل حکومت',
  'type.context_regime_end': 'پایان حاکمیت طالبان',
  'type.taliban_disowns_republic_missions':
    'طالبان نمایندگی‌های دورهٔ جمهوریت را به رسمیت نمی‌شناسند',
  'type.un_credentials': 'کرسی سازمان ملل',
  'type.un_sanctions': 'تحریم‌های سازمان ملل',
  'type.formal_recognition_by_nonstate': 'به رسمیت شناختن از سوی یک نهاد غیرکشوری',
  'type.mutual_recognition_nonstate': 'به رسمیت شناختن یک نهاد غیرکشوری',
  'type.embassy_opened': 'گشایش سفارت',

  'about.title': 'دربارهٔ داده‌ها',
  'about.intro':
    'این نقشه برای هر روزِ دو دورهٔ حاکمیت طالبان نشان می‌دهد که هر کشور با حکومت طالبان چگونه برخورد کرده است، از به رسمیت شناختن رسمی تا نبود روابط. هر وضعیت از یک رویداد تاریخ‌دار همراه با منابع آن می‌آید؛ برای دیدن آن‌ها یک کشور را باز کنید.',
  'about.statuses': 'معنای رنگ‌ها',
  'about.rules': 'چگونه نقشه را بخوانیم',
  'about.rule.status':
    'وضعیت یک کشور در یک روز همان است که تازه‌ترین رویداد آن در همان روز یا پیش از آن تعیین کرده است؛ کشوری که هیچ رویدادی ندارد، روابط ندارد.',
  'about.rule.since':
    '«از» نخستین روزِ تازه‌ترین دورهٔ پیوستهٔ آن وضعیت است: روسیه از ۳ جولای ۲۰۲۵ به رسمیت می‌شناسد، هرچند اعتبارنامهٔ سفیر را بعدتر پذیرفت.',
  'about.rule.approximate':
    'وقتی منابع تنها ماه یا سال را ذکر می‌کنند، رویداد از نخستین روز آن (یا از روزی دیرتر که منابع ثابت می‌کنند) حساب می‌شود و نقشه «حدود» می‌نویسد؛ «یا پیش از آن» یعنی منابع نشان می‌دهند که رویداد در آن تاریخ یا پیش از آن رخ داده بود. این موارد با حاشیهٔ نقطه‌چین ترسیم می‌شوند.',
  'about.rule.eras':
    'دورهٔ نخست از ۲۷ سپتمبر ۱۹۹۶، که طالبان کابل را گرفتند، تا ۷ دسمبر ۲۰۰۱، سقوط قندهار، ادامه داشت. از ۸ دسمبر ۲۰۰۱ تا ۱۴ اگست ۲۰۲۱ حکومت طالبان وجود نداشت. دورهٔ دوم از ۱۵ اگست ۲۰۲۱ تا امروز ادامه دارد و برای همهٔ کشورها از «بدون روابط» آغاز می‌شود.',
  'about.rule.counts':
    'شمارش‌ها بر اساس ۱۹۳ کشور عضو سازمان ملل است؛ افغانستان جداگانه نشان داده می‌شود.',
  'about.rule.claims':
    'ادعاهایی که تنها بر اظهارات طالبان استوارند (قطر ۲۰۲۲، قرغیزستان و مالیزیا از فبروری ۲۰۲۳ یا پیش از آن) نشان داده می‌شوند، با نشان اطمینان پایین و تأییدنشده.',
  'about.rule.asOf':
    'داده‌ها آخرین بار در {date} با منابع آن بررسی شده‌اند؛ روزهای پس از آن هنوز بررسی نشده‌اند.',
  'about.uncertain': 'آنچه تأیید نشد',
  'about.unSeat': 'کرسی افغانستان در سازمان ملل',
  'about.sources': 'منابع',
  'about.sourcesText':
    '{events} رویداد به {sources} گزارش خبری از {outlets} رسانه و خبرگزاری استناد می‌کنند؛ صفحهٔ هر کشور آن‌ها را با لینک فهرست می‌کند. توضیحات برای این پروژه با واژه‌های بی‌طرف نوشته شده‌اند.',
  'about.dataFile': 'مجموعهٔ داده‌ها (JSON)',
  'about.dataPackage': 'بستهٔ داده‌ها (datapackage.json: فایل‌ها و فیلدهای آن‌ها)',
  'about.citationFile': 'فایل استناد (CITATION.cff)',
  'about.cite': 'شیوهٔ استناد',
  'about.licence': 'جوازها',
  'about.licenceData': 'مجموعهٔ داده‌ها را می‌توان با ذکر منبع دوباره به کار برد، بر اساس جواز',
  'about.licenceMap': 'شکل کشورها: Natural Earth (مالکیت عمومی)، از طریق world-atlas.',
  'about.licenceCode': 'کد آن متن‌باز است (جواز MIT).',
  'about.corrections': 'فهرست اصلاحات',
  // The country panel (it opens after the first view).
  'confidence.high': 'اطمینان بالا',
  'confidence.medium': 'اطمینان متوسط',
  'confidence.low': 'اطمینان پایین',
  'precision.day': 'روز دقیق',
  'precision.month': 'تنها ماه',
  'precision.year': 'تنها سال',
  'precision.no-later-than': 'در این تاریخ یا پیش از آن',

  'panel.close': 'بستن',
  'panel.onDate': 'در {date}',
  'panel.noEvents':
    'هیچ رویدادی ثبت نشده است: در هیچ‌یک از دو دوره با حکومت طالبان روابط نداشته است.',
  'panel.sources': 'منابع',
  'panel.showOnMap': 'نمایش روی نقشه',
  'panel.showDetails': 'نمایش جزئیات',
  'panel.hideDetails': 'پنهان کردن جزئیات',
  'panel.later': 'بعدتر',
};

export default messages;
