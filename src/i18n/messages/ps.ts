/** Pashto interface strings (core: the first view). Same keys and placeholders as en.ts. */
import type { CoreCatalogue } from '../localizer.ts';

const messages: CoreCatalogue = {
  'app.title': 'څوک د طالبانو حکومت په رسمیت پېژني؟',
  'app.subtitle':
    'هغه هېوادونه چې د افغانستان اسلامي امارت په رسمیت پېژني یا ورسره سروکار لري، ورځ په ورځ: ۱۹۹۶–۲۰۰۱ او له ۲۰۲۱ څخه تر نن پورې.',
  'app.asOf': 'د معلوماتو وروستۍ کتنه: {date}',
  'app.loading': 'نقشه پرانیستل کېږي…',
  'app.skipToMap': 'نقشې ته ورشئ',

  'load.failed': 'د نقشې معلومات پرانیستل نه شول.',
  'load.network': 'د معلوماتو فایل {file} ترلاسه نه شو ({detail}). خپل انټرنېټ اتصال وګورئ.',
  'load.http': 'سرور د {file} لپاره {status} ځواب ورکړ.',
  'load.corrupt': 'د معلوماتو فایل {file} خراب دی ({detail}).',
  'load.invalid': 'د معلوماتو فایل {file} په کتنو کې ناکام شو ({detail}).',
  'load.timeout': 'د معلوماتو فایل {file} په وخت را ونه رسېد ({detail}).',
  'load.retry': 'بیا هڅه وکړئ',

  'status.recognized.name': 'په رسمیت یې پېژني',
  'status.ambassador.name': 'د طالبانو سفیر مني',
  'status.charge.name': 'د طالبانو تر کنټرول لاندې ماموریت',
  'status.contact.name': 'کاري تعامل',
  'status.none.name': 'اړیکې نشته',
  'status.withdrawn.name': 'رسمیت پېژندنه یې بېرته واخیسته',
  'status.afghanistan.name': 'افغانستان',
  'status.no-data.name': 'معلومات نشته',

  'status.recognized.definition':
    'په رسمي (قانوني) ډول په رسمیت پېژندل، چې د پېژندونکي هېواد له خوا تایید شوي وي.',
  'status.ambassador.definition':
    'په رسمیت یې نه پېژني، خو د طالبانو د سفیر اعتبارنامه یې منلې ده.',
  'status.charge.definition': 'د طالبانو ګومارل شوي کسان هلته د افغانستان سفارت یا قونسلګري چلوي.',
  'status.contact.definition': 'کاري اړیکې، بې له دې چې د طالبانو تر کنټرول لاندې ماموریت ولري.',
  'status.none.definition': 'د طالبانو له حکومت سره اړیکې نشته (اصلي حالت).',
  'status.withdrawn.definition':
    'طالبان یې په رسمیت وپېژندل، بیا یې رسمیت پېژندنه بېرته واخیسته یا یې ټولې اړیکې پرې کړې (۲۰۰۱).',
  'status.afghanistan.definition': 'پخپله افغانستان، په دې دورو کې د طالبانو تر واک لاندې.',
  'status.no-data.definition': 'هغه سیمې چې د نقشې سرچینه یې بې له ISO هېوادني کوډ څخه انځوروي.',

  'since.day': 'له {date} راهیسې',
  'since.approx': 'شاوخوا له {date} راهیسې',
  'since.by': 'له {date} یا تر هغې مخکې راهیسې',
  'since.none': 'په دې دوره کې ثبت شوې اړیکې نشته',

  'confidence.lowClaim': 'نه دی تایید شوی: په داسې ادعا ولاړ دی چې کوربه هېواد نه ده تایید کړې',
  'doubt.notice': 'له {date} راهیسې حالت ناڅرګند دی',

  'era.1.name': 'د طالبانو لومړۍ واکمني',
  'era.2.name': 'د طالبانو دویمه واکمني',
  'era.gap.name': 'د طالبانو حکومت نه و',
  'era.gap.card':
    'د ۲۰۰۱ز کال له دسمبر څخه د ۲۰۲۱ز کال تر اګست پورې د طالبانو حکومت نه و: افغانستان د اسلامي جمهوریت له خوا اداره کېده، چې په ملګرو ملتونو کې یې د افغانستان څوکۍ درلوده.',

  'place.kosovo': 'کوسوو',
  'place.northern-cyprus': 'شمالي قبرس',
  'place.somaliland': 'سومالیلنډ',
  'entity.un': 'ملګري ملتونه',
  'entity.ichkeria': 'د اچکیریا چیچن جمهوریت',

  'uncertain.approximate': 'دقیقه ورځ نه ده معلومه',

  'map.roledescription': 'نقشه',
  'map.label': 'د طالبانو له حکومت سره د اړیکو نقشه، {date}',
  'map.zoomIn': 'لوی یې کړئ',
  'map.zoomOut': 'کوچنی یې کړئ',
  'map.zoomReset': 'لومړنۍ اندازې ته ستنول',
  'map.afghanistan': 'د طالبانو تر واک لاندې',
  'map.description': 'په {date} د طالبانو له حکومت سره د اړیکو د نړۍ نقشه.',
  'map.describeStatus': {
    one: '{status}: {count} هېواد ({names}).',
    other: '{status}: {count} هېوادونه ({names}).',
  },
  'map.describeNone': 'هېڅ هېواد د طالبانو له حکومت سره اړیکې نه درلودې.',
  'map.keyboardHint':
    'د غشو کیلي له یوه هېواده بل ته ځي، Enter هېواد پرانیزي، او توري د نوم له مخې هېواد ته ټوپ وهي.',

  'region.label': 'د نقشې لید',
  'region.world': 'نړۍ',
  'region.asia': 'منځنی ختیځ او آسیا',

  'slider.label': 'نېټه',
  'slider.play': 'وچلوئ',
  'slider.pause': 'ودروئ',
  'slider.previousEvent': 'مخکنۍ پېښه',
  'slider.nextEvent': 'بله پېښه',
  'slider.gap': '۲۰۰۱–۲۰۲۱: د طالبانو حکومت نه و',
  'slider.unreviewed': 'له {date} وروسته، لا نه دي کتل شوي',
  'legend.title': 'د طالبانو له حکومت سره اړیکې',
  'legend.count': 'له {total} څخه {count}',
  'legend.uncertain': 'اټکلي نېټه یا ناتایید شوی',
  'legend.marker': 'هېواد چې د انځورولو لپاره ډېر کوچنی دی',
  'legend.noData': 'معلومات نشته',
  'legend.allOthers': 'د ملګرو ملتونو نور ټول غړي هېوادونه',
  'legend.showAll': 'ټول وښایاست ({count})',
  'legend.noMembers': 'په دې ورځ د ملګرو ملتونو هېڅ غړی هېواد په دې ډله کې نشته',

  'changes.title': 'څه بدل شول',
  'changes.empty': 'په دې دوره کې تر اوسه څه نه دي ثبت شوي.',
  'changes.context': 'شالید',

  'search.label': 'هېواد ولټوئ',
  'search.placeholder': 'هېواد ولټوئ',
  'search.results': 'هېوادونه',
  'search.none': 'هېڅ هېواد ونه موندل شو',

  'notice.title': 'د دې لینک په اړه',
  'notice.badDate': 'په لینک کې «{value}» نېټه نه ده (YYYY-MM-DD وکاروئ)، نو نقشه نن ورځ ښيي.',
  'notice.snapped.gap-to-era-1':
    'په {value} د طالبانو حکومت نه و: نقشه {to} ښيي، د لومړۍ دورې وروستۍ ورځ.',
  'notice.snapped.gap-to-era-2':
    'په {value} د طالبانو حکومت نه و: نقشه {to} ښيي، د دویمې دورې لومړۍ ورځ.',
  'notice.snapped.future': '{value} په راتلونکي کې ده: نقشه نن ورځ، {to}، ښيي.',
  'notice.snapped.before-start':
    'نقشه له {to} څخه پیلېږي، کله چې طالبانو کابل ونیو؛ {value} تر هغې مخکې ده.',
  'notice.unknownCountry': '«{value}» په دې نقشه کې هېواد نه دی، نو هېڅ هېواد نه دی پرانیستل شوی.',
  'notice.badValue':
    'د لینک {param} «{value}» داسې ارزښت نه دی چې نقشه یې پېژني، نو له پامه وغورځول شو.',
  'notice.dismiss': 'پټ یې کړئ',
  'notice.offline':
    'تاسو آفلاین یاست: نقشه هغه معلومات ښيي چې ستاسو په وروستۍ کتنه کې خوندي شوي او په {date} کتل شوي وو.',
  'notice.reload': 'بیا یې پرانیزئ',
  'notice.updateReady': 'د نقشې یوه نوې نسخه خپره شوې ده.',
  'notice.offlineCopy':
    'تاسو آفلاین یاست: نقشه هغه نسخې کاروي چې ستاسو په وروستۍ کتنه کې خوندي شوې وې.',
  'notice.keptCopyUndated':
    '{problem} نقشه هغه نسخه کاروي چې ستاسو په وروستۍ کتنه کې خوندي شوې وه.',
  'notice.keptCopy':
    '{problem} نقشه هغه نسخه ښيي چې ستاسو په وروستۍ کتنه کې خوندي شوې وه؛ معلومات یې په {date} کتل شوي وو.',

  'gap.title': 'شل کاله د طالبانو له حکومت پرته',
  'gap.dates': '۸ دسمبر ۲۰۰۱ – ۱۴ اګست ۲۰۲۱',

  'app.language': 'ژبه',
  'app.calendar': 'لومړی کومه جنتري وښودل شي',
  'app.calendarGregory': 'میلادي',
  'app.calendarPersian': 'لمریز هجري',
  'app.translated': 'له انګلیسي ژباړل شوی',
  'app.showOriginal': 'انګلیسي اصلي متن وښایئ',
  'app.showTranslation': 'ژباړه وښایئ',
  'app.about': 'د معلوماتو په اړه',
  'app.aboutShort': 'په اړه',
  'app.more': 'نور',
  'app.slowLoad': 'لا پرانیستل کېږي: ښايي اتصال ورو وي.',
  'footer.sources': 'سرچینې: هغه خبري راپورونه چې د هرې پېښې لپاره یاد شوي.',
  'footer.licence': 'معلومات: CC BY 4.0. د نقشې شکلونه: Natural Earth.',

  'share.open': 'شریک کړئ',
  'share.correctionLink': 'د سمون راپور ورکړئ',
  'embed.fullMap': 'بشپړه نقشه ↗',
  'embed.getData': 'د معلوماتو ډاونلوډ ↗',
  'embed.downloadImage': 'د انځور ډاونلوډ ↗',
  'release.note': 'هغه معلومات چې په {date} خپاره شوي.',
  'release.latest': 'وروستي معلومات وګورئ',

  'lesson.start': 'لارښود لوست',
  'view.label': 'لید',
  'view.map': 'نقشه',
  'view.table': 'جدول',
  'view.compare': 'هغه وخت او اوس',

  'present.start': 'وړاندې کول پیل کړئ',
  'present.open': 'وړاندې کول',
  'present.intro':
    'بشپړه پرده، لوی متن. د وړاندې کوونکي کیلي: → یا Page Down بل، ← یا Page Up شاته، B پرده تیاره کوي، Esc وتل.',
  'view.timeline': 'د وخت کرښه',
  'slider.yearOnly': '{date}، یوازې کال',
  'slider.monthOnly': '{date}، یوازې میاشت',
  'slider.speed': 'د چلولو چټکتیا',
  'legend.todayMembers': 'شمېرنه د هغو {total} هېوادونو له منځه ده چې نن د ملګرو ملتونو غړي دي.',
};

export default messages;
