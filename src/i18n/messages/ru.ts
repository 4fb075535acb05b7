/** Russian interface strings (core: the first view). Same keys and placeholders as en.ts. */
import type { CoreCatalogue } from '../localizer.ts';

const messages: CoreCatalogue = {
  'app.title': 'Кто признаёт правительство талибов?',
  'app.subtitle':
    'Государства, которые признают Исламский Эмират Афганистан или поддерживают с ним отношения, день за днём: 1996–2001 годы и с 2021 года по сей день.',
  'app.asOf': 'Данные по состоянию на {date}',
  'app.loading': 'Загрузка карты…',
  'app.skipToMap': 'Перейти к карте',

  'load.failed': 'Не удалось загрузить данные карты.',
  'load.network':
    'Не удалось получить файл данных {file} ({detail}). Проверьте подключение к интернету.',
  'load.http': 'Сервер вернул код {status} для файла {file}.',
  'load.corrupt': 'Файл данных {file} повреждён ({detail}).',
  'load.invalid': 'Файл данных {file} не прошёл проверку ({detail}).',
  'load.timeout': 'Файл данных {file} не получен вовремя ({detail}).',
  'load.retry': 'Повторить',

  'status.recognized.name': 'Признаёт',
  'status.ambassador.name': 'Принимает посла талибов',
  'status.charge.name': 'Миссия под контролем талибов',
  'status.contact.name': 'Рабочие контакты',
  'status.none.name': 'Нет отношений',
  'status.withdrawn.name': 'Отозвало признание',
  'status.afghanistan.name': 'Афганистан',
  'status.no-data.name': 'Нет данных',

  'status.recognized.definition':
    'Официальное (де-юре) признание, подтверждённое признающим государством.',
  'status.ambassador.definition':
    'Признания нет, но государство приняло верительные грамоты посла, назначенного талибами.',
  'status.charge.definition':
    'Назначенные талибами дипломаты руководят посольством или консульством Афганистана в этой стране.',
  'status.contact.definition': 'Рабочие отношения без миссии под контролем талибов.',
  'status.none.definition': 'Нет отношений с правительством талибов (по умолчанию).',
  'status.withdrawn.definition':
    'Признавало талибов, затем отозвало признание или разорвало все связи (2001 год).',
  'status.afghanistan.definition': 'Сам Афганистан, в эти периоды — под управлением талибов.',
  'status.no-data.definition': 'Территории, которые источник карты изображает без кода страны ISO.',

  'since.day': 'с {date}',
  'since.approx': 'примерно с {date}',
  'since.by': 'не позднее {date}',
  'since.none': 'В этот период отношения не зафиксированы',

  'confidence.lowClaim':
    'Не подтверждено: основано на заявлении, которое принимающая сторона не подтвердила',
  'doubt.notice': 'Статус под сомнением с {date}',

  'era.1.name': 'Первый период правления талибов',
  'era.2.name': 'Второй период правления талибов',
  'era.gap.name': 'Без правительства талибов',
  'era.gap.card':
    'С декабря 2001 года по август 2021 года правительства талибов не было: Афганистаном управляла Исламская Республика, за которой было закреплено место страны в ООН.',

  'place.kosovo': 'Косово',
  'place.northern-cyprus': 'Северный Кипр',
  'place.somaliland': 'Сомалиленд',
  'entity.un': 'Организация Объединённых Наций',
  'entity.ichkeria': 'Чеченская Республика Ичкерия',

  'uncertain.approximate': 'Точная дата неизвестна',

  'map.roledescription': 'карта',
  'map.label': 'Карта отношений с правительством талибов, {date}',
  'map.zoomIn': 'Приблизить',
  'map.zoomOut': 'Отдалить',
  'map.zoomReset': 'Сбросить масштаб',
  'map.afghanistan': 'под управлением талибов',
  'map.description': 'Карта мира: отношения с правительством талибов на {date}.',
  'map.describeStatus': {
    one: '{status}: {count} государство ({names}).',
    few: '{status}: {count} государства ({names}).',
    many: '{status}: {count} государств ({names}).',
    other: '{status}: {count} государства ({names}).',
  },
  'map.describeNone': 'Ни одно государство не поддерживало отношений с правительством талибов.',
  'map.keyboardHint':
    'Клавиши со стрелками переводят от страны к стране, Enter открывает страну, ввод букв переходит к стране по названию.',

  'region.label': 'Область карты',
  'region.world': 'Мир',
  'region.asia': 'Ближний Восток и Азия',

  'slider.label': 'Дата',
  'slider.play': 'Воспроизвести',
  'slider.pause': 'Пауза',
  'slider.previousEvent': 'Предыдущее событие',
  'slider.nextEvent': 'Следующее событие',
  'slider.gap': '2001–2021: правительства талибов нет',
  'slider.unreviewed': 'после {date} — ещё не проверено',
  'legend.title': 'Отношения с правительством талибов',
  'legend.count': '{count} из {total}',
  'legend.uncertain': 'Приблизительная дата или не подтверждено',
  'legend.marker': 'Государство слишком мало для отображения',
  'legend.noData': 'Нет данных',
  'legend.allOthers': 'Все остальные государства — члены ООН',
  'legend.showAll': 'Показать все ({count})',
  'legend.noMembers': 'В этот день в этой категории нет государств — членов ООН',

  'changes.title': 'Что изменилось',
  'changes.empty': 'В этот период пока ничего не зафиксировано.',
  'changes.context': 'Контекст',

  'search.label': 'Найти страну',
  'search.placeholder': 'Найти страну',
  'search.results': 'Страны',
  'search.none': 'Страна не найдена',

  'notice.title': 'Об этой ссылке',
  'notice.badDate':
    'Значение «{value}» в ссылке не является датой (используйте формат ГГГГ-ММ-ДД), поэтому карта показывает сегодняшний день.',
  'notice.snapped.gap-to-era-1':
    '{value} правительства талибов не было: карта показывает {to} — последний день первого периода.',
  'notice.snapped.gap-to-era-2':
    '{value} правительства талибов не было: карта показывает {to} — первый день второго периода.',
  'notice.snapped.future': '{value} — дата в будущем: карта показывает сегодняшний день, {to}.',
  'notice.snapped.before-start':
    'Карта начинается с {to}, когда талибы взяли Кабул; {value} — более ранняя дата.',
  'notice.unknownCountry': 'На этой карте нет страны «{value}», поэтому ни одна страна не открыта.',
  'notice.badValue':
    'Значение «{value}» параметра {param} в ссылке карте неизвестно, поэтому оно проигнорировано.',
  'notice.dismiss': 'Скрыть',
  'notice.offline':
    'Нет подключения к сети: карта показывает данные, сохранённые при последнем посещении, по состоянию на {date}.',
  'notice.reload': 'Обновить',
  'notice.updateReady': 'Опубликована новая версия карты.',
  'notice.offlineCopy':
    'Нет подключения к сети: карта использует копии, сохранённые при последнем посещении.',
  'notice.keptCopyUndated':
    '{problem} Карта использует копию, сохранённую при последнем посещении.',
  'notice.keptCopy':
    '{problem} Карта показывает копию, сохранённую при последнем посещении, с данными по состоянию на {date}.',

  'gap.title': 'Двадцать лет без правительства талибов',
  'gap.dates': '8 декабря 2001 г. – 14 августа 2021 г.',

  'app.language': 'Язык',
  'app.calendar': 'Основной календарь',
  'app.calendarGregory': 'Григорианский',
  'app.calendarPersian': 'Солнечная хиджра',
  'app.translated': 'Перевод с английского',
  'app.showOriginal': 'Показать английский оригинал',
  'app.showTranslation': 'Показать перевод',
  'app.about': 'О данных',
  'app.aboutShort': 'О данных',
  'app.more': 'Ещё',
  'app.slowLoad': 'Загрузка продолжается: возможно, соединение медленное.',
  'footer.sources': 'Источники: новостные материалы, указанные для каждого события.',
  'footer.licence': 'Данные: CC BY 4.0. Контуры карты: Natural Earth.',

  'share.open': 'Поделиться',
  'share.correctionLink': 'Сообщить об ошибке',
  'embed.fullMap': 'Полная карта ↗',
  'embed.getData': 'Скачать данные ↗',
  'embed.downloadImage': 'Скачать изображение ↗',
  'release.note': 'Данные в версии, опубликованной {date}.',
  'release.latest': 'Открыть актуальные данные',

  'lesson.start': 'Пошаговый урок',
  'view.label': 'Вид',
  'view.map': 'Карта',
  'view.table': 'Таблица',
  'view.compare': 'Тогда и сейчас',

  'present.start': 'Начать презентацию',
  'present.open': 'Презентация',
  'present.intro':
    'Полный экран, крупный шрифт. Клавиши ведущего: → или Page Down — вперёд, ← или Page Up — назад, B — затемнить экран, Esc — выход.',
  'view.timeline': 'Хронология',
  'slider.yearOnly': '{date}, известен только год',
  'slider.monthOnly': '{date}, известен только месяц',
  'slider.speed': 'Скорость воспроизведения',
  'legend.todayMembers':
    'Подсчёт ведётся среди {total} государств, которые сегодня являются членами ООН.',
};

export default messages;
