/** Spanish interface strings (core: the first view). Same keys and placeholders as en.ts. */
import type { CoreCatalogue } from '../localizer.ts';

const messages: CoreCatalogue = {
  'app.title': '¿Quién reconoce al Gobierno talibán?',
  'app.subtitle':
    'Estados que reconocen al Emirato Islámico de Afganistán, o se relacionan con él, día a día: 1996–2001 y desde 2021 hasta hoy.',
  'app.asOf': 'Datos verificados el {date}',
  'app.loading': 'Cargando el mapa…',
  'app.skipToMap': 'Saltar al mapa',

  'load.failed': 'El mapa no pudo cargar sus datos.',
  'load.network':
    'No se pudo obtener el archivo de datos {file} ({detail}). Compruebe su conexión.',
  'load.http': 'El servidor respondió {status} para {file}.',
  'load.corrupt': 'El archivo de datos {file} está dañado ({detail}).',
  'load.invalid': 'El archivo de datos {file} no superó las comprobaciones ({detail}).',
  'load.timeout': 'El archivo de datos {file} no llegó a tiempo ({detail}).',
  'load.retry': 'Reintentar',

  'status.recognized.name': 'Reconoce',
  'status.ambassador.name': 'Acepta un embajador talibán',
  'status.charge.name': 'Misión controlada por los talibanes',
  'status.contact.name': 'Contactos de trabajo',
  'status.none.name': 'Sin relaciones',
  'status.withdrawn.name': 'Retiró el reconocimiento',
  'status.afghanistan.name': 'Afganistán',
  'status.no-data.name': 'Sin datos',

  'status.recognized.definition':
    'Reconocimiento formal (de iure), confirmado por el Estado que reconoce.',
  'status.ambassador.definition':
    'Sin reconocimiento, pero aceptó las cartas credenciales de un embajador talibán.',
  'status.charge.definition':
    'Personas designadas por los talibanes dirigen allí la embajada afgana o un consulado.',
  'status.contact.definition':
    'Relaciones de trabajo, sin una misión controlada por los talibanes.',
  'status.none.definition': 'Sin relaciones con el Gobierno talibán (situación por defecto).',
  'status.withdrawn.definition':
    'Reconoció a los talibanes y después retiró el reconocimiento o rompió todo vínculo (2001).',
  'status.afghanistan.definition':
    'El propio Afganistán, gobernado por los talibanes en estos periodos.',
  'status.no-data.definition': 'Territorios que la fuente del mapa dibuja sin código de país ISO.',

  'since.day': 'desde {date}',
  'since.approx': 'aproximadamente desde {date}',
  'since.by': 'como muy tarde desde {date}',
  'since.none': 'Sin relaciones registradas en este periodo',

  'confidence.lowClaim':
    'Sin confirmar: se basa en una afirmación que el país anfitrión no ha confirmado',
  'doubt.notice': 'Situación incierta desde {date}',

  'era.1.name': 'Primer gobierno talibán',
  'era.2.name': 'Segundo gobierno talibán',
  'era.gap.name': 'Sin Gobierno talibán',
  'era.gap.card':
    'De diciembre de 2001 a agosto de 2021 no hubo Gobierno talibán: Afganistán estaba gobernado por la República Islámica, que ocupaba su escaño en la ONU.',

  'place.kosovo': 'Kosovo',
  'place.northern-cyprus': 'Chipre del Norte',
  'place.somaliland': 'Somalilandia',
  'entity.un': 'Naciones Unidas',
  'entity.ichkeria': 'República Chechena de Ichkeria',

  'uncertain.approximate': 'No se conoce el día exacto',

  'map.roledescription': 'mapa',
  'map.label': 'Mapa de las relaciones con el Gobierno talibán, {date}',
  'map.zoomIn': 'Acercar',
  'map.zoomOut': 'Alejar',
  'map.zoomReset': 'Restablecer el zoom',
  'map.afghanistan': 'gobernado por los talibanes',
  'map.description': 'Mapa mundial de las relaciones con el Gobierno talibán el {date}.',
  'map.describeStatus': {
    one: '{status}: {count} Estado ({names}).',
    many: '{status}: {count} Estados ({names}).',
    other: '{status}: {count} Estados ({names}).',
  },
  'map.describeNone': 'Ningún Estado tenía relaciones con el Gobierno talibán.',
  'map.keyboardHint':
    'Las flechas pasan de un país a otro, Intro abre el seleccionado y las letras saltan por nombre.',

  'region.label': 'Vista del mapa',
  'region.world': 'Mundo',
  'region.asia': 'Oriente Próximo y Asia',

  'slider.label': 'Fecha',
  'slider.play': 'Reproducir',
  'slider.pause': 'Pausa',
  'slider.previousEvent': 'Evento anterior',
  'slider.nextEvent': 'Evento siguiente',
  'slider.gap': '2001–2021: sin Gobierno talibán',
  'slider.unreviewed': 'después del {date}, aún sin revisar',
  'legend.title': 'Relaciones con el Gobierno talibán',
  'legend.count': '{count} de {total}',
  'legend.uncertain': 'Fecha aproximada o sin confirmar',
  'legend.marker': 'Estado demasiado pequeño para dibujarlo',
  'legend.noData': 'Sin datos',
  'legend.allOthers': 'Todos los demás Estados miembros de la ONU',
  'legend.showAll': 'Mostrar todos ({count})',
  'legend.noMembers': 'Ningún Estado miembro de la ONU en esta categoría ese día',

  'changes.title': 'Qué cambió',
  'changes.empty': 'Aún no hay nada registrado en este periodo.',
  'changes.context': 'Contexto',

  'search.label': 'Buscar un país',
  'search.placeholder': 'Buscar un país',
  'search.results': 'Países',
  'search.none': 'No se encontró ningún país',

  'notice.title': 'Sobre este enlace',
  'notice.badDate':
    'La fecha «{value}» del enlace no es una fecha válida (use AAAA-MM-DD), así que el mapa muestra el día de hoy.',
  'notice.snapped.gap-to-era-1':
    'El {value} no había Gobierno talibán: el mapa muestra el {to}, último día del primer periodo.',
  'notice.snapped.gap-to-era-2':
    'El {value} no había Gobierno talibán: el mapa muestra el {to}, primer día del segundo periodo.',
  'notice.snapped.future': 'El {value} es una fecha futura: el mapa muestra el día de hoy, {to}.',
  'notice.snapped.before-start':
    'El mapa empieza el {to}, cuando los talibanes tomaron Kabul; el {value} es anterior.',
  'notice.unknownCountry':
    '«{value}» no es un país de este mapa, así que no se ha abierto ningún país.',
  'notice.badValue':
    'El valor «{value}» del parámetro {param} del enlace no es uno que el mapa conozca, así que se ha ignorado.',
  'notice.dismiss': 'Descartar',
  'notice.offline':
    'Sin conexión: el mapa muestra los datos guardados en su última visita, verificados el {date}.',
  'notice.reload': 'Recargar',
  'notice.updateReady': 'Se ha publicado una versión más reciente del mapa.',
  'notice.offlineCopy': 'Sin conexión: el mapa usa las copias guardadas en su última visita.',
  'notice.keptCopyUndated': '{problem} El mapa usa la copia guardada en su última visita.',
  'notice.keptCopy':
    '{problem} El mapa muestra la copia guardada en su última visita, con datos verificados el {date}.',

  'gap.title': 'Veinte años sin Gobierno talibán',
  'gap.dates': '8 de diciembre de 2001 – 14 de agosto de 2021',

  'app.language': 'Idioma',
  'app.calendar': 'Calendario principal',
  'app.calendarGregory': 'Gregoriano',
  'app.calendarPersian': 'Hégira solar',
  'app.translated': 'Traducido del inglés',
  'app.showOriginal': 'Ver el original en inglés',
  'app.showTranslation': 'Ver la traducción',
  'app.about': 'Acerca de los datos',
  'app.aboutShort': 'Acerca de',
  'app.more': 'Más',
  'app.slowLoad': 'Sigue cargando: puede que la conexión sea lenta.',
  'footer.sources': 'Fuentes: las noticias citadas en cada evento.',
  'footer.licence': 'Datos: CC BY 4.0. Contornos del mapa: Natural Earth.',

  'share.open': 'Compartir',
  'share.correctionLink': 'Comunicar una corrección',
  'embed.fullMap': 'Mapa completo ↗',
  'embed.getData': 'Descargar los datos ↗',
  'embed.downloadImage': 'Descargar la imagen ↗',
  'release.note': 'Datos tal como se publicaron el {date}.',
  'release.latest': 'Ver los datos más recientes',

  'lesson.start': 'Lección guiada',
  'view.label': 'Vista',
  'view.map': 'Mapa',
  'view.table': 'Tabla',
  'view.compare': 'Antes y ahora',

  'present.start': 'Iniciar la presentación',
  'present.open': 'Presentar',
  'present.intro':
    'Pantalla completa, letra grande. Teclas: → o Av Pág para avanzar, ← o Re Pág para retroceder, B pone la pantalla en negro, Esc para salir.',
  'view.timeline': 'Cronología',
  'slider.yearOnly': '{date}, solo el año',
  'slider.monthOnly': '{date}, solo el mes',
  'slider.speed': 'Velocidad de reproducción',
  'legend.todayMembers': 'Recuento entre los {total} Estados que hoy son miembros de la ONU.',
};

export default messages;
