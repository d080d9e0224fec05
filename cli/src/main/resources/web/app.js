// reportminer workbench: the little behaviour the pages need, with no library and nothing loaded from elsewhere.
// Every write sends the CSRF token (from the page's meta tag) in the X-CSRF-Token header.
(function () {
  'use strict';
  var csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content || '';
  var OUTCOMES = {added: '已导入', unchanged: '未变化（已有）', replaced: '已替换旧版本', duplicate: '重复（内容相同）',
    failed: '失败'};

  function confirmForms() {
    document.querySelectorAll('form.confirm').forEach(function (f) {
      f.addEventListener('submit', function (e) {
        if (!window.confirm(f.getAttribute('data-confirm') || '确定？')) { e.preventDefault(); }
      });
    });
  }

  function cell(row, text, cls) {
    var td = document.createElement('td');
    if (cls) { td.className = cls; }
    td.textContent = text;
    row.appendChild(td);
    return td;
  }

  function uploadOne(file, tbody, done) {
    var row = document.createElement('tr');
    row.className = 'up';
    cell(row, file.name, 'name');
    var bar = document.createElement('progress');
    bar.max = 100; bar.value = 0;
    cell(row, '', 'prog').appendChild(bar);
    var outcome = cell(row, '等待中', 'outcome');
    var reason = cell(row, '', 'reason');
    tbody.appendChild(row);
    var xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/upload?name=' + encodeURIComponent(file.name));
    xhr.setRequestHeader('X-CSRF-Token', csrf);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) { bar.value = Math.round(100 * e.loaded / e.total); }
      outcome.textContent = '上传中';
    };
    xhr.upload.onload = function () { bar.value = 100; outcome.textContent = '抽取并索引中'; };
    xhr.onload = function () {
      var body = {};
      try { body = JSON.parse(xhr.responseText); } catch (err) { body = {error: xhr.statusText}; }
      if (xhr.status === 200) {
        row.classList.add('o-' + body.outcome);
        outcome.textContent = OUTCOMES[body.outcome] || body.outcome;
        if (body.outcome === 'failed') { reason.textContent = body.reason || ''; }
        else if (body.id) {
          var a = document.createElement('a');
          a.href = '/reports/' + encodeURIComponent(body.duplicateOf || body.id);
          a.textContent = body.title || body.id;
          reason.appendChild(a);
        }
      } else {
        row.classList.add('o-failed');
        outcome.textContent = '失败';
        reason.textContent = (body.error || xhr.statusText) + '（HTTP ' + xhr.status + '）';
      }
      done();
    };
    xhr.onerror = function () {
      row.classList.add('o-failed');
      outcome.textContent = '失败';
      reason.textContent = '连接中断';
      done();
    };
    return function () { xhr.send(file); };
  }

  function uploads() {
    var drop = document.getElementById('drop');
    var input = document.getElementById('files');
    var table = document.getElementById('uploads');
    if (!drop || !input || !table) { return; }
    var tbody = table.querySelector('tbody');
    // one upload at a time: the server ingests them in turn anyway, and progress then means something
    var queue = [];
    var busy = false;
    function next() {
      if (queue.length === 0) {
        busy = false;
        if (!document.getElementById('refresh')) {
          var p = document.createElement('p');
          var a = document.createElement('a');
          a.id = 'refresh'; a.href = '/library'; a.textContent = '全部完成：刷新列表';
          p.appendChild(a);
          table.parentNode.appendChild(p);
        }
        return;
      }
      busy = true;
      queue.shift()();
    }
    function add(files) {
      table.hidden = false;
      var old = document.getElementById('refresh');
      if (old) { old.parentNode.remove(); }
      Array.prototype.forEach.call(files, function (f) { queue.push(uploadOne(f, tbody, next)); });
      if (!busy) { next(); }
    }
    input.addEventListener('change', function () { add(input.files); });
    ['dragenter', 'dragover'].forEach(function (t) {
      drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (t) {
      drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.remove('over'); });
    });
    drop.addEventListener('drop', function (e) { add(e.dataTransfer.files); });
  }

  function scrollToTarget() {
    var t = document.getElementById('at');
    if (t && window.location.hash === '#at') { t.scrollIntoView({block: 'center'}); }
  }

  document.addEventListener('DOMContentLoaded', function () {
    confirmForms();
    uploads();
    scrollToTarget();
  });
})();
