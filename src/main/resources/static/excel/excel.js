'use strict';
// The Excel page: preview and import workbooks, list the caller's tables with their downloads, replace a draft's
// content from a workbook. Plain DOM; every text from the server is set as text, never as HTML.

const TABLES = [['target', '目标表'], ['monitoring', '监控表'], ['evaluation', '自评表']];
const EDITABLE = ['DRAFT', 'RETURNED', 'ADJUSTING'];
const TYPES = {PROJECT: '项目支出', DEPARTMENT: '部门整体支出'};
const KINDS = {COMPARISON: '比较', AMOUNT: '数量', PARTS: '多项', DEADLINE: '期限', QUALITATIVE: '定性', TEXT: '文本'};
const FUNDS = {
  TOTAL: '资金总额', GENERAL_PUBLIC_BUDGET: '一般公共预算资金', GOVERNMENT_FUND: '政府性基金', STATE_CAPITAL: '国有资本金',
  SOCIAL_SECURITY_FUND: '社保基金', FISCAL_SPECIAL_ACCOUNT: '财政专户管理资金', PRIOR_YEAR_CARRYOVER: '上年结转资金',
  FISCAL: '财政资金', OTHER: '其他资金'
};

function grid(headers, rows) {
  return el('table', {class: 'grid'},
    el('thead', null, el('tr', null, headers.map(header => el('th', null, header)))),
    el('tbody', null, rows.map(cells => el('tr', null, cells.map(cell => el('td', null, cell ?? ''))))));
}

// ---- showing an import's result ----

function organization(ref) {
  if (!ref) {
    return '—';
  }
  if (!ref.known) {
    return [ref.asWritten, ' ', el('span', {class: 'badge'}, '未登记')];
  }
  return ref.name + '（' + ref.code + '）';
}

function problems(title, list, kind) {
  if (!list || list.length === 0) {
    return null;
  }
  return el('div', {class: 'problems ' + kind},
    el('h4', null, title + '（' + list.length + '）'),
    grid(['工作表', '行', '列', '项目', '说明'],
      list.map(p => [p.sheet, p.row, p.column, p.field, p.message])));
}

/** A workbook's own problems (not tied to one table), errors apart from hints. */
function workbookProblems(list) {
  const all = list || [];
  return [problems('工作簿错误', all.filter(p => p.severity !== 'WARNING'), 'error'),
    problems('工作簿提示', all.filter(p => p.severity === 'WARNING'), 'warning')];
}

function funds(target) {
  const sources = (target.funds || []).map(f => [FUNDS[f.source] || f.source, f.annualBudget, f.halfYearPlanned]);
  const spending = (target.expenditures || []).map(e => ['支出：' + e.name, e.annualBudget, e.halfYearPlanned]);
  if (sources.length + spending.length === 0) {
    return el('p', {class: 'muted'}, '表中没有资金');
  }
  const unit = target.fundUnit || '万元';
  return el('div', {class: 'funds'}, el('h4', null, '资金（' + unit + '）'),
    grid(['资金来源 / 支出项目', '全年预算数', '半年计划数'], sources.concat(spending)));
}

function indicators(list) {
  const withActual = list.some(i => i.actualValue);
  const headers = ['行', '一级指标', '二级指标', '三级指标', '半年指标值', '全年指标值（原文）',
    '解析类型', '比较', '数值', '单位', '系统理解'].concat(withActual ? ['完成值'] : []);
  return el('div', {class: 'indicators'}, el('h4', null, '绩效指标（' + list.length + ' 条）'),
    grid(headers, list.map(i => {
      const parsed = i.fullYearParsed || {};
      return [i.row, i.level1, i.level2, i.level3, i.halfYearValue, i.fullYearValue, KINDS[parsed.kind] || parsed.kind,
        parsed.comparatorSymbol, parsed.number, parsed.unit, parsed.description]
        .concat(withActual ? [i.actualValue] : []);
    })));
}

function field(label, value) {
  return [el('dt', null, label), el('dd', null, value ?? '—')];
}

function tablePreview(table) {
  const target = table.target || {};
  return el('article', {class: 'table-preview'},
    el('h3', {class: 'table-name'}, target.name || table.title || '（未写项目名称）'),
    el('dl', null,
      field('编码', target.code || '导入时生成'),
      field('预算年度', target.budgetYear),
      field('类型', TYPES[target.type] || target.type),
      field('主管部门', organization(table.department)),
      field('实施单位', organization(table.unit)),
      field('位置', '工作表“' + table.sheet + '”第 ' + table.row + ' 行'),
      table.title ? field('表头', table.title) : null),
    problems('错误', table.errors, 'error'),
    problems('提示', table.warnings, 'warning'),
    funds(target),
    indicators(table.indicators || []));
}

function created(tables) {
  const done = tables.filter(t => t.targetId);
  if (done.length === 0) {
    return null;
  }
  return el('div', {class: 'created'}, el('h4', null, '已创建的草稿'),
    el('ul', null, done.map(t => el('li', null,
      el('a', {href: '#target-' + t.targetId}, t.target.code + ' ' + t.target.name), ' · ',
      el('a', {href: '/api/targets/' + t.targetId, target: '_blank'}, '查看数据')))));
}

function showPreview(container, preview, heading, listCreated) {
  show(container,
    el('p', {class: 'summary'}, heading + '：“' + (preview.fileName || '') + '”中共 ' + preview.tableCount + ' 张表、'
      + preview.indicatorCount + ' 条指标'),
    listCreated ? created(preview.tables) : null,
    workbookProblems(preview.problems),
    preview.tables.map(tablePreview));
}

function showError(container, error) {
  const body = error.body || {};
  // a problem with neither place nor news (e.g. 文件不是可读取的 Excel 工作簿) is the headline itself
  const located = (body.problems || []).filter(p => p.sheet || p.row || !error.message.includes(p.message));
  const details = body.preview ? [workbookProblems(body.preview.problems), body.preview.tables.map(tablePreview)]
    : problems('错误', located, 'error')
      || (body.errors && body.errors.length ? el('ul', null, body.errors.map(e => el('li', null, e.message))) : null);
  show(container, el('p', {class: 'error', role: 'alert'}, error.message), details);
}

function busy(container, text) {
  show(container, el('p', {class: 'busy'}, text));
}

// ---- (a) upload a workbook ----

async function upload(dryRun) {
  const result = $('upload-result');
  const file = $('workbook').files[0];
  if (!file) {
    showError(result, new Error('请先选择工作簿文件'));
    return;
  }
  const form = new FormData();
  form.append('file', file);
  form.append('dryRun', dryRun);
  if ($('year').value) {
    form.append('year', $('year').value);
  }
  if ($('mapping').value.trim()) {
    form.append('organizationMapping', $('mapping').value.trim());
  }
  busy(result, dryRun ? '正在读取工作簿…' : '正在导入…');
  try {
    const preview = await post('/api/imports', form);
    showPreview(result, preview, dryRun ? '预览（尚未保存）' : '导入完成', !dryRun);
    if (!dryRun) {
      $('workbook').value = ''; // importing the same file twice would make a second draft
      await loadTargets();
    }
  } catch (error) {
    showError(result, error);
  }
}

// ---- (b) my tables ----

function uploadControl(target) {
  const input = el('input', {type: 'file', accept: '.xlsx,.xls', class: 'draft-file',
    'aria-label': '上传工作簿替换「' + target.name + '」'});
  input.addEventListener('change', () => uploadIntoDraft(target, input));
  return el('label', {class: 'button'}, '上传工作簿', input);
}

async function uploadIntoDraft(target, input) {
  const file = input.files[0];
  const result = $('draft-result');
  if (!file) {
    return;
  }
  if (!confirm('用“' + file.name + '”中的表替换「' + target.name + '」（' + target.code + '）的全部内容？')) {
    input.value = '';
    return;
  }
  const form = new FormData();
  form.append('file', file);
  busy(result, '正在上传…');
  try {
    const preview = await post('/api/targets/' + target.id + '/import', form);
    showPreview(result, preview, '已替换「' + target.code + '」的内容', false);
    await loadTargets();
  } catch (error) {
    showError(result, error);
  } finally {
    input.value = '';
  }
}

function targetRow(target) {
  return el('tr', {id: 'target-' + target.id, 'data-id': target.id, 'data-code': target.code},
    el('td', null, target.code),
    el('td', null, target.budgetYear),
    el('td', {class: 'name'}, target.name),
    el('td', null, target.unitName),
    el('td', null, el('span', {class: 'status status-' + target.status}, target.statusLabel)),
    el('td', {class: 'downloads'}, TABLES.map(([table, label]) =>
      el('a', {href: '/api/targets/' + target.id + '/export?table=' + table}, label))),
    el('td', null, EDITABLE.includes(target.status) ? uploadControl(target) : el('span', {class: 'muted'}, '当前状态不能替换')));
}

async function loadTargets() {
  const body = $('targets').tBodies[0];
  try {
    const page = await call('/api/targets?size=100');
    show(body, page.content.length ? page.content.map(targetRow)
      : el('tr', null, el('td', {colspan: 7, class: 'muted'}, '还没有可见的绩效目标表')));
    if (page.totalElements > page.content.length) {
      body.append(el('tr', null, el('td', {colspan: 7, class: 'muted'},
        '只列出前 ' + page.content.length + ' 张（共 ' + page.totalElements + ' 张）')));
    }
  } catch (error) {
    show(body, el('tr', null, el('td', {colspan: 7, class: 'error', role: 'alert'}, error.message)));
  }
}

$('preview-button').addEventListener('click', () => upload(true));
$('import-button').addEventListener('click', () => upload(false));
$('refresh-button').addEventListener('click', loadTargets);
loadTargets();
