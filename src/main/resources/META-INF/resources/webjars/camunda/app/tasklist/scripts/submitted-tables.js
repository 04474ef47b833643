// 「我提交的」 in the Tasklist header, for people of units and departments: a panel listing their organization's
// tables now under review (GET /api/targets?submitted=true), each with where it waits and two buttons: 「撤回」
// (POST /api/targets/{id}/withdraw: back to drafting while nobody has started the review) and 「催办」
// (POST /api/targets/{id}/urge). The server's answer, a refusal included, is shown in Chinese above the list.
// A Tasklist plugin (plugin point tasklist.navbar.action), listed in customScripts in the Tasklist's config.js.

import {el, getJson, postJson, shanghaiTime} from './api.js';

const PREPARING_ORGANIZATIONS = ['UNIT', 'DEPARTMENT'];

async function preparesTables() {
  try {
    const [session, organizations] = await Promise.all([getJson('/api/session'), getJson('/api/organizations')]);
    const mine = new Set(session.organizations.map(org => org.code));
    return organizations.some(org => mine.has(org.code) && PREPARING_ORGANIZATIONS.includes(org.type));
  } catch (e) {
    return false;
  }
}

function waitingAt(table) {
  return table.waitingAt.map(step => step.taskName.split('｜')[0] + '（' + step.organizationName + '，'
    + (step.assigneeName ? '已由' + step.assigneeName + '签收' : '待签收') + '，自' + shanghaiTime(step.since) + '）')
    .join('；');
}

function panel() {
  const message = el('p', {class: 'budgetperf-submitted-message', role: 'status'});
  const list = el('tbody');
  const section = el('section', {id: 'budgetperf-submitted', class: 'budgetperf-submitted', role: 'dialog',
    'aria-label': '我提交的', hidden: true},
  el('header', null, el('h3', null, '我提交的（审核中）'),
    el('button', {type: 'button', class: 'btn btn-default btn-sm close-panel'}, '关闭')),
  message,
  el('table', {class: 'table table-condensed'},
    el('thead', null, el('tr', null, ['绩效目标表', '状态', '当前环节', '催办说明', '操作'].map(h => el('th', null, h)))),
    list));

  const say = (text, refused) => {
    message.textContent = text;
    message.className = 'budgetperf-submitted-message ' + (refused ? 'text-danger' : 'text-success');
  };

  const row = table => {
    const reason = el('input', {type: 'text', class: 'form-control input-sm urge-reason', maxlength: 200,
      placeholder: '可选，如：请尽快审核', 'aria-label': '催办说明'});
    const withdraw = el('button', {type: 'button', class: 'btn btn-default btn-sm withdraw'}, '撤回');
    const urge = el('button', {type: 'button', class: 'btn btn-default btn-sm urge'}, '催办');
    withdraw.addEventListener('click', () => act(async () => {
      await postJson('/api/targets/' + table.id + '/withdraw');
      return '已撤回“' + table.name + '”，表已回到编制中，可在任务列表中修改后重新提交';
    }));
    urge.addEventListener('click', () => act(async () => {
      const answer = await postJson('/api/targets/' + table.id + '/urge', {reason: reason.value.trim() || null});
      const urged = (answer.urged || []).map(task => task.taskName.split('｜')[0]
        + (task.holder ? '（' + task.holder + '）' : '')).join('、');
      return '已催办“' + table.name + '”' + (urged ? '：' + urged : '')
        + (answer.nextAllowedAt ? '；下次可催办时间 ' + shanghaiTime(answer.nextAllowedAt) : '');
    }));
    return el('tr', {'data-target-id': table.id},
      el('td', null, table.name + '（' + table.code + '）'),
      el('td', null, table.statusLabel),
      el('td', null, waitingAt(table)),
      el('td', null, reason),
      el('td', {class: 'actions'}, table.preparedByCaller ? withdraw : null, urge));
  };

  const refresh = async () => {
    const page = await getJson('/api/targets?submitted=true&size=100');
    list.replaceChildren(...page.content.map(row));
    if (!page.content.length) {
      list.append(el('tr', null, el('td', {colspan: 5}, '本单位没有正在审核中的绩效目标表')));
    }
  };

  async function act(work) {
    try {
      say(await work(), false);
    } catch (e) {
      say(e.message, true);
    }
    try {
      await refresh();
    } catch (e) {
      say(e.message, true);
    }
  }

  section.querySelector('.close-panel').addEventListener('click', () => {
    section.hidden = true;
  });
  document.body.appendChild(section);
  return {
    toggle: async () => {
      section.hidden = !section.hidden;
      if (!section.hidden) {
        say('', false);
        try {
          await refresh();
        } catch (e) {
          say(e.message, true);
        }
      }
    }
  };
}

export default {
  id: 'budgetperf-submitted-tables',
  pluginPoint: 'tasklist.navbar.action',
  priority: 350,
  render: async node => {
    if (!(await preparesTables())) {
      return;
    }
    const opened = document.getElementById('budgetperf-submitted');
    if (opened) {
      opened.remove();
    }
    const submitted = panel();
    const link = el('a', {href: '', class: 'budgetperf-submitted-link', role: 'button'}, '我提交的');
    link.addEventListener('click', event => {
      event.preventDefault();
      submitted.toggle();
    });
    node.appendChild(link);
  }
};
