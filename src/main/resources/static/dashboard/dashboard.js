'use strict';
// 管理驾驶舱: for a budget year and a region or department, how many tables stand at each stage, what is overdue,
// how long each step takes, the warning lights and grades, and the list of tables; a click opens one (detail.js).
// The choices live in the address (?year=&organization=&q=&stage=&sort=, #table-<id>), so a view can be shared.

const TABLES_PAGE_SIZE = 20;
const OVERDUE_PAGE_SIZE = 10;
const params = new URLSearchParams(location.search);
const state = {
  year: params.get('year'), organization: params.get('organization') || '', q: params.get('q') || '',
  stage: params.get('stage') || '', sort: params.get('sort') || 'code,asc', tablesPage: 0, overduePage: 0
};

/** The filters every dashboard query takes. */
function filters(extra) {
  const query = new URLSearchParams({year: state.year});
  if (state.organization) {
    query.set('organization', state.organization);
  }
  for (const [name, value] of Object.entries(extra || {})) {
    if (value !== '' && value !== null && value !== undefined) {
      query.set(name, value);
    }
  }
  return query;
}

function tableFilters(extra) {
  return filters(Object.assign({q: state.q, stage: state.stage, sort: state.sort}, extra));
}

function remember() {
  const query = tableFilters();
  history.replaceState(null, '', location.pathname + '?' + query + location.hash);
  $('export').href = '/api/dashboard/tables.xlsx?' + query;
}

function failure(place, error) {
  show(place, el('p', {class: 'error', role: 'alert'}, error.message));
}

// ---- stages, charts, throughput ----

function stageItem(stage, total) {
  const share = total ? Math.round(stage.count * 100 / total) : 0;
  const link = el('a', {href: '#', 'data-stage': stage.stage}, stage.label);
  link.addEventListener('click', event => {
    event.preventDefault();
    state.stage = stage.stage;
    $('stage').value = stage.stage;
    state.tablesPage = 0;
    loadTables();
    $('tables-section').scrollIntoView();
  });
  return el('li', {'data-stage': stage.stage},
    el('span', {class: 'stage-count', 'data-count': stage.count}, number(stage.count)), link,
    el('span', {class: 'stage-bar'}, el('span', {style: 'width:' + share + '%'})));
}

function stageChoices(stages) {
  const select = $('stage');
  if (select.options.length === 1) {
    select.append(...stages.map(stage => el('option', {value: stage.stage}, stage.label)));
    select.value = state.stage;
  }
}

function funnel(stages) {
  const data = stages.filter(stage => stage.count > 0).map(stage => ({name: stage.label, value: stage.count}));
  return data.length ? {
    tooltip: {trigger: 'item', formatter: '{b}：{c} 张'},
    series: [{type: 'funnel', sort: 'none', left: 10, right: 10, top: 10, bottom: 10, minSize: '8%',
      label: {position: 'inside', formatter: '{b} {c}'}, data}]
  } : null;
}

function pie(items, colours) {
  const data = items.filter(item => item.count > 0)
    .map(item => ({name: item.label, value: item.count, itemStyle: colours && colours[item.light] ? {color: colours[item.light]} : undefined}));
  return data.length ? {
    tooltip: {trigger: 'item', formatter: '{b}：{c} 张（{d}%）'},
    legend: {bottom: 0},
    series: [{type: 'pie', radius: ['35%', '65%'], label: {formatter: '{b}\n{c} 张'}, data}]
  } : null;
}

function bars(items) {
  return items.some(item => item.count > 0) ? {
    tooltip: {trigger: 'axis'},
    grid: {left: 40, right: 10, top: 20, bottom: 30},
    xAxis: {type: 'category', data: items.map(item => item.label)},
    yAxis: {type: 'value', minInterval: 1},
    series: [{type: 'bar', data: items.map(item => item.count), itemStyle: {color: '#b71c1c'},
      label: {show: true, position: 'top'}}]
  } : null;
}

function throughputRow(line) {
  return el('tr', null, el('td', null, line.organizationName || line.organizationCode), el('td', null, line.stepLabel),
    el('td', {class: 'number'}, days(line.medianDays)), el('td', {class: 'number'}, number(line.completed)));
}

async function loadOverview() {
  const result = $('overview-result');
  show(result, el('p', {class: 'busy'}, '正在读取……'));
  try {
    const dashboard = await call('/api/dashboard?' + filters());
    show(result);
    show($('total'), '（' + (dashboard.scope ? dashboard.scope.name + '，' : '') + dashboard.year + ' 年度，共 '
      + number(dashboard.total) + ' 张）');
    show($('stages'), dashboard.stages.map(stage => stageItem(stage, dashboard.total)));
    stageChoices(dashboard.stages);
    chart($('funnel-chart'), funnel(dashboard.stages), '本年度暂无绩效目标表');
    chart($('lights-chart'), pie(dashboard.lights, LIGHT_COLOURS), '暂无监控预警数据');
    chart($('grades-chart'), bars(dashboard.grades), '暂无自评等级');
    show($('overdue-count'), '（' + number(dashboard.overdue.count) + ' 项）');
    rowsOrEmpty($('throughput').tBodies[0], dashboard.throughput.map(throughputRow), 4, '暂无已办结的环节');
  } catch (error) {
    failure(result, error);
    [$('total'), $('stages'), $('overdue-count'), $('throughput').tBodies[0]].forEach(place => show(place));
    ['funnel-chart', 'lights-chart', 'grades-chart'].forEach(id => chart($(id), null, ''));
  }
}

// ---- overdue tasks ----

function overdueRow(task) {
  return el('tr', {'data-target-id': task.targetId},
    el('td', null, tableLink(task.targetId, task.name), el('div', {class: 'muted'}, task.code + ' · ' + task.unitName)),
    el('td', null, task.stepLabel),
    el('td', null, task.holderName || el('span', {class: 'muted'}, (task.candidateOrganization || '') + '（待签收）')),
    el('td', null, shanghaiTime(task.since)),
    el('td', {class: 'overdue-days'}, days(task.overdueDays)),
    el('td', {class: 'number'}, number(task.reminders)),
    el('td', {class: 'number'}, number(task.escalations)));
}

async function loadOverdue() {
  const body = $('overdue').tBodies[0];
  try {
    const result = await call('/api/dashboard/overdue?' + filters({page: state.overduePage, size: OVERDUE_PAGE_SIZE}));
    rowsOrEmpty(body, result.content.map(overdueRow), 7, '没有超期的待办');
    pager('overdue', result, '项');
  } catch (error) {
    show(body, el('tr', null, el('td', {colspan: 7, class: 'error'}, error.message)));
  }
}

// ---- the list of tables ----

function tableLink(id, name) {
  const link = el('a', {href: '#table-' + id, class: 'open-table', 'data-id': id}, name || '（未命名）');
  link.addEventListener('click', event => {
    event.preventDefault();
    openTable(id);
  });
  return link;
}

function tableRow(table) {
  return el('tr', {'data-id': table.id, 'data-code': table.code, 'data-stage': table.stage},
    el('td', null, table.code),
    el('td', {class: 'name'}, tableLink(table.id, table.name)),
    el('td', null, table.unitName, table.departmentName ? el('div', {class: 'muted'}, table.departmentName) : null),
    el('td', null, el('span', {class: 'stage stage-' + table.stage}, table.stageLabel)),
    el('td', null, table.waitingAt || '', table.holderName ? el('div', {class: 'muted'}, table.holderName + '办理中') : null),
    el('td', null, shanghaiTime(table.since), table.since ? el('div', {class: 'muted'}, days(daysSince(table.since))) : null),
    el('td', {class: 'number'}, number(table.totalBudget), table.fundUnit ? ' ' + table.fundUnit : ''),
    el('td', null, light(table.light)),
    el('td', null, GRADES[table.grade] || table.grade || ''));
}

function markSort() {
  const [field, direction] = state.sort.split(',');
  document.querySelectorAll('#tables th[data-sort]').forEach(th => {
    th.setAttribute('aria-sort', th.dataset.sort === field ? (direction === 'desc' ? 'descending' : 'ascending') : 'none');
  });
}

async function loadTables() {
  remember();
  markSort();
  const body = $('tables').tBodies[0];
  try {
    const result = await call('/api/dashboard/tables?' + tableFilters({page: state.tablesPage, size: TABLES_PAGE_SIZE}));
    rowsOrEmpty(body, result.content.map(tableRow), 9, '没有符合条件的绩效目标表');
    pager('tables', result, '张');
  } catch (error) {
    show(body, el('tr', null, el('td', {colspan: 9, class: 'error'}, error.message)));
  }
}

// ---- choices ----

function yearChoices() {
  const thisYear = Number(new Intl.DateTimeFormat('zh-CN', {timeZone: 'Asia/Shanghai', year: 'numeric'})
    .formatToParts(new Date()).find(part => part.type === 'year').value);
  const years = new Set([Number(state.year)]);
  for (let year = thisYear + 1; year >= 2015; year--) {
    years.add(year);
  }
  show($('year'), [...years].sort((a, b) => b - a).map(year => el('option', {value: year}, year + ' 年度')));
  $('year').value = state.year;
}

/** Without a year in the address: the latest year among the tables the caller may see, else this year. */
async function defaultYear() {
  try {
    const latest = await call('/api/targets?size=1');
    if (latest.content.length) {
      return String(latest.content[0].budgetYear);
    }
  } catch (ignored) {
    // the dashboard still opens on this year
  }
  return new Intl.DateTimeFormat('zh-CN', {timeZone: 'Asia/Shanghai', year: 'numeric'}).formatToParts(new Date())
    .find(part => part.type === 'year').value;
}

async function organizationChoices() {
  try {
    const organizations = await call('/api/organizations');
    const group = (type, label) => el('optgroup', {label},
      organizations.filter(org => org.type === type).map(org => el('option', {value: org.code}, org.name)));
    $('organization').append(group('FINANCE', '地区（财政部门）'), group('DEPARTMENT', '主管部门'));
    $('organization').value = state.organization;
  } catch (error) {
    failure($('overview-result'), error);
  }
}

function loadAll() {
  remember();
  loadOverview();
  loadOverdue();
  loadTables();
}

$('filters').addEventListener('submit', event => {
  event.preventDefault();
  state.year = $('year').value;
  state.organization = $('organization').value;
  state.tablesPage = 0;
  state.overduePage = 0;
  loadAll();
});
$('search').addEventListener('submit', event => {
  event.preventDefault();
  state.q = $('q').value.trim();
  state.stage = $('stage').value;
  state.tablesPage = 0;
  loadTables();
});
document.querySelectorAll('#tables th[data-sort]').forEach(th => th.addEventListener('click', () => {
  const [field, direction] = state.sort.split(',');
  state.sort = th.dataset.sort + ',' + (field === th.dataset.sort && direction === 'asc' ? 'desc' : 'asc');
  state.tablesPage = 0;
  loadTables();
}));
document.querySelectorAll('[data-pager] button').forEach(button => button.addEventListener('click', () => {
  const which = button.closest('[data-pager]').dataset.pager;
  state[which + 'Page'] += Number(button.dataset.page);
  (which === 'tables' ? loadTables : loadOverdue)();
}));

(async function start() {
  state.year = state.year || await defaultYear();
  yearChoices();
  $('q').value = state.q;
  await organizationChoices();
  loadAll();
  const linked = /^#table-(\d+)$/.exec(location.hash);
  if (linked) {
    openTable(Number(linked[1]));
  }
})();
