'use strict';
// The Excel page: preview and import workbooks, list the caller's tables with their downloads, replace a draft's
// content from a workbook. Plain DOM (../common/dom.js), the API through ../common/api.js,
// the labels from ../common/vocabulary.js.

const TABLES = [['target', '目标表'], ['monitoring', '监控表'], ['evaluation', '自评表']];
const EDITABLE = ['DRAFT', 'RETURNED', 'ADJUSTING'];
// ---- showing an import's result ----

function organization(ref) {
  if (!ref) {
    return '—';
  }
  if (!ref.known) {
    return [ref.asWritten, ' ', el('span', {class: 'badge'}, '未登记')];
  }
  return ref.name;
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

// ---- organizations, by name ----

/** The organizations a table may name, once per page: departments and units, by name, grouped by their type. */
let organizationsLoaded;

function organizations() {
  organizationsLoaded = organizationsLoaded || call('/api/organizations');
  return organizationsLoaded;
}

function organizationOptions(list, types) {
  return types.map(type => {
    const ofType = list.filter(org => org.type === type).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    return ofType.length === 0 ? null : el('optgroup', {label: ofType[0].typeLabel},
      ofType.map(org => el('option', {value: org.code}, org.name)));
  });
}

/** One row of the mapping: how the table writes an organization, and which one it is. */
async function addMappingRow() {
  const written = el('input', {class: 'mapping-written', 'aria-label': '表中写法', placeholder: '如 红十字会联络中心'});
  const chosen = el('select', {class: 'mapping-organization', 'aria-label': '系统中的单位'},
    el('option', {value: ''}, '请选择单位'));
  const remove = el('button', {type: 'button'}, '删除');
  const row = el('tr', null, el('td', null, written), el('td', null, chosen), el('td', null, remove));
  remove.addEventListener('click', () => row.remove());
  $('mapping-rows').append(row);
  try {
    chosen.append(...nodes(organizationOptions(await organizations(), ['DEPARTMENT', 'UNIT'])));
  } catch (error) {
    showError($('upload-result'), error);
  }
}

/** The mapping rows as the import takes them: {"表中写法": "单位编码"}, rows left incomplete are skipped. */
function organizationMapping() {
  const mapping = {};
  for (const row of $('mapping-rows').rows) {
    const written = row.querySelector('.mapping-written').value.trim();
    const code = row.querySelector('.mapping-organization').value;
    if (written && code) {
      mapping[written] = code;
    }
  }
  return mapping;
}

async function fillDepartments() {
  try {
    $('batch-department').append(...nodes(organizationOptions(await organizations(), ['DEPARTMENT'])));
  } catch (error) {
    $('batch-department').append(el('option', {value: ''}, error.message));
  }
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
  const mapping = organizationMapping();
  if (Object.keys(mapping).length > 0) {
    form.append('organizationMapping', JSON.stringify(mapping));
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
$('add-mapping').addEventListener('click', addMappingRow);
addMappingRow();
fillDepartments();
loadTargets();
