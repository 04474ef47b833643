'use strict';
// One table, opened from the dashboard: its facts and indicators, the BPMN diagram of its current (else latest)
// process with the current step highlighted (bpmn-js' viewer, as Cockpit draws it), its timeline of decisions and
// operations with people's names and reasons, its monitoring and self-evaluation figures, and its versions.
// Each part asks its own endpoint, and one that fails says so without hiding the others.

let viewer;

function part(id, render, empty) {
  return async request => {
    try {
      const body = await request;
      show($(id), render(body) || el('p', {class: 'muted'}, empty));
    } catch (error) {
      show($(id), el('p', {class: error.status === 403 || error.status >= 500 ? 'error' : 'muted'}, error.message));
    }
  };
}

function facts(table) {
  $('detail-title').textContent = table.name + '（' + table.code + '）';
  const fact = (term, value) => [el('dt', null, term), el('dd', null, value ?? '')];
  show($('detail-facts'),
    fact('预算年度', table.budgetYear + ' 年'),
    fact('类型', table.typeLabel),
    fact('状态', el('span', {class: 'status status-' + table.status}, table.statusLabel)),
    fact('状态起始', shanghaiTime(table.statusSince)),
    fact('主管部门', table.department && table.department.name),
    fact('实施单位', table.unit && table.unit.name),
    fact('资金总额', number(table.totalBudget) + (table.fundUnit ? ' ' + table.fundUnit : '')),
    fact('版本', '第 ' + table.versionNo + ' 版'));
  const value = parsed => parsed ? parsed.raw : '';
  return table.indicators.length ? grid(['一级指标', '二级指标', '三级指标', '半年指标值', '全年指标值', '权重'],
    table.indicators.map(i => [i.level1, i.level2, i.level3, value(i.halfYearValue), value(i.fullYearValue),
      number(i.weight)])) : null;
}

function timeline(entries) {
  const who = entry => [entry.userName || entry.user || '系统',
    entry.otherUserName || entry.otherUser ? ' → ' + (entry.otherUserName || entry.otherUser) : ''];
  return entries.length ? el('table', {class: 'grid', id: 'timeline-table'},
    el('thead', null, el('tr', null, ['时间', '环节', '操作', '办理人', '意见 / 原因', '版本'].map(h => el('th', null, h)))),
    el('tbody', null, entries.map(entry => el('tr', {'data-kind': entry.kind, 'data-action': entry.action},
      el('td', null, shanghaiTime(entry.time)), el('td', null, entry.step), el('td', null, entry.actionLabel),
      el('td', {class: 'person'}, who(entry)), el('td', {class: 'reason'}, entry.reason || ''),
      el('td', null, entry.versionNo ? '第 ' + entry.versionNo + ' 版' : ''))))) : null;
}

function monitoring(report) {
  if (!report.submitted) {
    return null;
  }
  const budget = report.budget;
  return [
    el('p', null, '填报：' + shanghaiTime(report.submittedAt) + '，整体预警：', light(report.tableLight),
      budget ? '；预算执行率 ' + number(budget.executionRate) + '%（序时进度 ' + number(budget.scheduleRate) + '%）' : ''),
    grid(['三级指标', '半年指标值', '半年完成值', '全年预计', '进度', '预警灯', '原因'],
      report.indicators.map(i => [i.level3, i.halfYearValue, i.halfYearActual, i.expectedFullYear,
        i.progress === null ? '' : number(i.progress) + '%', light(i.light), i.cause]))];
}

function evaluation(result) {
  if (!result.recorded) {
    return null;
  }
  return [
    el('p', null, '总分 ', el('strong', null, number(result.totalScore)), '，等级 ',
      el('strong', null, result.gradeLabel || '待评定'), result.spotCheck ? '（财政抽查）' : ''),
    grid(['三级指标', '目标值', '完成值', '偏差', '分值', '得分', '原因'],
      result.results.map(r => [r.level3, r.targetValue, r.actualValue, r.deviation, number(r.weight),
        number(r.score), r.cause]))];
}

function versions(list) {
  return list.length ? grid(['版本', '批复人', '批复时间', '结论', ''],
    list.map(v => ['第 ' + v.versionNo + ' 版', v.approvedBy, shanghaiTime(v.approvedAt), v.conclusion,
      v.inForce ? '现行版本' : ''])) : null;
}

/** The process diagram, its current steps marked {@code current-step} and the completed ones {@code completed-step}. */
async function diagram(request) {
  const place = $('diagram');
  try {
    const process = await request;
    if (!window.BpmnJS) {
      show(place, el('p', {class: 'error'}, '流程图组件未能加载'));
      return;
    }
    show(place);
    viewer = viewer || new BpmnJS({container: place});
    viewer.attachTo(place);
    await viewer.importXML(process.bpmnXml);
    const canvas = viewer.get('canvas');
    const elements = viewer.get('elementRegistry');
    const mark = (ids, marker) => ids.filter(id => elements.get(id)).forEach(id => canvas.addMarker(id, marker));
    mark(process.completedActivityIds.filter(id => !process.activeActivityIds.includes(id)), 'completed-step');
    mark(process.activeActivityIds, 'current-step');
    canvas.zoom('fit-viewport');
    place.dataset.activeActivities = process.activeActivityIds.join(' ');
  } catch (error) {
    show(place, el('p', {class: error.status === 404 ? 'muted' : 'error'},
      error.status ? error.message : '流程图无法显示：' + error.message));
  }
}

async function openTable(id) {
  const section = $('detail');
  section.hidden = false;
  section.dataset.id = id;
  history.replaceState(null, '', location.pathname + location.search + '#table-' + id);
  ['detail-result', 'detail-facts', 'timeline', 'indicators', 'monitoring', 'evaluation', 'versions']
    .forEach(part => show($(part)));
  $('detail-title').textContent = '正在读取……';
  section.scrollIntoView();
  const base = '/api/targets/' + id;
  try {
    show($('indicators'), facts(await call(base)) || el('p', {class: 'muted'}, '尚未填写绩效指标'));
  } catch (error) {
    $('detail-title').textContent = '绩效目标表';
    show($('detail-result'), el('p', {class: 'error', role: 'alert'}, error.message));
    show($('diagram'));
    return;
  }
  await Promise.all([
    diagram(call(base + '/diagram')),
    part('timeline', timeline, '暂无办理记录')(call(base + '/timeline')),
    part('monitoring', monitoring, '尚未填报半年监控')(call(base + '/monitoring')),
    part('evaluation', evaluation, '尚未填报绩效自评')(call(base + '/evaluation')),
    part('versions', versions, '尚无批复版本')(call(base + '/versions'))]);
  section.dataset.loaded = id;
}

$('detail-close').addEventListener('click', () => {
  $('detail').hidden = true;
  history.replaceState(null, '', location.pathname + location.search);
});
