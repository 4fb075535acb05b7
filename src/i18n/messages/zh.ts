/** Simplified Chinese interface strings (core: the first view). Same keys and placeholders as en.ts. */
import type { CoreCatalogue } from '../localizer.ts';

const messages: CoreCatalogue = {
  'app.title': '哪些国家承认塔利班政府？',
  'app.subtitle': '逐日显示承认阿富汗伊斯兰酋长国或与其往来的国家：1996–2001年及2021年至今。',
  'app.asOf': '数据截至{date}',
  'app.loading': '正在加载地图…',
  'app.skipToMap': '跳至地图',

  'load.failed': '地图无法加载数据。',
  'load.network': '无法获取数据文件 {file}（{detail}）。请检查网络连接。',
  'load.http': '服务器对{file}返回了{status}。',
  'load.corrupt': '数据文件 {file} 已损坏（{detail}）。',
  'load.invalid': '数据文件 {file} 未通过检查（{detail}）。',
  'load.timeout': '数据文件 {file} 未能及时送达（{detail}）。',
  'load.retry': '重试',

  'status.recognized.name': '已承认',
  'status.ambassador.name': '已接受塔利班大使',
  'status.charge.name': '塔利班管理的使领馆',
  'status.contact.name': '工作接触',
  'status.none.name': '无关系',
  'status.withdrawn.name': '已撤回承认',
  'status.afghanistan.name': '阿富汗',
  'status.no-data.name': '无数据',

  'status.recognized.definition': '正式（法理）承认，并经承认国本身确认。',
  'status.ambassador.definition': '未予承认，但已接受塔利班大使的国书。',
  'status.charge.definition': '由塔利班任命的人员主管该国境内的阿富汗使馆或领事馆。',
  'status.contact.definition': '保持工作关系，但没有塔利班管理的使领馆。',
  'status.none.definition': '与塔利班政府无关系（默认状态）。',
  'status.withdrawn.definition': '曾承认塔利班，后撤回承认或断绝一切联系（2001年）。',
  'status.afghanistan.definition': '阿富汗本身，在这两个时期由塔利班统治。',
  'status.no-data.definition': '地图来源绘出但没有ISO国家代码的地区。',

  'since.day': '自{date}起',
  'since.approx': '约自{date}起',
  'since.by': '不晚于{date}',
  'since.none': '本时期内无关系记录',

  'confidence.lowClaim': '未经证实：仅依据东道国未予确认的说法',
  'doubt.notice': '自{date}起状态存疑',

  'era.1.name': '塔利班第一次执政',
  'era.2.name': '塔利班第二次执政',
  'era.gap.name': '无塔利班政府',
  'era.gap.card':
    '2001年12月至2021年8月期间没有塔利班政府：阿富汗由伊斯兰共和国治理，并由其占有联合国席位。',

  'place.kosovo': '科索沃',
  'place.northern-cyprus': '北塞浦路斯',
  'place.somaliland': '索马里兰',
  'entity.un': '联合国',
  'entity.ichkeria': '车臣伊奇克里亚共和国',

  'uncertain.approximate': '确切日期不详',

  'map.roledescription': '地图',
  'map.label': '与塔利班政府关系地图，{date}',
  'map.openDetails': '查看详情',
  'map.afghanistan': '由塔利班统治',
  'map.description': '{date}各国与塔利班政府关系的世界地图。',
  'map.describeStatus': { other: '{status}：{count}个国家（{names}）。' },
  'map.describeNone': '没有国家与塔利班政府有关系。',
  'map.keyboardHint': '方向键在国家之间移动，回车键打开所选国家，输入字母可按名称跳转。',

  'region.label': '地图视图',
  'region.world': '世界',
  'region.asia': '中东和亚洲',

  'slider.label': '日期',
  'slider.play': '播放',
  'slider.pause': '暂停',
  'slider.previousEvent': '上一事件',
  'slider.nextEvent': '下一事件',
  'slider.gap': '2001–2021年：无塔利班政府',
  'slider.unreviewed': '{date}之后的数据尚未核实',
  'legend.title': '与塔利班政府的关系',
  'legend.count': '{count}/{total}',
  'legend.uncertain': '日期为约数或未经证实',
  'legend.marker': '面积过小无法绘出的国家',
  'legend.noData': '无数据',

  'changes.title': '变化',
  'changes.empty': '本时期内尚无记录。',
  'changes.context': '背景',

  'search.label': '查找国家',
  'search.placeholder': '查找国家',
  'search.results': '国家',
  'search.none': '未找到国家',

  'notice.title': '关于此链接',
  'notice.badDate': '链接中的“{value}”不是有效日期（请使用YYYY-MM-DD格式），因此地图显示今天。',
  'notice.snapped.gap-to-era-1': '{value}时没有塔利班政府：地图显示第一个时期的最后一天，{to}。',
  'notice.snapped.gap-to-era-2': '{value}时没有塔利班政府：地图显示第二个时期的第一天，{to}。',
  'notice.snapped.future': '{value}是未来的日期：地图显示今天，{to}。',
  'notice.snapped.before-start': '地图从塔利班攻占喀布尔的{to}开始；{value}早于此日。',
  'notice.unknownCountry': '“{value}”不是本地图上的国家，因此未打开任何国家。',
  'notice.badValue': '链接中的{param}“{value}”无法识别，已忽略。',
  'notice.dismiss': '关闭',
  'notice.offline': '您处于离线状态：地图显示的是您上次访问时保存的数据，核对日期为{date}。',
  'notice.reload': '重新加载',
  'notice.updateReady': '地图已发布更新版本。',
  'notice.offlineCopy': '您处于离线状态：地图使用的是您上次访问时保存的副本。',
  'notice.keptCopyUndated': '{problem}地图使用的是您上次访问时保存的副本。',
  'notice.keptCopy': '{problem}地图显示的是您上次访问时保存的副本，其数据核对日期为{date}。',

  'gap.title': '二十年间没有塔利班政府',
  'gap.dates': '2001年12月8日–2021年8月14日',

  'app.language': '语言',
  'app.calendar': '优先显示的历法',
  'app.calendarGregory': '公历',
  'app.calendarPersian': '太阳希吉来历',
  'app.translated': '译自英文',
  'app.showOriginal': '显示英文原文',
  'app.showTranslation': '显示译文',
  'app.about': '关于数据',
  'app.aboutShort': '关于',
  'app.slowLoad': '仍在加载：网络连接可能较慢。',
  'footer.sources': '来源：各事件所引用的新闻报道。',
  'footer.licence': '数据：CC BY 4.0。地图形状：Natural Earth。',

  'share.open': '分享',
  'share.correctionLink': '报告错误',
  'embed.fullMap': '完整地图 ↗',
  'release.note': '数据为{date}发布的版本。',
  'release.latest': '查看最新数据',

  'lesson.start': '引导课程',
  'view.label': '视图',
  'view.map': '地图',
  'view.table': '表格',
  'view.compare': '今昔对比',

  'present.start': '开始演示',
  'present.open': '演示',
  'present.intro':
    '全屏、大字显示。演示快捷键：→或Page Down下一页，←或Page Up上一页，B键黑屏，Esc退出。',
};

export default messages;
