/** Spanish interface strings (extra: loaded with the controls). Same keys and placeholders as en-extra.ts. */
import type { ExtraCatalogue } from '../localizer.ts';

const messages: ExtraCatalogue = {
  'status.recognized.detail':
    'Reconocimiento formal (de iure) del Emirato Islámico como Gobierno de Afganistán, anunciado o confirmado por el Estado que reconoce. Una declaración de los talibanes por sí sola no basta.',
  'status.ambassador.detail':
    'Sin reconocimiento formal, pero el país anfitrión aceptó las cartas credenciales (o una copia de ellas) de un embajador designado por los talibanes. China lo calificó de arreglo diplomático normal, no de reconocimiento.',
  'status.charge.detail':
    'Personas designadas por los talibanes dirigen la embajada afgana o un consulado en el país anfitrión, con un encargado de negocios o un cargo inferior al frente, sin un embajador aceptado.',
  'status.contact.detail':
    'Relaciones de trabajo sin una misión controlada por los talibanes: el Estado mantiene o reabre su propia embajada o misión técnica en Kabul, acredita a un embajador no residente o solo acepta personal talibán en puestos consulares subalternos.',
  'status.none.detail':
    'Sin relaciones con el Gobierno talibán: la situación por defecto. Donde la embajada de la antigua república sigue funcionando (por ejemplo, en Tayikistán), lo indica la historia del país. En 1996–2001 estos Estados reconocían al Gobierno de Rabbani.',
  'status.withdrawn.detail':
    'El Estado había reconocido al Emirato Islámico y después retiró el reconocimiento o rompió todo vínculo: los Emiratos Árabes Unidos, Arabia Saudí y Pakistán en 2001.',
  'status.afghanistan.detail':
    'El propio Afganistán, gobernado por los talibanes en ambos periodos.',
  'status.no-data.detail':
    'Kosovo, Chipre del Norte y Somalilandia: la fuente del mapa (Natural Earth) los dibuja sin código de país ISO, por lo que los datos no los cubren.',

  'table.country': 'Estado',
  'table.status': 'Situación',
  'table.since': 'Desde',
  'share.title': 'Compartir, insertar o descargar',
  'share.link': 'Enlace a esta vista',
  'share.copy': 'Copiar enlace',
  'share.linkCopied': 'Enlace copiado.',
  'share.copyFailed': 'El navegador no permitió copiar: seleccione el texto y cópielo manualmente.',
  'share.native': 'Compartir…',
  'share.qr': 'Código QR',
  'share.qrLabel': 'Código QR del enlace a esta vista',
  'share.embed': 'Insertar en una página',
  'share.embedWhich': 'Qué muestra el mapa insertado',
  'share.pinned':
    'Esta fecha ({date}) y esta versión de los datos ({release}): para un artículo sobre ese día',
  'share.live': 'Siempre actualizado: hoy, con los datos más recientes',
  'share.language': 'Idioma',
  'share.theme': 'Colores',
  'share.themeLight': 'Claro',
  'share.themeDark': 'Oscuro',
  'share.themeAuto': 'Según el sistema del lector',
  'share.still': 'Mapa fijo (sin control deslizante)',
  'share.embedCode': 'Código para insertar',
  'share.embedTitle': 'Mapa: quién reconoce al Gobierno talibán',
  'share.copyEmbed': 'Copiar el código para insertar',
  'share.embedCopied': 'Código para insertar copiado.',
  'share.embedHint':
    'El marco se ajusta solo a cualquier pantalla. El script es el mismo que usan las inserciones de Datawrapper; las páginas que ya cargan los scripts de Datawrapper, Pym.js o AMP solo necesitan el iframe.',
  'share.download': 'Descargar',
  'share.png': 'Imagen (PNG)',
  'share.png2x': 'Imagen a doble tamaño (PNG)',
  'share.svg': 'Imagen (SVG)',
  'share.statusesCsv': 'Situaciones en esta fecha (CSV)',
  'share.statusesJson': 'Situaciones en esta fecha (JSON)',
  'share.eventsCsv': 'Todos los eventos con sus fuentes (CSV)',
  'share.eventsJson': 'Todos los eventos con sus fuentes (JSON)',
  'share.print': 'Imprimir',
  'share.licence': 'Datos: {licence}. Cada descarga indica cómo citarla.',
  'share.downloaded': 'Descargado: {file}.',
  'share.imageSource':
    'Fuente: Recognition Map, versión de datos {release} (verificados el {checked}), {licence}; noticias citadas en cada evento. Mapa: Natural Earth.',
  'share.correction': '¿Ha visto un error?',
  'lesson.roledescription': 'paso de la lección',
  'lesson.stepOf': 'Paso {step} de {total}',
  'lesson.sources': 'Fuentes:',
  'lesson.question': 'Pregunta para la clase',
  'lesson.navigation': 'Pasos de la lección',
  'lesson.previous': 'Paso anterior',
  'lesson.next': 'Paso siguiente',
  'lesson.exit': 'Salir de la lección',
  'compare.then': 'Antes',
  'compare.now': 'Ahora',
  'compare.close': 'Volver a un solo mapa',

  'present.next': 'Siguiente',
  'present.previous': 'Atrás',
  'present.blank': 'Poner la pantalla en negro',
  'present.exit': 'Salir de la presentación',
  'present.blanked': 'La pantalla está en negro: pulse B para volver a mostrarla.',
  'table.filterName': 'Filtrar por nombre',
  'table.filterStatus': 'Situación',
  'table.allStatuses': 'Todas las situaciones',
  'table.shown': {
    one: '{count} de {total} países y territorios',
    many: '{count} de {total} países y territorios',
    other: '{count} de {total} países y territorios',
  },
  'table.captionAll': 'Todos los países el {date}',
  'table.source': 'Fuente',
  'table.moreSources': { one: '(+{count} más)', many: '(+{count} más)', other: '(+{count} más)' },

  'announce.summary': '{date}: {parts}.',
  'announce.none': 'ningún Estado tiene relaciones con el Gobierno talibán',
  'announce.recognized': {
    one: '{count} Estado reconoce',
    many: '{count} Estados reconocen',
    other: '{count} Estados reconocen',
  },
  'announce.ambassador': {
    one: '{count} Estado acepta un embajador talibán',
    many: '{count} Estados aceptan un embajador talibán',
    other: '{count} Estados aceptan un embajador talibán',
  },
  'announce.charge': {
    one: '{count} Estado acoge una misión controlada por los talibanes',
    many: '{count} Estados acogen una misión controlada por los talibanes',
    other: '{count} Estados acogen una misión controlada por los talibanes',
  },
  'announce.contact': {
    one: '{count} Estado mantiene contactos de trabajo',
    many: '{count} Estados mantienen contactos de trabajo',
    other: '{count} Estados mantienen contactos de trabajo',
  },
  'announce.withdrawn': {
    one: '{count} Estado ha retirado el reconocimiento',
    many: '{count} Estados han retirado el reconocimiento',
    other: '{count} Estados han retirado el reconocimiento',
  },
  'announce.changed': 'Cambios: {changes}.',
  'announce.change': '{actor}: {what}',
  'type.formal_recognition': 'Reconocimiento formal',
  'type.recognition_withdrawn': 'Retirada del reconocimiento',
  'type.relations_downgraded': 'Rebaja del nivel de las relaciones',
  'type.taliban_ambassador_accepted': 'Embajador talibán aceptado',
  'type.taliban_mission_accepted': 'Misión controlada por los talibanes aceptada',
  'type.taliban_staff_accepted': 'Personal talibán aceptado',
  'type.ambassador_designate_arrived': 'Llega un embajador designado',
  'type.ambassador_accredited_to_taliban': 'Embajador propio acreditado en Kabul',
  'type.mission_in_kabul_reopened': 'Misión en Kabul reabierta',
  'type.mission_in_kabul_closed': 'Misión en Kabul cerrada',
  'type.mission_upgraded': 'Misión elevada de rango',
  'type.contact_without_recognition': 'Contactos sin reconocimiento',
  'type.protecting_power': 'Potencia protectora',
  'type.republic_mission_persists': 'Sigue la misión de la época de la república',
  'type.republic_mission_cooperating': 'La misión de la época de la república coopera con Kabul',
  'type.republic_mission_closed': 'Misión de la época de la república cerrada',
  'type.terror_designation_removed': 'Retirada de la lista de organizaciones terroristas',
  'type.armed_conflict': 'Conflicto armado',
  'type.baseline_statement': 'Informe de situación',
  'type.context_capital_captured': 'Toma de Kabul',
  'type.context_government_formed': 'Formación del Gobierno',
  'type.context_regime_end': 'Fin del gobierno talibán',
  'type.taliban_disowns_republic_missions':
    'Los talibanes desautorizan las misiones de la época de la república',
  'type.un_credentials': 'Escaño en la ONU',
  'type.un_sanctions': 'Sanciones de la ONU',
  'type.formal_recognition_by_nonstate': 'Reconocimiento por una entidad no estatal',
  'type.mutual_recognition_nonstate': 'Reconocimiento de una entidad no estatal',
  'type.embassy_opened': 'Apertura de una embajada',

  'about.title': 'Sobre los datos',
  'about.intro':
    'Este mapa muestra, para cualquier día de los dos periodos de gobierno talibán, cómo trató cada Estado al Gobierno talibán, desde el reconocimiento formal hasta la ausencia de relaciones. Cada situación procede de un evento fechado con sus fuentes; abra un país para verlas.',
  'about.statuses': 'Qué significan los colores',
  'about.rules': 'Cómo leer el mapa',
  'about.rule.status':
    'La situación de un Estado en un día dado es la que fija su último evento en esa fecha o antes; sin ningún evento, no tiene relaciones.',
  'about.rule.since':
    '«Desde» indica el primer día del último periodo ininterrumpido en esa situación: Rusia reconoce desde el 3 de julio de 2025, aunque aceptó las cartas credenciales del embajador más tarde.',
  'about.rule.approximate':
    'Cuando las fuentes solo dan un mes o un año, el evento cuenta desde su primer día (o desde un día posterior que las fuentes acrediten) y el mapa dice «aproximadamente»; «como muy tarde» significa que las fuentes muestran que ya había ocurrido en esa fecha. Estos casos se dibujan con un contorno punteado.',
  'about.rule.eras':
    'El primer periodo va del 27 de septiembre de 1996, cuando los talibanes tomaron Kabul, al 7 de diciembre de 2001, la caída de Kandahar. Del 8 de diciembre de 2001 al 14 de agosto de 2021 no hubo Gobierno talibán. El segundo periodo va del 15 de agosto de 2021 hasta hoy y parte de la ausencia de relaciones para todos los Estados.',
  'about.rule.counts':
    'Los recuentos se refieren a los 193 Estados miembros de la ONU; Afganistán se muestra aparte.',
  'about.rule.claims':
    'Las afirmaciones que solo se basan en declaraciones de los talibanes (Qatar en 2022; Kirguistán y Malasia, como muy tarde en febrero de 2023) se muestran marcadas como de confianza baja y sin confirmar.',
  'about.rule.asOf':
    'Los datos se verificaron por última vez con sus fuentes el {date}; los días posteriores aún no se han revisado.',
  'about.uncertain': 'Lo que no se pudo confirmar',
  'about.unSeat': 'El escaño de Afganistán en la ONU',
  'about.sources': 'Fuentes',
  'about.sourcesText':
    'Los {events} eventos citan {sources} noticias de {outlets} medios y agencias; el panel de cada país las enumera con enlaces. Las descripciones se han redactado para este proyecto en términos neutrales.',
  'about.dataFile': 'El conjunto de datos (JSON)',
  'about.cite': 'Cómo citar',
  'about.licence': 'Licencias',
  'about.licenceData':
    'El conjunto de datos puede reutilizarse, citando la fuente, conforme a la licencia',
  'about.licenceMap':
    'Contornos de los países: Natural Earth (dominio público), a través de world-atlas.',
  'about.licenceCode': 'El código es abierto (licencia MIT).',
  'about.corrections': 'Registro de correcciones',
  // The country panel (it opens after the first view).
  'confidence.high': 'Confianza alta',
  'confidence.medium': 'Confianza media',
  'confidence.low': 'Confianza baja',
  'precision.day': 'día exacto',
  'precision.month': 'solo el mes',
  'precision.year': 'solo el año',
  'precision.no-later-than': 'como muy tarde en esta fecha',

  'panel.close': 'Cerrar',
  'panel.onDate': 'El {date}',
  'panel.noEvents':
    'Sin eventos registrados: ninguna relación con el Gobierno talibán en ninguno de los dos periodos.',
  'panel.sources': 'Fuentes',
  'panel.showOnMap': 'Mostrar en el mapa',
  'panel.later': 'Posterior',
  'timeline.count': {
    one: '{count} Estado ha tenido relaciones con el Gobierno talibán',
    many: '{count} Estados han tenido relaciones con el Gobierno talibán',
    other: '{count} Estados han tenido relaciones con el Gobierno talibán',
  },
  'timeline.order': 'Orden',
  'timeline.order.since': 'Primeras relaciones',
  'timeline.order.status': 'Situación actual',
  'timeline.order.country': 'Nombre',
  'timeline.selected': 'Fecha mostrada: {date}',
  'timeline.hint':
    'Elija un periodo para ver su primer día en el mapa, con el historial del Estado.',
  'timeline.caption': 'Las relaciones de cada Estado con el Gobierno talibán, periodo a periodo',
  'timeline.periods': 'Periodos',
  'timeline.range': '{from} – {to}',
  'timeline.around': 'hacia {date}',
  'timeline.today': 'hoy',
  'timeline.choose': '{country}: {period}. Mostrar en el mapa',
  'compare.changes': 'Qué cambió entre las dos fechas',
  'compare.changesCount': {
    one: '{count} Estado tiene una situación distinta en las dos fechas',
    many: '{count} Estados tienen una situación distinta en las dos fechas',
    other: '{count} Estados tienen una situación distinta en las dos fechas',
  },
  'compare.noChanges': 'Ningún Estado tiene una situación distinta en las dos fechas.',
  'compare.fromTo': '{from} → {to}',
  'compare.counts': 'Estados miembros de la ONU por situación',
  'table.members': 'De ellos, Estados miembros de la ONU: {count}',
  'timeline.period': '{status}, {range}',
  'changes.printLatest': 'Últimos acontecimientos: {count} de {total}',
};

export default messages;
