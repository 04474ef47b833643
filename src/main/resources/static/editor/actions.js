'use strict';
// What a unit does with a whole table, from the list and from the editor: submit it for review, withdraw an
// unclaimed submission, ask for an adjustment of a published table. Each asks the person first in a dialog; a
// refusal comes back as an Error with the API's Chinese message.

const IN_REVIEW = ['DEPARTMENT_REVIEW', 'FINANCE_REVIEW'];

/**
 * Asks in a modal dialog; resolves with the text written (or '' without a text box) on confirmation, null when
 * cancelled. With {@code required}, confirming needs visible text.
 */
function ask({title, message, label, hint, confirm, required}) {
  return new Promise(resolve => {
    const text = label ? el('textarea', {id: 'ask-text', rows: 4, maxlength: 2000}) : null;
    const problem = el('p', {class: 'error', role: 'alert'});
    const ok = el('button', {type: 'button', id: 'ask-confirm', class: 'primary'}, confirm);
    const cancel = el('button', {type: 'button', id: 'ask-cancel'}, '取消');
    const dialog = el('dialog', {id: 'ask-dialog', 'aria-label': title},
      el('h2', null, title), message ? el('p', null, message) : null,
      text ? el('label', null, label, text) : null, hint ? el('p', {class: 'hint'}, hint) : null, problem,
      el('div', {class: 'buttons'}, ok, cancel));
    const close = answer => {
      dialog.close();
      dialog.remove();
      resolve(answer);
    };
    ok.addEventListener('click', () => {
      if (required && !(text.value || '').trim()) {
        show(problem, '请填写' + label);
        return;
      }
      close(text ? text.value : '');
    });
    cancel.addEventListener('click', () => close(null));
    dialog.addEventListener('cancel', event => {
      event.preventDefault();
      close(null);
    });
    document.body.append(dialog);
    dialog.showModal();
    (text || ok).focus();
  });
}

/** Submits for review; false when the person cancelled. */
async function submitForReview(target) {
  const comment = await ask({title: '提交审核', message: '提交「' + target.name + '」（' + target.code + '）进行审核。'
      + '提交后在审核期间不能修改；审核人签收前可以撤回。', label: '提交说明（选填）',
    hint: '如为退回后重新提交，可说明修改情况。', confirm: '确认提交'});
  if (comment === null) {
    return false;
  }
  await sendJson('POST', '/api/targets/' + target.id + '/submit', {comment: comment.trim() || null});
  return true;
}

async function withdrawSubmission(target) {
  const confirmed = await ask({title: '撤回提交', message: '撤回「' + target.name + '」的提交？撤回后可以继续修改，'
      + '审核人已签收或已办理的不能撤回。', confirm: '确认撤回'});
  if (confirmed === null) {
    return false;
  }
  await sendJson('POST', '/api/targets/' + target.id + '/withdraw');
  return true;
}

async function requestAdjustment(target) {
  const reason = await ask({title: '申请调整绩效目标', message: '「' + target.name + '」已公开。调整将形成第 '
      + (target.versionNo + 1) + ' 版草稿，修改后重新提交审核；新版本批复前现行版本继续有效。',
    label: '调整原因', hint: '至少 5 个字，例如：服务对象增加，活动次数需上调。', confirm: '申请调整', required: true});
  if (reason === null) {
    return false;
  }
  await sendJson('POST', '/api/targets/' + target.id + '/adjustment', {reason});
  return true;
}
