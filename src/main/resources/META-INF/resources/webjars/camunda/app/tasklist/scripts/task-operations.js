// The task detail tab 「审批操作」 in the Tasklist (plugin point tasklist.task.detail, listed in customScripts in the
// Tasklist's config.js): the table's whole history (GET /api/targets/{id}/timeline: decisions and operations, who,
// when, why) and what the task's holder may do beside deciding it: 转办 / 委派 / 加签 to colleagues
// (GET /api/tasks/{taskId}/colleagues), 抄送, 意见, 附件 (upload, list, download). Every button shows the server's
// answer; a refusal in its Chinese words.

import {el, getJson, postForm, postJson, shanghaiTime} from './api.js';

const PAGE = 100;
const MAX_PAGES = 20;

/** The table a task is about, from the caller's task list (GET /api/tasks names each task's table). */
async function tableOf(taskId) {
  for (let page = 0; page < MAX_PAGES; page++) {
    const tasks = await getJson('/api/tasks?size=' + PAGE + '&page=' + page);
    const task = tasks.content.find(candidate => candidate.id === taskId);
    if (task) {
      return task.targetId;
    }
    if (page + 1 >= tasks.totalPages) {
      break;
    }
  }
  throw new Error('找不到该任务对应的绩效目标表（任务可能已办结）');
}

function person(name, id) {
  return name || id || '';
}

function timelineTable(entries) {
  const rows = entries.map(entry => el('tr', {class: 'timeline-entry', 'data-action': entry.action},
    el('td', null, shanghaiTime(entry.time)),
    el('td', null, (entry.step || '').split('｜')[0]),
    el('td', null, entry.actionLabel),
    el('td', null, person(entry.userName, entry.user)),
    el('td', null, person(entry.otherUserName, entry.otherUser)),
    el('td', null, entry.reason || '',
      entry.attachmentId ? el('a', {href: '/api/attachments/' + encodeURIComponent(entry.attachmentId)}, ' 下载附件')
        : null)));
  return el('table', {class: 'table table-condensed budgetperf-timeline'},
    el('thead', null, el('tr', null, ['时间', '环节', '操作', '办理人', '对象', '说明'].map(h => el('th', null, h)))),
    el('tbody', null, rows.length ? rows : el('tr', null, el('td', {colspan: 6}, '暂无记录'))));
}

function attachmentList(attachments) {
  return el('ul', {class: 'budgetperf-attachments'}, attachments.length
    ? attachments.map(file => el('li', null,
      el('a', {href: '/api/attachments/' + encodeURIComponent(file.id)}, file.name),
      '（' + [file.taskName, person(file.userName, file.user), shanghaiTime(file.time), file.description]
        .filter(Boolean).join('，') + '）'))
    : el('li', null, '暂无附件'));
}

function render(node, taskId) {
  const message = el('p', {class: 'budgetperf-operations-message', role: 'status'});
  const history = el('div', {class: 'budgetperf-history'}, '正在读取审批记录…');
  const files = el('div');
  const colleagues = el('select', {multiple: true, size: 4, class: 'form-control colleagues', 'aria-label': '同事'});
  const reason = el('input', {type: 'text', class: 'form-control operation-reason', maxlength: 500,
    placeholder: '说明（转办、委派、加签、抄送的原因）', 'aria-label': '说明'});
  const comment = el('textarea', {class: 'form-control comment-text', rows: 2, maxlength: 2000, 'aria-label': '意见'});
  const file = el('input', {type: 'file', class: 'attachment-file', 'aria-label': '附件',
    accept: '.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx'});
  const description = el('input', {type: 'text', class: 'form-control attachment-description', maxlength: 500,
    placeholder: '附件说明', 'aria-label': '附件说明'});
  let targetId = null;

  const say = (text, refused) => {
    message.textContent = text;
    message.className = 'budgetperf-operations-message ' + (refused ? 'text-danger' : 'text-success');
  };
  const chosen = () => Array.from(colleagues.selectedOptions).map(option => option.value);

  async function refresh() {
    const [entries, attachments] = await Promise.all([
      getJson('/api/targets/' + targetId + '/timeline'),
      getJson('/api/targets/' + targetId + '/attachments').catch(() => [])]);
    history.replaceChildren(timelineTable(entries));
    files.replaceChildren(attachmentList(attachments));
  }

  async function act(work) {
    try {
      say(await work(), false);
      await refresh();
    } catch (e) {
      say(e.message, true);
    }
  }

  const toOne = (path, done) => () => act(async () => {
    const [userId, ...more] = chosen();
    if (!userId || more.length) {
      throw new Error('请只选择一位同事');
    }
    await postJson('/api/tasks/' + taskId + path, {userId, reason: reason.value.trim() || null});
    return done + colleagues.selectedOptions[0].textContent;
  });
  const toMany = (path, field, done) => () => act(async () => {
    const userIds = chosen();
    if (!userIds.length) {
      throw new Error('请至少选择一位同事');
    }
    await postJson(path(), {[field]: userIds, reason: reason.value.trim() || null});
    return done + Array.from(colleagues.selectedOptions).map(option => option.textContent).join('、');
  });

  const button = (label, cls, handler) => {
    const b = el('button', {type: 'button', class: 'btn btn-default btn-sm ' + cls}, label);
    b.addEventListener('click', handler);
    return b;
  };

  node.replaceChildren(el('div', {class: 'budgetperf-operations'},
    message,
    el('h4', null, '审批记录'), history,
    el('h4', null, '转办、委派、加签、抄送'),
    colleagues, reason,
    el('div', {class: 'buttons'},
      button('转办', 'transfer', toOne('/transfer', '已转办给 ')),
      button('委派', 'delegate', toOne('/delegate', '已委派给 ')),
      button('加签', 'cosign', toMany(() => '/api/tasks/' + taskId + '/cosigners', 'userIds', '已加签：')),
      button('抄送', 'copy', toMany(() => '/api/targets/' + targetId + '/copies', 'userIds', '已抄送：'))),
    el('h4', null, '意见'), comment,
    el('div', {class: 'buttons'}, button('发表意见', 'add-comment', () => act(async () => {
      if (!comment.value.trim()) {
        throw new Error('请填写意见');
      }
      await postJson('/api/tasks/' + taskId + '/comments', {text: comment.value.trim()});
      comment.value = '';
      return '意见已记录';
    }))),
    el('h4', null, '附件'), files, file, description,
    el('div', {class: 'buttons'}, button('上传附件', 'upload', () => act(async () => {
      if (!file.files.length) {
        throw new Error('请选择要上传的文件（PDF 或 Office 文件）');
      }
      const form = new FormData();
      form.append('file', file.files[0]);
      form.append('description', description.value.trim());
      await postForm('/api/tasks/' + taskId + '/attachments', form);
      file.value = '';
      description.value = '';
      return '附件已上传';
    })))));

  tableOf(taskId).then(async id => {
    targetId = id;
    await refresh();
  }).catch(e => {
    history.textContent = '';
    say(e.message, true);
  });
  getJson('/api/tasks/' + taskId + '/colleagues').then(people => {
    colleagues.replaceChildren(...people.map(p => el('option', {value: p.userId}, p.name)));
  }).catch(() => {
    colleagues.replaceChildren(el('option', {disabled: true}, '暂无可选的同事'));
  });
}

export default {
  id: 'budgetperf-task-operations',
  pluginPoint: 'tasklist.task.detail',
  priority: 50,
  label: '审批操作',
  render: (node, {taskId}) => render(node, taskId)
};
