'use strict';
// 绩效目标编辑: one table's basic fields, goals, funds, duty goals and indicators, edited in the page and saved as the
// draft (PUT with If-Match); the system's reading of each indicator value shown as it is typed; the API's refusals
// shown next to the fields they name. Read-only, with the reason, when the caller may not edit the table now.
// Without ?id= the page creates a new table (POST).

const targetId = new URLSearchParams(location.search).get('id');
let table = null; // the table as last read or saved; what the page does not edit is sent back as it came
let dirty = false;

// ---- what the page edits ----

const CREATION = [
  {key: 'code', label: '项目编码', hint: '字母、数字、下划线和连字符，创建后不能修改'},
  {key: 'budgetYear', label: '预算年度', number: true},
  {key: 'type', label: '类型', options: TYPES},
  {key: 'departmentCode', label: '主管部门', organizations: ['DEPARTMENT']},
  {key: 'unitCode', label: '实施单位', organizations: ['UNIT', 'DEPARTMENT'], hint: '部门整体支出表的实施单位是主管部门本级'}];
const BASIC = [
  {key: 'name', label: '名称'},
  {key: 'category', label: '项目类型'},
  {key: 'projectLevel', label: '项目级次'},
  {key: 'startYear', label: '开始年度', number: true},
  {key: 'endYear', label: '完成年度', number: true},
  {key: 'responsiblePerson', label: '项目负责人'},
  {key: 'contactPhone', label: '联系电话'},
  {key: 'fundUnit', label: '金额单位', options: {'万元': '万元', '元': '元'}}];
const GOALS = {
  PROJECT: [['rationale', '立项必要性'], ['feasibility', '实施可行性'], ['content', '项目实施内容'],
    ['midLongTermGoal', '中长期目标'], ['annualGoal', '年度目标']],
  DEPARTMENT: [['duties', '部门职责'], ['keyTasks', '重点工作任务'], ['midLongTermGoal', '中长期目标'],
    ['annualGoal', '年度目标'], ['assets', '资产情况']]
};
const DEPARTMENT_FIGURES = [
  {key: 'headCount', label: '人数', number: true},
  {key: 'basicExpenditure', label: '基本支出', number: true},
  {key: 'projectExpenditure', label: '项目支出', number: true}];
const AMOUNTS = [{key: 'annualBudget', label: '全年预算数', number: true},
  {key: 'halfYearPlanned', label: '半年计划执行数', number: true}];
const LINES = {
  funds: {title: '资金来源', columns: [{key: 'source', label: '资金来源', options: FUNDS}, ...AMOUNTS],
    blank: {source: 'GENERAL_PUBLIC_BUDGET'}},
  expenditures: {title: '支出明细', columns: [{key: 'name', label: '支出项目'}, ...AMOUNTS]},
  dutyGoals: {title: '年度履职目标', columns: [{key: 'duty', label: '职责', long: true},
    {key: 'task', label: '工作任务', long: true}, {key: 'expenditureProject', label: '支出项目'},
    {key: 'amount', label: '金额', number: true}]},
  indicators: {title: '绩效指标', columns: [
    {key: 'level1', label: '一级指标', list: 'level1-options'},
    {key: 'level2', label: '二级指标', list: 'level2-options'},
    {key: 'level3', label: '三级指标', long: true},
    {key: 'halfYearValue', label: '半年指标值', reads: true},
    {key: 'fullYearValue', label: '全年指标值', reads: true},
    {key: 'weight', label: '分值', number: true}],
  more: [{key: 'description', label: '指标说明'}, {key: 'explanation', label: '内涵解释'},
    {key: 'basis', label: '设置依据'}, {key: 'formula', label: '指标计算公式或方法'},
    {key: 'scoringRule', label: '评分标准'}].map(field => ({...field, long: true}))}
};

/** The table as the API takes it (TargetRequest): an indicator value is its text as written. */
function asRequest(t) {
  const raw = value => value ? value.raw : null;
  return {code: t.code, budgetYear: t.budgetYear, type: t.type, name: t.name,
    departmentCode: t.department ? t.department.code : null, unitCode: t.unit ? t.unit.code : null,
    category: t.category, projectLevel: t.projectLevel, startYear: t.startYear, endYear: t.endYear,
    responsiblePerson: t.responsiblePerson, contactPhone: t.contactPhone, rationale: t.rationale,
    feasibility: t.feasibility, content: t.content, midLongTermGoal: t.midLongTermGoal, annualGoal: t.annualGoal,
    fundUnit: t.fundUnit, basicExpenditure: t.basicExpenditure, projectExpenditure: t.projectExpenditure,
    duties: t.duties, keyTasks: t.keyTasks, headCount: t.headCount, assets: t.assets,
    funds: t.funds.map(f => ({source: f.source, annualBudget: f.annualBudget, halfYearPlanned: f.halfYearPlanned})),
    expenditures: t.expenditures.map(e => ({name: e.name, annualBudget: e.annualBudget,
      halfYearPlanned: e.halfYearPlanned})),
    dutyGoals: t.dutyGoals.map(g => ({duty: g.duty, task: g.task, expenditureProject: g.expenditureProject,
      amount: g.amount})),
    indicators: t.indicators.map(i => ({level1: i.level1, level2: i.level2, level3: i.level3,
      description: i.description, halfYearValue: raw(i.halfYearValue), fullYearValue: raw(i.fullYearValue),
      explanation: i.explanation, basis: i.basis, formula: i.formula, scoringRule: i.scoringRule, weight: i.weight}))};
}

/** A new table's content so far as the page shows it, when its type changes the sections. */
function asDetails(request) {
  const value = raw => raw == null ? null : {raw};
  return {...request, department: {code: request.departmentCode}, unit: {code: request.unitCode},
    indicators: request.indicators.map(i => ({...i, halfYearValue: value(i.halfYearValue),
      fullYearValue: value(i.fullYearValue)}))};
}

function blankTable() {
  return {type: 'PROJECT', budgetYear: new Date().getFullYear() + 1, fundUnit: '万元', funds: [], expenditures: [],
    dutyGoals: [], indicators: [{}]};
}

// ---- rich text: stored as sanitised HTML paragraphs, edited as plain lines ----

function plainText(html) {
  if (!html) {
    return '';
  }
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  body.querySelectorAll('br').forEach(br => br.replaceWith('\n'));
  body.querySelectorAll('p').forEach(p => p.append('\n'));
  return body.textContent.replace(/ *\n */g, '\n').trim();
}

function paragraphs(text) {
  const lines = text.split('\n').map(line => line.trim()).filter(Boolean);
  return lines.length ? lines.map(line => '<p>' + el('p', null, line).innerHTML + '</p>').join('') : null;
}

// ---- controls ----

/** An input for one field of a spec (label, options, number, rich text …), with the slot for its errors. */
function control(spec, value) {
  let input;
  if (spec.options || spec.organizations) {
    input = el('select', null, Object.entries(spec.options || {'': '请选择'})
      .map(([code, label]) => el('option', {value: code}, label)));
  } else if (spec.long || spec.rich) {
    input = el('textarea', {rows: spec.rich ? 5 : 2});
  } else {
    input = el('input', {type: 'text', inputmode: spec.number ? 'decimal' : null, list: spec.list || null});
  }
  input.value = spec.rich ? plainText(value) : (value ?? '');
  input.spec = spec;
  input.original = value;
  input.dataset.key = spec.key;
  input.errorSlot = el('div', {class: 'field-error'});
  return input;
}

function valueOf(input) {
  const spec = input.spec;
  const text = input.value;
  if (spec.rich) {
    return text === plainText(input.original) ? input.original ?? null : paragraphs(text);
  }
  if (spec.number || spec.options || spec.organizations) {
    return text.trim() === '' ? null : text.trim();
  }
  return text === '' ? null : text;
}

/** A field of the table itself (not of a line), with its label, hint and error. */
function labelled(input) {
  input.dataset.field = input.spec.key;
  input.dataset.scalar = 'true';
  return el('label', {class: 'field' + (input.spec.rich || input.spec.long ? ' wide' : '')},
    el('span', {class: 'label'}, input.spec.label), input,
    input.spec.hint ? el('span', {class: 'hint'}, input.spec.hint) : null, input.errorSlot);
}

function scalars(specs, source) {
  return el('div', {class: 'fields'}, specs.map(spec => {
    const input = control(spec, source[spec.key]);
    if (spec.organizations) {
      organizationsOf(spec.organizations).then(options => options.forEach(org =>
        input.append(el('option', {value: org.code, selected: org.code === source[spec.key]},
          org.name + '（' + org.code + '）'))));
    }
    return labelled(input);
  }));
}

let organizations = null;

async function organizationsOf(types) {
  organizations = organizations || call('/api/organizations');
  return (await organizations).filter(org => types.includes(org.type));
}

// ---- the system's reading of an indicator value, as it is typed ----

function reading(input, parsed) {
  const shown = el('div', {class: 'reading', 'data-reading': input.spec.key},
    parsed && parsed.description ? '系统理解：' + parsed.description : '');
  let timer = null;
  let asked = 0;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const mine = ++asked;
      if (!input.value.trim()) {
        show(shown, '');
        return;
      }
      shown.classList.add('pending');
      try {
        const value = await sendJson('POST', '/api/indicator-values/parse', {text: input.value});
        if (mine === asked) {
          show(shown, '系统理解：' + value.description);
        }
      } catch (error) {
        if (mine === asked) {
          show(shown, el('span', {class: 'error'}, error.message));
        }
      } finally {
        if (mine === asked) {
          shown.classList.remove('pending');
        }
      }
    }, 300);
  });
  return shown;
}

// ---- lines: funds, spending, duty goals, indicators; added, removed and moved ----

function lineButton(label, action, handler) {
  const button = el('button', {type: 'button', class: 'small', 'data-action': action}, label);
  button.addEventListener('click', handler);
  return button;
}

function line(name, row, parsed) {
  const spec = LINES[name];
  const body = el('tbody', {class: 'line'});
  const cells = spec.columns.map(column => {
    const input = control(column, row[column.key]);
    return el('td', null, input, column.reads ? reading(input, parsed && parsed[column.key]) : null, input.errorSlot);
  });
  const edited = grid => {
    renumber(grid, name);
    changed();
  };
  body.append(el('tr', null, el('td', {class: 'row-no'}), cells, el('td', {class: 'line-actions'},
    lineButton('上移', 'up', () => {
      if (body.previousElementSibling && body.previousElementSibling.tagName === 'TBODY') {
        body.previousElementSibling.before(body);
        edited(body.parentElement);
      }
    }),
    lineButton('下移', 'down', () => {
      if (body.nextElementSibling) {
        body.nextElementSibling.after(body);
        edited(body.parentElement);
      }
    }),
    lineButton('删除', 'remove', () => {
      const grid = body.parentElement;
      body.remove();
      edited(grid);
    }))));
  if (spec.more) {
    body.append(el('tr', {class: 'more'}, el('td', {colspan: spec.columns.length + 2},
      el('details', null, el('summary', null, spec.more.map(field => field.label).join('、')),
        el('div', {class: 'fields'}, spec.more.map(field => {
          const input = control(field, row[field.key]);
          return el('label', {class: 'field wide'}, el('span', {class: 'label'}, field.label), input, input.errorSlot);
        }))))));
  }
  return body;
}

/** Each line's inputs named by the line's place, as the API names its errors. */
function renumber(grid, name) {
  [...grid.tBodies].forEach((body, index) => {
    body.querySelector('.row-no').textContent = index + 1;
    body.querySelectorAll('[data-key]').forEach(input => {
      input.dataset.field = name + '[' + index + '].' + input.dataset.key;
      input.setAttribute('aria-label', LINES[name].title + '第' + (index + 1) + '行' + input.spec.label);
    });
  });
}

function lines(name, rows, parsed) {
  const spec = LINES[name];
  const grid = el('table', {class: 'grid lines', id: name + '-table'},
    el('thead', null, el('tr', null, el('th', null, '行'), spec.columns.map(column => el('th', null, column.label)),
      el('th', {class: 'line-actions'}, '操作'))),
    rows.map((row, index) => line(name, row, parsed && parsed[index])));
  const add = lineButton('添加一行', 'add', () => {
    grid.append(line(name, spec.blank || {}, null));
    renumber(grid, name);
    changed();
    grid.tBodies[grid.tBodies.length - 1].querySelector('input, select, textarea').focus();
  });
  const errors = el('div', {class: 'field-error'});
  const section = el('section', {id: name + '-section', 'data-field': name}, el('h2', null, spec.title), errors, grid,
    el('div', {class: 'buttons'}, add));
  section.errorSlot = errors;
  renumber(grid, name);
  return section;
}

function readLines(name) {
  const keys = LINES[name].columns.concat(LINES[name].more || []).map(column => column.key);
  return [...$(name + '-table').tBodies].map(body => Object.fromEntries(keys.map(key =>
    [key, valueOf(body.querySelector('[data-key="' + key + '"]'))])));
}

// ---- the page ----

function sections(t, creating) {
  const request = asRequest(t);
  const goals = (GOALS[t.type] || GOALS.PROJECT).map(([key, label]) => ({key, label, rich: true}));
  const department = t.type === 'DEPARTMENT';
  return [
    creating ? el('section', {id: 'creation-section'}, el('h2', null, '新建'), scalars(CREATION, request)) : null,
    el('section', {id: 'basic-section'}, el('h2', null, '基本信息'), scalars(BASIC, request)),
    el('section', {id: 'goals-section'}, el('h2', null, '目标与概况'),
      el('p', {class: 'hint'}, '按段落填写，每行一段。'), scalars(goals, request)),
    department ? el('section', {id: 'department-section'}, el('h2', null, '部门情况'),
      scalars(DEPARTMENT_FIGURES, request)) : null,
    department ? lines('dutyGoals', request.dutyGoals) : null,
    lines('funds', request.funds),
    lines('expenditures', request.expenditures),
    lines('indicators', request.indicators, (t.indicators || []).map(i => ({halfYearValue: i.halfYearValue,
      fullYearValue: i.fullYearValue})))];
}

/** The request from the page: every edited field, and what the page does not show as it came. */
function readForm() {
  const request = asRequest(table);
  document.querySelectorAll('#fields [data-scalar="true"]').forEach(input => {
    request[input.dataset.key] = valueOf(input);
  });
  Object.keys(LINES).filter(name => $(name + '-table')).forEach(name => {
    request[name] = readLines(name);
  });
  return request;
}

function changed() {
  dirty = true;
}

function notice(...children) {
  show($('notice'), children.length ? el('div', {class: 'notice', role: 'status'}, children) : null);
}

function clearProblems() {
  show($('problems'));
  document.querySelectorAll('#fields .invalid').forEach(input => {
    input.classList.remove('invalid');
    input.removeAttribute('aria-invalid');
  });
  document.querySelectorAll('#fields .field-error').forEach(slot => show(slot));
}

/** 'indicators[3].fullYearValue' → 'indicators[3]' → 'indicators' → ''. */
function enclosing(field) {
  const shorter = field.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
  return shorter === field ? '' : shorter;
}

/** Shows an error at the input (or list) it names, and answers that element; null where the page has none. */
function place(error) {
  const named = [...document.querySelectorAll('#fields [data-field]')];
  for (let field = error.field || ''; field; field = enclosing(field)) {
    const target = named.find(element => element.dataset.field === field);
    if (target && target.errorSlot) {
      const folded = target.closest('details');
      if (folded) {
        folded.open = true;
      }
      target.classList.add('invalid');
      target.setAttribute('aria-invalid', 'true');
      target.errorSlot.append(el('div', null, error.message));
      return target;
    }
  }
  return null;
}

/** Where an error is, for the list at the top: 绩效指标第4行 (a submission's gaps name their line themselves). */
function whereIs(field, message) {
  const match = /^(\w+)\[(\d+)\]/.exec(field || '');
  if (message && message.startsWith('第')) {
    return '';
  }
  return match && LINES[match[1]] ? LINES[match[1]].title + '第' + (Number(match[2]) + 1) + '行：' : '';
}

/**
 * The API's errors in the order of the page, each shown at its input; those the page has no input for come last.
 * The outcome says what did not happen: 未保存 (an edit) or 未提交 (a submission the table is not complete for).
 */
function refused(error, outcome = '未保存') {
  const placed = ((error.body && error.body.errors) || []).map(fieldError => ({fieldError, at: place(fieldError)}));
  const before = (a, b) => !b.at ? -1 : !a.at ? 1
    : a.at.compareDocumentPosition(b.at) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  const errors = placed.sort((a, b) => a.at === b.at ? 0 : before(a, b)).map(entry => entry.fieldError);
  const stale = error.status === 409 || error.status === 412;
  show($('problems'), el('div', {class: 'problems error', role: 'alert'},
    el('p', {class: 'error'}, errors.length > 1 ? outcome + '：有 ' + errors.length + ' 处需要修改，已在对应位置标出'
      : outcome + '：' + (errors.length ? whereIs(errors[0].field, errors[0].message) + errors[0].message
        : error.message)),
    errors.length > 1 ? el('ul', null, errors.map(e => el('li', null, whereIs(e.field, e.message) + e.message)))
      : null,
    stale ? [el('p', null, '您的修改尚未保存。请记下需要保留的内容，重新载入后再修改。'),
      lineButton('重新载入', 'reload', () => load())] : null));
  const first = document.querySelector('#fields .invalid');
  (first || $('problems')).scrollIntoView({block: 'center'});
  if (first && first.focus) {
    first.focus();
  }
}

async function save() {
  clearProblems();
  notice();
  try {
    const saved = await sendJson('PUT', '/api/targets/' + table.id, readForm(), {'If-Match': '"' + table.version + '"'});
    render(saved, {preparedByCaller: true, editable: true});
    notice('已保存（' + shanghaiTime(saved.updatedAt) + '）');
    return true;
  } catch (error) {
    refused(error);
    return false;
  }
}

async function create() {
  clearProblems();
  try {
    const created = await sendJson('POST', '/api/targets', readForm());
    dirty = false;
    location.assign('edit.html?id=' + created.id + '&created=1');
  } catch (error) {
    refused(error);
  }
}

async function submit() {
  if (dirty && !(await save())) {
    return;
  }
  try {
    if (await submitForReview(table)) {
      await load();
      notice('已提交审核。');
    }
  } catch (error) {
    refused(error, '未提交');
  }
}

/** A unit's action on the whole table (withdraw, ask for an adjustment), then the table as it now is. */
function tableAction(label, action, done) {
  const button = el('button', {type: 'button', 'data-action': label}, label);
  button.addEventListener('click', async () => {
    try {
      if (await action(table)) {
        await load();
        notice(done);
      }
    } catch (error) {
      refused(error);
    }
  });
  return button;
}

function saveBar(access, creating) {
  if (creating) {
    return el('button', {type: 'button', id: 'create', class: 'primary'}, '创建草稿');
  }
  if (!access.editable) {
    return el('a', {href: 'index.html'}, '返回我的绩效目标');
  }
  return [el('button', {type: 'button', id: 'save', class: 'primary'}, '保存草稿'),
    el('button', {type: 'button', id: 'submit'}, '提交审核'),
    el('button', {type: 'button', id: 'reload'}, '放弃未保存的修改')];
}

/** Why the table cannot be edited now, and what its unit may do instead. */
function readOnlyNotice(t, access) {
  const actions = access.preparedByCaller ? [
    IN_REVIEW.includes(t.status) ? tableAction('撤回', withdrawSubmission, '已撤回，可以继续修改。') : null,
    t.status === 'PUBLISHED' ? tableAction('申请调整', requestAdjustment, '已开始调整，请修改后提交审核。') : null] : [];
  return el('div', {class: 'readonly', id: 'readonly'}, el('p', null, '只能查看，不能修改：' + access.reason), actions);
}

function returnReason(t, history) {
  if (t.status !== 'RETURNED') {
    return null;
  }
  const last = history.filter(decision => decision.decision === 'RETURN').pop();
  return last ? el('div', {class: 'return-reason', id: 'return-reason'}, el('strong', null, last.stepLabel + '退回（'
    + shanghaiTime(last.time) + '）：'), last.comment) : null;
}

/** Every decision on the table, oldest first, with who made it by name. */
function historySection(history) {
  return el('section', {id: 'history-section'}, el('h3', null, '审批记录'), history.length === 0
    ? el('p', {class: 'muted'}, '尚无审批记录')
    : grid(['时间', '处理人', '环节', '处理结果', '意见', '版本'], history.map(decision => [shanghaiTime(decision.time),
      decision.deciderName || decision.user, decision.stepLabel, decision.decisionLabel, decision.comment,
      '第 ' + decision.versionNo + ' 版'])));
}

function render(t, access, creating) {
  table = t;
  dirty = false;
  show($('table-name'), creating ? '新建绩效目标表' : t.name);
  show($('table-meta'), creating ? '填写后点「创建草稿」，之后可以继续编辑和提交审核。' : [
    '编码 ' + t.code, ' · ', t.budgetYear + '年度', ' · ', t.typeLabel, ' · ', t.unit.name, ' · 状态 ',
    el('span', {class: 'status status-' + t.status, id: 'status'}, t.statusLabel), ' · 第 ' + t.versionNo + ' 版',
    t.updatedAt ? ' · 最后修改 ' + shanghaiTime(t.updatedAt) : '']);
  show($('access'), creating || access.editable ? null : readOnlyNotice(t, access));
  show($('fields'), sections(t, creating));
  $('fields').disabled = !creating && !access.editable;
  show($('save-bar'), saveBar(access, creating));
  document.title = (creating ? '新建绩效目标表' : t.name) + ' · 绩效目标编辑';
}

async function load() {
  clearProblems();
  notice();
  try {
    const [details, access] = await Promise.all([call('/api/targets/' + targetId),
      call('/api/targets/' + targetId + '/editability')]);
    render(details, access, false);
    const history = await call('/api/targets/' + targetId + '/history');
    const reason = returnReason(details, history);
    if (reason) {
      $('access').prepend(reason);
    }
    show($('history'), historySection(history));
  } catch (error) {
    show($('table-name'), '无法打开绩效目标表');
    show($('fields'));
    show($('access'));
    show($('history'));
    show($('save-bar'), el('a', {href: 'index.html'}, '返回我的绩效目标'));
    show($('problems'), el('p', {class: 'error', role: 'alert'}, error.message));
  }
}

$('editor').addEventListener('input', changed);
$('editor').addEventListener('change', event => {
  if (!targetId && event.target.dataset.key === 'type') {
    render(asDetails(readForm()), {editable: true}, true);
    dirty = true;
  }
});
$('editor').addEventListener('submit', event => event.preventDefault());
$('save-bar').addEventListener('click', event => {
  const handlers = {save, submit, create, reload: () => load()};
  const handler = handlers[event.target.id];
  if (handler) {
    handler();
  }
});
window.addEventListener('beforeunload', event => {
  if (dirty) {
    event.preventDefault();
  }
});

if (targetId) {
  load().then(() => {
    if (new URLSearchParams(location.search).get('created')) {
      notice('已创建草稿，可以继续编辑，完成后提交审核。');
    }
  });
} else {
  render(blankTable(), {editable: true}, true);
}
