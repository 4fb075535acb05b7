/** Pashto interface strings the first view does not need. Same keys and placeholders as en-extra.ts. */
import type { ExtraCatalogue } from '../localizer.ts';

const messages: ExtraCatalogue = {
  'status.recognized.detail':
    'د افغانستان د حکومت په توګه د اسلامي امارت په رسمي (قانوني) ډول په رسمیت پېژندل، چې پېژندونکي هېواد اعلان یا تایید کړي وي. یوازې د طالبانو بیان بسنه نه کوي.',
  'status.ambassador.detail':
    'په رسمي ډول یې په رسمیت نه پېژني، خو کوربه هېواد د طالبانو د ګومارل شوي سفیر اعتبارنامه (یا د هغې کاپي) منلې ده. چین دا یو عادي ډیپلوماټیک ترتیب وباله، نه رسمیت پېژندنه.',
  'status.charge.detail':
    'د طالبانو ګومارل شوي کسان په کوربه هېواد کې د افغانستان سفارت یا قونسلګري چلوي، چې مشري یې شارژدافیر یا ټیټ رتبه ډیپلومات کوي، بې له دې چې کوم سفیر یې منل شوی وي.',
  'status.contact.detail':
    'کاري اړیکې، بې له دې چې د طالبانو تر کنټرول لاندې ماموریت وي: هېواد په کابل کې خپل سفارت یا تخنیکي ماموریت ساتي یا بیا پرانیزي، یو غیرمقیم استازی په رسمي ډول ګوماري، یا د طالبانو کارکوونکي یوازې په ټیټو قونسلي دندو کې مني.',
  'status.none.detail':
    'د طالبانو له حکومت سره اړیکې نشته: اصلي حالت. چېرته چې د پخواني جمهوري نظام سفارت لا هم کار کوي (د بېلګې په توګه تاجکستان)، د هغه هېواد تاریخچه یې یادوي. په ۱۹۹۶–۲۰۰۱ کې دغو هېوادونو د رباني حکومت په رسمیت پېژانده.',
  'status.withdrawn.detail':
    'هېواد مخکې اسلامي امارت په رسمیت پېژندلی و، بیا یې رسمیت پېژندنه بېرته واخیسته یا یې ټولې اړیکې پرې کړې: متحده عربي امارات، سعودي عربستان او پاکستان په ۲۰۰۱ کې.',
  'status.afghanistan.detail': 'پخپله افغانستان، په دواړو دورو کې د طالبانو تر واک لاندې.',
  'status.no-data.detail':
    'کوسوو، شمالي قبرس او سومالیلنډ: د نقشې سرچینه (Natural Earth) دا سیمې بې له ISO هېوادني کوډ څخه انځوروي، نو معلومات یې نه رانغاړي.',

  'table.country': 'هېواد',
  'table.status': 'حالت',
  'table.since': 'له کله راهیسې',
  'share.title': 'شریک کړئ، ځای پر ځای کړئ یا ډاونلوډ کړئ',
  'share.link': 'د دې لید لینک',
  'share.copy': 'لینک کاپي کړئ',
  'share.linkCopied': 'لینک کاپي شو.',
  'share.copyFailed': 'براوزر کاپي ونه کړ: متن وټاکئ او پخپله یې کاپي کړئ.',
  'share.native': 'شریک کړئ…',
  'share.qr': 'QR کوډ',
  'share.qrLabel': 'د دې لید د لینک QR کوډ',
  'share.embed': 'په پاڼه کې ځای پر ځای کړئ',
  'share.embedWhich': 'ځای پر ځای شوې نقشه څه ښيي',
  'share.pinned':
    'همدا نېټه ({date}) او د معلوماتو همدا خپرونه ({release}): د هغې ورځې په اړه د یوې مقالې لپاره',
  'share.live': 'ژوندۍ: نن ورځ، له وروستیو معلوماتو سره',
  'share.language': 'ژبه',
  'share.theme': 'رنګونه',
  'share.themeLight': 'روښانه',
  'share.themeDark': 'تیاره',
  'share.themeAuto': 'د لوستونکي د سیستم په څېر',
  'share.still': 'ثابته نقشه (بې سلایډره)',
  'share.embedCode': 'د ځای پر ځای کولو کوډ',
  'share.embedTitle': 'نقشه: څوک د طالبانو حکومت په رسمیت پېژني',
  'share.copyEmbed': 'د ځای پر ځای کولو کوډ کاپي کړئ',
  'share.embedCopied': 'د ځای پر ځای کولو کوډ کاپي شو.',
  'share.embedHint':
    'چوکاټ په هره پرده کې خپله اندازه پخپله برابروي. سکرېپټ هماغه دی چې Datawrapper یې د ځای پر ځای کولو لپاره کاروي؛ هغه پاڼې چې دمخه د Datawrapper، Pym.js یا AMP خپل سکرېپټونه پرانیزي، یوازې iframe ته اړتیا لري.',
  'share.download': 'ډاونلوډ',
  'share.png': 'انځور (PNG)',
  'share.png2x': 'انځور، دوه چنده اندازه (PNG)',
  'share.svg': 'انځور (SVG)',
  'share.statusesCsv': 'په دې نېټه حالتونه (CSV)',
  'share.statusesJson': 'په دې نېټه حالتونه (JSON)',
  'share.eventsCsv': 'ټولې پېښې له سرچینو سره (CSV)',
  'share.eventsJson': 'ټولې پېښې له سرچینو سره (JSON)',
  'share.print': 'چاپ کړئ',
  'share.licence': 'معلومات: {licence}. هر ډاونلوډ ښيي چې څنګه ورته حواله ورکړئ.',
  'share.downloaded': '{file} ډاونلوډ شو.',
  'share.imageSource':
    'سرچینه: Recognition Map، د معلوماتو خپرونه {release} (کتل شوې {checked})، {licence}؛ د هرې پېښې لپاره یاد شوي خبري راپورونه. نقشه: Natural Earth.',
  'share.correction': 'کومه تېروتنه مو ولیده؟',
  'lesson.roledescription': 'د لوست ګام',
  'lesson.stepOf': 'ګام {step} له {total} څخه',
  'lesson.sources': 'سرچینې:',
  'lesson.question': 'د ټولګي لپاره پوښتنه',
  'lesson.navigation': 'د لوست ګامونه',
  'lesson.previous': 'مخکنی ګام',
  'lesson.next': 'بل ګام',
  'lesson.exit': 'له لوست څخه ووځئ',
  'compare.then': 'هغه وخت',
  'compare.now': 'اوس',
  'compare.close': 'یوې نقشې ته بېرته',

  'present.next': 'بل',
  'present.previous': 'شاته',
  'present.blank': 'پرده تیاره کړئ',
  'present.exit': 'له وړاندې کولو ووځئ',
  'present.blanked': 'پرده تیاره ده: د بیا ښودلو لپاره B کېکاږئ.',
  'table.filterName': 'د نوم له مخې چاڼ کړئ',
  'table.filterStatus': 'حالت',
  'table.allStatuses': 'ټول حالتونه',
  'table.shown': {
    one: 'له {total} هېوادونو څخه {count}',
    other: 'له {total} هېوادونو څخه {count}',
  },
  'table.captionAll': 'په {date} ټول هېوادونه',
  'table.source': 'سرچینه',
  'table.moreSources': { one: '(+{count} نوره)', other: '(+{count} نورې)' },

  'announce.summary': '{date}: {parts}.',
  'announce.none': 'هېڅ هېواد د طالبانو له حکومت سره اړیکې نه لري',
  'announce.recognized': {
    one: '{count} هېواد یې په رسمیت پېژني',
    other: '{count} هېوادونه یې په رسمیت پېژني',
  },
  'announce.ambassador': {
    one: '{count} هېواد د طالبانو سفیر مني',
    other: '{count} هېوادونه د طالبانو سفیر مني',
  },
  'announce.charge': {
    one: '{count} هېواد د طالبانو تر کنټرول لاندې ماموریت کوربه دی',
    other: '{count} هېوادونه د طالبانو تر کنټرول لاندې ماموریتونو کوربه دي',
  },
  'announce.contact': {
    one: '{count} هېواد کاري تعامل لري',
    other: '{count} هېوادونه کاري تعامل لري',
  },
  'announce.withdrawn': {
    one: '{count} هېواد رسمیت پېژندنه بېرته اخیستې ده',
    other: '{count} هېوادونو رسمیت پېژندنه بېرته اخیستې ده',
  },
  'announce.changed': 'بدلونونه: {changes}.',
  'announce.change': '{actor}: {what}',
  'type.formal_recognition': 'په رسمي ډول په رسمیت پېژندل',
  'type.recognition_withdrawn': 'رسمیت پېژندنه بېرته واخیستل شوه',
  'type.relations_downgraded': 'اړیکې راټیټې شوې',
  'type.taliban_ambassador_accepted': 'د طالبانو سفیر ومنل شو',
  'type.taliban_mission_accepted': 'د طالبانو تر کنټرول لاندې ماموریت ومنل شو',
  'type.taliban_staff_accepted': 'د طالبانو کارکوونکي ومنل شول',
  'type.ambassador_designate_arrived': 'نومول شوی سفیر راورسېد',
  'type.ambassador_accredited_to_taliban': 'خپل سفیر په کابل کې رسماً ومنل شو',
  'type.mission_in_kabul_reopened': 'په کابل کې ماموریت بیا پرانیستل شو',
  'type.mission_in_kabul_closed': 'په کابل کې ماموریت وتړل شو',
  'type.mission_upgraded': 'ماموریت لوړې کچې ته پورته شو',
  'type.contact_without_recognition': 'اړیکې بې له رسمیت پېژندنې',
  'type.protecting_power': 'د ګټو ساتونکی هېواد',
  'type.republic_mission_persists': 'د جمهوریت د وخت ماموریت پاتې دی',
  'type.republic_mission_cooperating': 'د جمهوریت د وخت ماموریت له کابل سره همکاري کوي',
  'type.republic_mission_closed': 'د جمهوریت د وخت ماموریت وتړل شو',
  'type.terror_designation_removed': 'د ترهګرو سازمانونو له لېست څخه ایستل',
  'type.armed_conflict': 'وسله واله شخړه',
  'type.baseline_statement': 'د وضعیت راپور',
  'type.context_capital_captured': 'د کابل نیول',
  'type.context_government_formed': 'د حکومت جوړېدل',
  'type.context_regime_end': 'د طالبانو د واکمنۍ پای',
  'type.taliban_disowns_republic_missions': 'طالبان د جمهوریت د وخت ماموریتونه نه مني',
  'type.un_credentials': 'په ملګرو ملتونو کې څوکۍ',
  'type.un_sanctions': 'د ملګرو ملتونو بندیزونه',
  'type.formal_recognition_by_nonstate': 'د یوه غیردولتي واحد له خوا په رسمیت پېژندل',
  'type.mutual_recognition_nonstate': 'د یوه غیردولتي واحد په رسمیت پېژندل',
  'type.embassy_opened': 'سفارت پرانیستل شو',

  'about.title': 'د معلوماتو په اړه',
  'about.intro':
    'دا نقشه د طالبانو د واکمنۍ د دواړو دورو د هرې ورځې لپاره ښيي چې هر هېواد د طالبانو له حکومت سره څه ډول چلند کړی، له رسمي پېژندنې نیولې تر اړیکو نه لرلو پورې. هر حالت له یوې نېټه لرونکې پېښې او د هغې له سرچینو راځي؛ د لیدو لپاره یو هېواد پرانیزئ.',
  'about.statuses': 'رنګونه څه مانا لري',
  'about.rules': 'نقشه څنګه ولولئ',
  'about.rule.status':
    'په یوه ورځ د یوه هېواد حالت هغه دی چې په هماغه ورځ یا تر هغې مخکې د هغه وروستۍ پېښې ټاکلی وي؛ که پېښه نه وي، اړیکې نه لري.',
  'about.rule.since':
    '«راهیسې» د هغه حالت د وروستۍ پرله پسې دورې لومړۍ ورځ ده: روسیه د ۲۰۲۵ز کال د جولای له ۳مې راهیسې طالبان په رسمیت پېژني، که څه هم د سفیر اعتبارنامه یې وروسته ومنله.',
  'about.rule.approximate':
    'کله چې سرچینې یوازې میاشت یا کال ورکوي، پېښه د هغې میاشتې یا کال له لومړۍ ورځې (یا له هغې وروسته ورځې چې سرچینې یې ثابتوي) حسابېږي او نقشه «شاوخوا» لیکي؛ «یا تر هغې مخکې» دا مانا لري چې سرچینې ښيي پېښه تر هغه وخته شوې وه. دا پېښې په ټکي ټکي کرښه انځورېږي.',
  'about.rule.eras':
    'لومړۍ دوره د ۱۹۹۶ز کال د سپتمبر له ۲۷مې، کله چې طالبانو کابل ونیو، د ۲۰۰۱ز کال د دسمبر تر ۷مې، د کندهار تر سقوط پورې ده. د ۲۰۰۱ز کال د دسمبر له ۸مې د ۲۰۲۱ز کال د اګست تر ۱۴مې پورې د طالبانو حکومت نه و. دویمه دوره د ۲۰۲۱ز کال د اګست له ۱۵مې تر نن پورې ده، او د هر هېواد لپاره له اړیکو نه لرلو څخه پیلېږي.',
  'about.rule.counts': 'شمېرې د ملګرو ملتونو د ۱۹۳ غړو هېوادونو دي؛ افغانستان جلا ښودل شوی.',
  'about.rule.claims':
    'هغه ادعاوې چې یوازې د طالبانو په بیانونو ولاړې دي (قطر ۲۰۲۲؛ قرغیزستان او مالیزیا د ۲۰۲۳ز کال د فبروري یا تر هغې مخکې) ښودل شوې، خو د ټیټ باور او ناتایید شوي په توګه نښه شوې دي.',
  'about.rule.asOf':
    'معلومات وروستی ځل په {date} له خپلو سرچینو سره پرتله شوي؛ وروسته ورځې لا نه دي کتل شوې.',
  'about.uncertain': 'څه چې تایید نه شول',
  'about.unSeat': 'په ملګرو ملتونو کې د افغانستان څوکۍ',
  'about.sources': 'سرچینې',
  'about.sourcesText':
    'ټولې {events} پېښې د {outlets} رسنیو او اژانسونو {sources} خبري راپورونو ته حواله ورکوي؛ د هر هېواد پاڼه یې له لینکونو سره ښيي. تشریحات د دې پروژې لپاره په بې طرفه الفاظو لیکل شوي.',
  'about.dataFile': 'د معلوماتو ټولګه (JSON)',
  'about.dataPackage': 'د معلوماتو بسته (datapackage.json: فایلونه او د هغو ساحې)',
  'about.citationFile': 'د حوالې فایل (CITATION.cff)',
  'about.cite': 'څنګه حواله ورکړئ',
  'about.licence': 'جوازونه',
  'about.licenceData': 'د معلوماتو ټولګه د سرچینې په یادولو سره د دې جواز له مخې بیا کارېدای شي:',
  'about.licenceMap': 'د هېوادونو شکلونه: Natural Earth (عامه ملکیت)، د world-atlas له لارې.',
  'about.licenceCode': 'کوډ د پرانیستې سرچینې دی (د MIT جواز).',
  'about.corrections': 'د سمونونو ثبت',
  // The country panel (it opens after the first view).
  'confidence.high': 'لوړ باور',
  'confidence.medium': 'منځنی باور',
  'confidence.low': 'ټیټ باور',
  'precision.day': 'دقیقه ورځ',
  'precision.month': 'یوازې میاشت',
  'precision.year': 'یوازې کال',
  'precision.no-later-than': 'په دې نېټه یا تر هغې مخکې',

  'panel.close': 'وتړئ',
  'panel.onDate': 'په {date}',
  'panel.noEvents':
    'ثبت شوې پېښې نشته: په دواړو دورو کې یې د طالبانو له حکومت سره اړیکې نه درلودې.',
  'panel.sources': 'سرچینې',
  'panel.showOnMap': 'په نقشه کې یې وښایئ',
  'panel.later': 'وروسته',
};

export default messages;
