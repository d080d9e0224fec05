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

  // Sends one JSON request with the CSRF token; on success reloads the page (the ledger is recomputed on the server,
  // with the correction applied), on failure shows the server's one-line reason in `msg`.
  function api(method, url, body, msg, then) {
    var xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.setRequestHeader('X-CSRF-Token', csrf);
    xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.onload = function () {
      var res = {};
      try { res = JSON.parse(xhr.responseText); } catch (err) { res = {error: xhr.statusText}; }
      if (xhr.status === 200) {
        if (then) { then(res); } else { window.location.reload(); }
      } else if (msg) {
        msg.hidden = false;
        msg.textContent = (res.error || xhr.statusText) + '（HTTP ' + xhr.status + '）';
      }
    };
    xhr.onerror = function () { if (msg) { msg.hidden = false; msg.textContent = '连接中断'; } };
    xhr.send(body === null ? null : JSON.stringify(body));
  }

  function corrections() {
    var list = document.querySelector('section.corrections-list');
    if (!list) { return; }
    var base = '/api/reports/' + encodeURIComponent(list.getAttribute('data-report'));
    var listMsg = document.getElementById('corrections-error');
    document.querySelectorAll('form.correct').forEach(function (f) {
      f.addEventListener('submit', function (e) {
        e.preventDefault();
        var body = {target: f.getAttribute('data-target')};
        if (f.status.value) { body.status = f.status.value; }
        if (f.responsible.value.trim()) { body.responsible = f.responsible.value.trim(); }
        if (f.timeframe.value.trim()) { body.timeframe = f.timeframe.value.trim(); }
        api('POST', base + '/corrections', body, f.parentNode.querySelector('.msg'));
      });
    });
    document.querySelectorAll('.finding-fix button.act').forEach(function (b) {
      b.addEventListener('click', function () {
        var box = b.parentNode;
        var body = {target: box.getAttribute('data-target')};
        var action = b.getAttribute('data-action');
        if (action === 'false') {
          if (!window.confirm('把 ' + body.target + ' 标为误报？')) { return; }
          body.falseFinding = true;
        } else if (action === 'merge') {
          body.mergeWith = b.getAttribute('data-with');
        } else {
          body.splitAt = parseInt(box.querySelector('input[name=splitAt]').value, 10);
        }
        api('POST', base + '/corrections', body, box.parentNode.querySelector('.msg'));
      });
    });
    document.querySelectorAll('button.remove-correction').forEach(function (b) {
      b.addEventListener('click', function () {
        api('DELETE', base + '/corrections/' + encodeURIComponent(b.getAttribute('data-n')), null, listMsg);
      });
    });
    var gold = document.getElementById('export-gold');
    if (gold) {
      gold.addEventListener('click', function () {
        api('POST', base + '/gold', null, listMsg, function (res) {
          var out = document.getElementById('gold-result');
          out.textContent = '已写入 ' + res.manifest + '（' + res.findings + ' 个问题） ';
          var a = document.createElement('a');
          a.href = res.download; a.id = 'gold-download'; a.textContent = '下载 manifest.json';
          out.appendChild(a);
        });
      });
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    confirmForms();
    uploads();
    corrections();
    scrollToTarget();
  });
})();
