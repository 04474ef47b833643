'use strict';
// 「我的绩效目标」: the tables the caller may see, a page at a time, with status, where each waits, and what the
// caller may do with it (edit or view, submit, withdraw, ask for an adjustment, the Excel page).

const PAGE_SIZE = 20;
let page = 0;

/** Where the table waits: each open step with its organization and who claimed it. */
function waiting(target) {
  if (target.waitingAt.length === 0) {
    return target.editable ? '本单位编制中，尚未提交' : '—';
  }
  return target.waitingAt.map(step => el('div', {class: 'step'},
    step.taskName, step.organizationName ? ' · ' + step.organizationName : '',
    el('span', {class: 'muted'}, (step.assigneeName ? '（' + step.assigneeName + '办理中' : '（待签收')
      + '，' + shanghaiTime(step.since) + ' 起）')));
}

function actionButton(label, target, action, done) {
  const button = el('button', {type: 'button', 'data-action': label}, label);
  button.addEventListener('click', async () => {
    try {
      if (await action(target)) {
        notice(done(target), 'ok');
        await load();
      }
    } catch (error) {
      notice(error.message, 'error');
    }
  });
  return button;
}

function actions(target) {
  const editor = 'edit.html?id=' + target.id;
  return [
    el('a', {href: editor, 'data-action': target.editable ? '编辑' : '查看'}, target.editable ? '编辑' : '查看'),
    target.editable ? actionButton('提交审核', target, submitForReview, t => '「' + t.name + '」已提交审核') : null,
    target.preparedByCaller && IN_REVIEW.includes(target.status)
      ? actionButton('撤回', target, withdrawSubmission, t => '「' + t.name + '」已撤回，可以继续修改') : null,
    target.preparedByCaller && target.status === 'PUBLISHED'
      ? actionButton('申请调整', target, requestAdjustment, t => '「' + t.name + '」已开始调整，请在编辑页面中修改后提交')
      : null,
    el('a', {href: '/excel/index.html#target-' + target.id}, 'Excel')];
}

function row(target) {
  return el('tr', {'data-id': target.id, 'data-code': target.code},
    el('td', null, target.code),
    el('td', null, target.budgetYear),
    el('td', {class: 'name'}, target.name),
    el('td', null, target.typeLabel),
    el('td', null, target.unitName),
    el('td', null, el('span', {class: 'status status-' + target.status}, target.statusLabel)),
    el('td', {class: 'waiting'}, waiting(target)),
    el('td', {class: 'actions'}, actions(target)));
}

function notice(text, kind) {
  show($('notice'), text ? el('p', {class: kind === 'error' ? 'error' : 'ok', role: kind === 'error' ? 'alert' : 'status'},
    text) : null);
}

async function load() {
  const body = $('targets').tBodies[0];
  const query = new URLSearchParams({page, size: PAGE_SIZE});
  if ($('year').value) {
    query.set('year', $('year').value);
  }
  if ($('status').value) {
    query.set('status', $('status').value);
  }
  try {
    const result = await call('/api/targets?' + query);
    show(body, result.content.length ? result.content.map(row)
      : el('tr', null, el('td', {colspan: 8, class: 'muted'}, '没有符合条件的绩效目标表')));
    show($('page-info'), '第 ' + (result.totalPages ? result.page + 1 : 0) + ' / ' + result.totalPages + ' 页，共 '
      + result.totalElements + ' 张');
    $('previous').disabled = result.page <= 0;
    $('next').disabled = result.page + 1 >= result.totalPages;
  } catch (error) {
    show(body, el('tr', null, el('td', {colspan: 8, class: 'error', role: 'alert'}, error.message)));
  }
}

Object.entries(STATUSES).forEach(([code, label]) => $('status').append(el('option', {value: code}, label)));
$('filters').addEventListener('submit', event => {
  event.preventDefault();
  page = 0;
  notice(null);
  load();
});
$('previous').addEventListener('click', () => {
  page--;
  load();
});
$('next').addEventListener('click', () => {
  page++;
  load();
});
load();
