/** Urdu (Pakistan) interface strings (core: the first view). Same keys and placeholders as en.ts. */
import type { CoreCatalogue } from '../localizer.ts';

const messages: CoreCatalogue = {
  'app.title': 'طالبان حکومت کو کون تسلیم کرتا ہے؟',
  'app.subtitle':
    'امارت اسلامیہ افغانستان کو تسلیم کرنے والی یا اس سے روابط رکھنے والی ریاستیں، دن بہ دن: 1996–2001 اور 2021 سے آج تک۔',
  'app.asOf': 'ڈیٹا کی جانچ: {date}',
  'app.loading': 'نقشہ لوڈ ہو رہا ہے…',
  'app.skipToMap': 'سیدھے نقشے پر جائیں',

  'load.failed': 'نقشے کا ڈیٹا لوڈ نہیں ہو سکا۔',
  'load.network': 'ڈیٹا فائل {file} حاصل نہیں ہو سکی ({detail})۔ اپنا کنکشن چیک کریں۔',
  'load.http': 'سرور نے {file} کے لیے {status} جواب دیا۔',
  'load.corrupt': 'ڈیٹا فائل {file} خراب ہے ({detail})۔',
  'load.invalid': 'ڈیٹا فائل {file} جانچ میں ناکام رہی ({detail})۔',
  'load.timeout': 'ڈیٹا فائل {file} وقت پر نہیں پہنچی ({detail})۔',
  'load.retry': 'دوبارہ کوشش کریں',

  'status.recognized.name': 'تسلیم کرتی ہے',
  'status.ambassador.name': 'طالبان کا سفیر قبول کرتی ہے',
  'status.charge.name': 'طالبان کے زیرِ انتظام مشن',
  'status.contact.name': 'عملی روابط',
  'status.none.name': 'کوئی تعلقات نہیں',
  'status.withdrawn.name': 'تسلیم سے دستبردار ہو گئی',
  'status.afghanistan.name': 'افغانستان',
  'status.no-data.name': 'ڈیٹا دستیاب نہیں',

  'status.recognized.definition':
    'باضابطہ (قانونی، de jure) طور پر تسلیم، جس کی تصدیق تسلیم کرنے والی ریاست نے کی ہے۔',
  'status.ambassador.definition': 'تسلیم نہیں کیا، لیکن طالبان کے سفیر کی اسناد قبول کر لیں۔',
  'status.charge.definition':
    'وہاں افغان سفارت خانہ یا کوئی قونصل خانہ طالبان کے مقرر کردہ افراد چلاتے ہیں۔',
  'status.contact.definition': 'عملی روابط، طالبان کے زیرِ انتظام مشن کے بغیر۔',
  'status.none.definition': 'طالبان حکومت سے کوئی تعلقات نہیں (پہلے سے طے شدہ حالت)۔',
  'status.withdrawn.definition':
    'طالبان کو تسلیم کیا، پھر اس سے دستبرداری اختیار کی یا تمام تعلقات منقطع کر دیے (2001)۔',
  'status.afghanistan.definition': 'خود افغانستان، ان ادوار میں طالبان کے زیرِ حکومت۔',
  'status.no-data.definition': 'وہ علاقے جنہیں نقشے کا ماخذ ISO ملکی کوڈ کے بغیر دکھاتا ہے۔',

  'since.day': '{date} سے',
  'since.approx': 'تقریباً {date} سے',
  'since.by': '{date} یا اس سے پہلے سے',
  'since.none': 'اس دور میں کوئی ریکارڈ شدہ تعلقات نہیں',

  'confidence.lowClaim': 'غیر مصدقہ: ایک ایسے دعوے پر مبنی جس کی میزبان ملک نے تصدیق نہیں کی',
  'doubt.notice': '{date} سے حیثیت غیر یقینی',

  'era.1.name': 'طالبان کا پہلا دورِ حکومت',
  'era.2.name': 'طالبان کا دوسرا دورِ حکومت',
  'era.gap.name': 'کوئی طالبان حکومت نہیں',
  'era.gap.card':
    'دسمبر 2001 سے اگست 2021 تک کوئی طالبان حکومت نہیں تھی: افغانستان پر اسلامی جمہوریہ کی حکومت تھی، جس کے پاس اقوام متحدہ میں ملک کی نشست تھی۔',

  'place.kosovo': 'کوسوو',
  'place.northern-cyprus': 'شمالی قبرص',
  'place.somaliland': 'صومالی لینڈ',
  'entity.un': 'اقوام متحدہ',
  'entity.ichkeria': 'چیچن جمہوریہ اچکیریا',

  'uncertain.approximate': 'صحیح دن معلوم نہیں',

  'map.roledescription': 'نقشہ',
  'map.label': 'طالبان حکومت سے تعلقات کا نقشہ، {date}',
  'map.zoomIn': 'بڑا کریں',
  'map.zoomOut': 'چھوٹا کریں',
  'map.zoomReset': 'اصل سائز پر واپس',
  'map.afghanistan': 'طالبان کے زیرِ حکومت',
  'map.description': '{date} کو طالبان حکومت سے تعلقات کا عالمی نقشہ۔',
  'map.describeStatus': {
    one: '{status}: {count} ریاست ({names})۔',
    other: '{status}: {count} ریاستیں ({names})۔',
  },
  'map.describeNone': 'کسی ریاست کے طالبان حکومت سے تعلقات نہیں تھے۔',
  'map.keyboardHint':
    'ایرو کیز سے ایک ملک سے دوسرے ملک پر جائیں، Enter سے ملک کھولیں، حروف ٹائپ کر کے نام سے ملک پر پہنچیں۔',

  'region.label': 'نقشے کا منظر',
  'region.world': 'دنیا',
  'region.asia': 'مشرقِ وسطیٰ اور ایشیا',

  'slider.label': 'تاریخ',
  'slider.play': 'چلائیں',
  'slider.pause': 'روکیں',
  'slider.previousEvent': 'پچھلا واقعہ',
  'slider.nextEvent': 'اگلا واقعہ',
  'slider.gap': '2001–2021: کوئی طالبان حکومت نہیں',
  'slider.unreviewed': '{date} کے بعد، ابھی جائزہ نہیں لیا گیا',
  'legend.title': 'طالبان حکومت سے تعلقات',
  'legend.count': '{total} میں سے {count}',
  'legend.uncertain': 'اندازاً تاریخ یا غیر مصدقہ',
  'legend.marker': 'نقشے پر دکھانے کے لیے بہت چھوٹی ریاست',
  'legend.noData': 'ڈیٹا دستیاب نہیں',
  'legend.allOthers': 'اقوام متحدہ کے باقی تمام رکن ممالک',
  'legend.showAll': 'سب دکھائیں ({count})',
  'legend.noMembers': 'اس دن اقوام متحدہ کا کوئی رکن ملک اس زمرے میں نہیں',

  'changes.title': 'کیا بدلا',
  'changes.empty': 'اس دور میں ابھی تک کچھ ریکارڈ نہیں ہوا۔',
  'changes.context': 'پس منظر',

  'search.label': 'ملک تلاش کریں',
  'search.placeholder': 'ملک تلاش کریں',
  'search.results': 'ممالک',
  'search.none': 'کوئی ملک نہیں ملا',

  'notice.title': 'اس لنک کے بارے میں',
  'notice.badDate':
    'لنک میں دی گئی “{value}” درست تاریخ نہیں (YYYY-MM-DD استعمال کریں)، اس لیے نقشہ آج کی صورتحال دکھا رہا ہے۔',
  'notice.snapped.gap-to-era-1':
    '{value} کو کوئی طالبان حکومت نہیں تھی: نقشہ {to} دکھا رہا ہے، جو پہلے دور کا آخری دن ہے۔',
  'notice.snapped.gap-to-era-2':
    '{value} کو کوئی طالبان حکومت نہیں تھی: نقشہ {to} دکھا رہا ہے، جو دوسرے دور کا پہلا دن ہے۔',
  'notice.snapped.future': '{value} مستقبل کی تاریخ ہے: نقشہ آج، {to}، کی صورتحال دکھا رہا ہے۔',
  'notice.snapped.before-start':
    'نقشہ {to} سے شروع ہوتا ہے، جب طالبان نے کابل پر قبضہ کیا؛ {value} اس سے پہلے کی تاریخ ہے۔',
  'notice.unknownCountry': '“{value}” اس نقشے پر کوئی ملک نہیں، اس لیے کوئی ملک نہیں کھولا گیا۔',
  'notice.badValue':
    'لنک میں {param} کی قدر “{value}” نقشے کے لیے نامعلوم ہے، اس لیے اسے نظر انداز کر دیا گیا۔',
  'notice.dismiss': 'ٹھیک ہے',
  'notice.offline':
    'آپ آف لائن ہیں: نقشہ آپ کے پچھلے وزٹ پر محفوظ کیا گیا ڈیٹا دکھا رہا ہے، جس کی جانچ {date} کو ہوئی تھی۔',
  'notice.reload': 'دوبارہ لوڈ کریں',
  'notice.updateReady': 'نقشے کا نیا ورژن شائع ہو گیا ہے۔',
  'notice.offlineCopy':
    'آپ آف لائن ہیں: نقشہ آپ کے پچھلے وزٹ پر محفوظ کی گئی نقول استعمال کر رہا ہے۔',
  'notice.keptCopyUndated': '{problem} نقشہ آپ کے پچھلے وزٹ پر محفوظ کی گئی نقل استعمال کر رہا ہے۔',
  'notice.keptCopy':
    '{problem} نقشہ آپ کے پچھلے وزٹ پر محفوظ کی گئی نقل دکھا رہا ہے، جس کے ڈیٹا کی جانچ {date} کو ہوئی تھی۔',

  'gap.title': 'بیس برس جب کوئی طالبان حکومت نہیں تھی',
  'gap.dates': '8 دسمبر 2001 – 14 اگست 2021',

  'app.language': 'زبان',
  'app.calendar': 'پہلے دکھایا جانے والا کیلنڈر',
  'app.calendarGregory': 'عیسوی (گریگورین)',
  'app.calendarPersian': 'شمسی ہجری',
  'app.translated': 'انگریزی سے ترجمہ شدہ',
  'app.showOriginal': 'انگریزی اصل متن دکھائیں',
  'app.showTranslation': 'ترجمہ دکھائیں',
  'app.about': 'ڈیٹا کے بارے میں',
  'app.aboutShort': 'بارے میں',
  'app.more': 'مزید',
  'app.slowLoad': 'ابھی لوڈ ہو رہا ہے: ممکن ہے کنکشن سست ہو۔',
  'footer.sources': 'ذرائع: ہر واقعے کے لیے حوالہ دی گئی خبریں۔',
  'footer.licence': 'ڈیٹا: CC BY 4.0۔ نقشے کی اشکال: Natural Earth۔',

  'share.open': 'شیئر کریں',
  'share.correctionLink': 'تصحیح کی اطلاع دیں',
  'embed.fullMap': 'مکمل نقشہ ↗',
  'embed.getData': 'ڈیٹا ڈاؤن لوڈ کریں ↗',
  'embed.downloadImage': 'تصویر ڈاؤن لوڈ کریں ↗',
  'release.note': 'ڈیٹا جیسا کہ {date} کو شائع ہوا۔',
  'release.latest': 'تازہ ترین ڈیٹا دیکھیں',

  'lesson.start': 'رہنمائی کے ساتھ سبق',
  'view.label': 'منظر',
  'view.map': 'نقشہ',
  'view.table': 'جدول',
  'view.compare': 'تب اور اب',

  'present.start': 'پیشکش شروع کریں',
  'present.open': 'پیش کریں',
  'present.intro':
    'فل اسکرین، بڑا متن۔ پیش کنندہ کے لیے کیز: → یا Page Down اگلا، ← یا Page Up پیچھے، B اسکرین خالی کرتا ہے، Esc سے باہر نکلیں۔',
  'view.timeline': 'ٹائم لائن',
  'slider.yearOnly': '{date}، صرف سال',
  'slider.monthOnly': '{date}، صرف مہینہ',
  'slider.speed': 'چلانے کی رفتار',
  'legend.todayMembers': 'گنتی ان {total} ریاستوں میں سے ہے جو آج اقوام متحدہ کی رکن ہیں۔',
};

export default messages;
