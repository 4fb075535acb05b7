/** Arabic (Modern Standard) interface strings (core: the first view). Same keys and placeholders as en.ts. */
import type { CoreCatalogue } from '../localizer.ts';

const messages: CoreCatalogue = {
  'app.title': 'من يعترف بحكومة طالبان؟',
  'app.subtitle':
    'الدول التي تعترف بإمارة أفغانستان الإسلامية أو تتعامل معها، يومًا بيوم: 1996–2001 ومن 2021 حتى اليوم.',
  'app.asOf': 'آخر تحقق من البيانات: {date}',
  'app.loading': 'جارٍ تحميل الخريطة…',
  'app.skipToMap': 'انتقل إلى الخريطة',

  'load.failed': 'تعذّر على الخريطة تحميل بياناتها.',
  'load.network': 'تعذّر جلب ملف البيانات {file} ({detail}). تحقّق من اتصالك بالإنترنت.',
  'load.http': 'ردّ الخادم بالرمز {status} على طلب {file}.',
  'load.corrupt': 'ملف البيانات {file} تالف ({detail}).',
  'load.invalid': 'لم يجتز ملف البيانات {file} عمليات التحقق ({detail}).',
  'load.timeout': 'لم يصل ملف البيانات {file} في الوقت المحدد ({detail}).',
  'load.retry': 'أعد المحاولة',

  'status.recognized.name': 'تعترف',
  'status.ambassador.name': 'تقبل سفيرًا لطالبان',
  'status.charge.name': 'بعثة تديرها طالبان',
  'status.contact.name': 'اتصالات عمل',
  'status.none.name': 'لا علاقات',
  'status.withdrawn.name': 'سحبت اعترافها',
  'status.afghanistan.name': 'أفغانستان',
  'status.no-data.name': 'لا بيانات',

  'status.recognized.definition': 'اعتراف رسمي (بحكم القانون) أكّدته الدولة المعترِفة.',
  'status.ambassador.definition': 'لا اعتراف، لكنها قبلت أوراق اعتماد سفير عيّنته طالبان.',
  'status.charge.definition': 'يدير معيَّنون من طالبان السفارة الأفغانية أو قنصلية أفغانية فيها.',
  'status.contact.definition': 'علاقات عمل، من دون بعثة تديرها طالبان.',
  'status.none.definition': 'لا علاقات مع حكومة طالبان (الحالة الافتراضية).',
  'status.withdrawn.definition': 'اعترفت بطالبان، ثم سحبت اعترافها أو قطعت كل العلاقات (2001).',
  'status.afghanistan.definition': 'أفغانستان نفسها، تحت حكم طالبان في هاتين الفترتين.',
  'status.no-data.definition': 'مناطق ترسمها خريطة المصدر من دون رمز ISO للبلد.',

  'since.day': 'منذ {date}',
  'since.approx': 'منذ نحو {date}',
  'since.by': 'بحلول {date}',
  'since.none': 'لا علاقات مسجّلة في هذه الفترة',

  'confidence.lowClaim': 'غير مؤكد: يستند إلى ادعاء لم تؤكده الدولة المضيفة',
  'doubt.notice': 'الحالة غير مؤكدة منذ {date}',

  'era.1.name': 'حكم طالبان الأول',
  'era.2.name': 'حكم طالبان الثاني',
  'era.gap.name': 'لا حكومة لطالبان',
  'era.gap.card':
    'من ديسمبر 2001 إلى أغسطس 2021 لم تكن هناك حكومة لطالبان: كانت أفغانستان تحت حكم الجمهورية الإسلامية، التي شغلت مقعدها في الأمم المتحدة.',

  'place.kosovo': 'كوسوفو',
  'place.northern-cyprus': 'شمال قبرص',
  'place.somaliland': 'أرض الصومال',
  'entity.un': 'الأمم المتحدة',
  'entity.ichkeria': 'جمهورية إشكيريا الشيشانية',

  'uncertain.approximate': 'اليوم بالتحديد غير معروف',

  'map.roledescription': 'خريطة',
  'map.label': 'خريطة العلاقات مع حكومة طالبان، {date}',
  'map.zoomIn': 'تكبير',
  'map.zoomOut': 'تصغير',
  'map.zoomReset': 'إعادة ضبط التكبير',
  'map.afghanistan': 'تحكمها طالبان',
  'map.description': 'خريطة العالم للعلاقات مع حكومة طالبان في {date}.',
  'map.describeStatus': {
    zero: '{status}: {count} دولة ({names}).',
    one: '{status}: {count} دولة ({names}).',
    two: '{status}: {count} دولتان ({names}).',
    few: '{status}: {count} دول ({names}).',
    many: '{status}: {count} دولة ({names}).',
    other: '{status}: {count} دولة ({names}).',
  },
  'map.describeNone': 'لم تكن لأي دولة علاقات مع حكومة طالبان.',
  'map.keyboardHint':
    'تنقّل بين البلدان بمفاتيح الأسهم، واضغط Enter لفتح بلد، واكتب حروف اسمه للانتقال إليه.',

  'region.label': 'عرض الخريطة',
  'region.world': 'العالم',
  'region.asia': 'الشرق الأوسط وآسيا',

  'slider.label': 'التاريخ',
  'slider.play': 'تشغيل',
  'slider.pause': 'إيقاف مؤقت',
  'slider.previousEvent': 'الحدث السابق',
  'slider.nextEvent': 'الحدث التالي',
  'slider.gap': '2001–2021: لا حكومة لطالبان',
  'slider.unreviewed': 'بعد {date}، لم تُراجَع بعد',
  'legend.title': 'العلاقات مع حكومة طالبان',
  'legend.count': '{count} من {total}',
  'legend.uncertain': 'تاريخ تقريبي أو غير مؤكد',
  'legend.marker': 'دولة أصغر من أن تُرسم',
  'legend.noData': 'لا بيانات',
  'legend.allOthers': 'سائر الدول الأعضاء في الأمم المتحدة',
  'legend.showAll': 'عرض الكل ({count})',
  'legend.noMembers': 'لا توجد دولة عضو في الأمم المتحدة ضمن هذه الفئة في هذا اليوم',

  'changes.title': 'ما الذي تغيّر',
  'changes.empty': 'لم يُسجَّل شيء بعد في هذه الفترة.',
  'changes.context': 'السياق',

  'search.label': 'ابحث عن دولة',
  'search.placeholder': 'ابحث عن دولة',
  'search.results': 'الدول',
  'search.none': 'لم يُعثر على أي دولة',

  'notice.title': 'بشأن هذا الرابط',
  'notice.badDate':
    'التاريخ «{value}» في الرابط ليس تاريخًا صالحًا (استخدم الصيغة YYYY-MM-DD)، لذا تعرض الخريطة تاريخ اليوم.',
  'notice.snapped.gap-to-era-1':
    'لم تكن هناك حكومة لطالبان في {value}: تعرض الخريطة {to}، آخر يوم في الفترة الأولى.',
  'notice.snapped.gap-to-era-2':
    'لم تكن هناك حكومة لطالبان في {value}: تعرض الخريطة {to}، أول يوم في الفترة الثانية.',
  'notice.snapped.future': '{value} تاريخ في المستقبل: تعرض الخريطة تاريخ اليوم، {to}.',
  'notice.snapped.before-start':
    'تبدأ الخريطة في {to}، حين سيطرت طالبان على كابل؛ أما {value} فتاريخ سابق لذلك.',
  'notice.unknownCountry': '«{value}» ليس بلدًا على هذه الخريطة، لذا لم يُفتح أي بلد.',
  'notice.badValue':
    'القيمة «{value}» للمعامل {param} في الرابط غير معروفة للخريطة، لذا جرى تجاهلها.',
  'notice.dismiss': 'إخفاء',
  'notice.offline':
    'أنت غير متصل بالإنترنت: تعرض الخريطة البيانات المحفوظة في زيارتك الأخيرة، والتي جرى التحقق منها في {date}.',
  'notice.reload': 'إعادة التحميل',
  'notice.updateReady': 'نُشرت نسخة أحدث من الخريطة.',
  'notice.offlineCopy': 'أنت غير متصل بالإنترنت: تستخدم الخريطة النسخ المحفوظة في زيارتك الأخيرة.',
  'notice.keptCopyUndated': '{problem} تستخدم الخريطة النسخة المحفوظة في زيارتك الأخيرة.',
  'notice.keptCopy':
    '{problem} تعرض الخريطة النسخة المحفوظة في زيارتك الأخيرة، وقد جرى التحقق من بياناتها في {date}.',

  'gap.title': 'عشرون عامًا بلا حكومة لطالبان',
  'gap.dates': '8 ديسمبر 2001 – 14 أغسطس 2021',

  'app.language': 'اللغة',
  'app.calendar': 'التقويم المعروض أولًا',
  'app.calendarGregory': 'الميلادي',
  'app.calendarPersian': 'الهجري الشمسي',
  'app.translated': 'مترجم عن الإنجليزية',
  'app.showOriginal': 'اعرض النص الإنجليزي الأصلي',
  'app.showTranslation': 'اعرض الترجمة',
  'app.about': 'حول البيانات',
  'app.aboutShort': 'حول',
  'app.more': 'المزيد',
  'app.slowLoad': 'لا يزال التحميل جاريًا: قد يكون الاتصال بطيئًا.',
  'footer.sources': 'المصادر: التقارير الإخبارية المذكورة لكل حدث.',
  'footer.licence': 'البيانات: CC BY 4.0. أشكال الخريطة: Natural Earth.',

  'share.open': 'مشاركة',
  'share.correctionLink': 'أبلغ عن تصحيح',
  'embed.fullMap': 'الخريطة كاملة ↗',
  'embed.getData': 'تنزيل البيانات ↗',
  'embed.downloadImage': 'تنزيل الصورة ↗',
  'release.note': 'البيانات كما نُشرت في {date}.',
  'release.latest': 'اعرض أحدث البيانات',

  'lesson.start': 'درس موجَّه',
  'view.label': 'طريقة العرض',
  'view.map': 'خريطة',
  'view.table': 'جدول',
  'view.compare': 'بين الأمس واليوم',

  'present.start': 'ابدأ العرض التقديمي',
  'present.open': 'عرض تقديمي',
  'present.intro':
    'ملء الشاشة بخط كبير. مفاتيح العرض: → أو Page Down للتالي، ← أو Page Up للرجوع، B لإخفاء الشاشة، Esc للخروج.',
  'view.timeline': 'الخط الزمني',
  'slider.yearOnly': '{date}، السنة فقط',
  'slider.monthOnly': '{date}، الشهر فقط',
  'slider.speed': 'سرعة التشغيل',
  'legend.todayMembers': 'الأعداد من بين {total} دولة هي اليوم أعضاء في الأمم المتحدة.',
};

export default messages;
