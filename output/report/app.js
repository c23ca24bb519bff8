/* Warta review report: runs from disk, no network. Every string from the data is escaped before it reaches the page. */
(function () {
  'use strict';
  var byId = function (id) { return document.getElementById(id); };
  var readJson = function (id) { return JSON.parse(byId(id).textContent); };
  var meta = readJson('warta-meta');
  var summary = readJson('warta-summary');
  var index = readJson('warta-index');
  var cache = new Map();
  var ROW = 52;
  var STORE = 'warta-review:' + meta.key;

  function esc(value) {
    return String(value).replace(/[&<>"']/g, function (c) { return '&#' + c.charCodeAt(0) + ';'; });
  }
  function article(i) {
    if (!cache.has(i)) cache.set(i, JSON.parse(byId('a' + i).textContent));
    return cache.get(i);
  }
  function hue(name) {
    var h = 0;
    for (var k = 0; k < name.length; k++) h = (h * 31 + name.charCodeAt(k)) % 360;
    return h;
  }
  function speakerColour(name) { return name ? 'hsl(' + hue(name) + ' 80% 86%)' : '#eee'; }

  /* Review decisions, kept in localStorage: { articleId: { 'q0': {status, speaker, kind}, 'e1': {...}, 'd2': {value} } } */
  var decisions = {};
  try { decisions = JSON.parse(localStorage.getItem(STORE) || '{}') || {}; } catch (e) { decisions = {}; }
  function decision(id, key) { return (decisions[id] && decisions[id][key]) || null; }
  function decide(id, key, value) {
    decisions[id] = decisions[id] || {};
    if (value) decisions[id][key] = value; else delete decisions[id][key];
    try { localStorage.setItem(STORE, JSON.stringify(decisions)); } catch (e) { /* storage full or disabled: keep in memory */ }
  }

  /* ---- filters and the article list ---- */
  var state = { current: -1, visible: index.map(function (_, i) { return i; }), item: -1, searchHits: null };
  var list = byId('list');
  var spacer = byId('list-spacer');
  var main = byId('main');
  byId('title').textContent = meta.title + ' · ' + index.length + ' articles';

  function fillSelect(select, names) {
    select.insertAdjacentHTML('beforeend', names.map(function (n) { return '<option value="' + esc(n) + '">' + esc(n) + '</option>'; }).join(''));
  }
  var speakerNames = new Set(); var entityNames = new Set();
  index.forEach(function (e) { e.speakers.forEach(function (n) { speakerNames.add(n); }); e.names.forEach(function (n) { entityNames.add(n); }); });
  fillSelect(byId('filter-speaker'), Array.from(speakerNames).sort());
  fillSelect(byId('filter-entity'), Array.from(entityNames).sort());

  function applyFilters() {
    var speaker = byId('filter-speaker').value, entity = byId('filter-entity').value;
    var flagged = byId('filter-flagged').checked, low = byId('filter-low').checked;
    state.visible = [];
    index.forEach(function (e, i) {
      if (speaker && e.speakers.indexOf(speaker) < 0) return;
      if (entity && e.names.indexOf(entity) < 0) return;
      if (flagged && !e.flagged) return;
      if (low && !e.low) return;
      if (state.searchHits && !state.searchHits.has(i)) return;
      state.visible.push(i);
    });
    byId('count').textContent = state.visible.length + ' shown';
    spacer.style.height = state.visible.length * ROW + 'px';
    renderRows();
  }

  function renderRows() {
    var first = Math.max(0, Math.floor(list.scrollTop / ROW) - 5);
    var last = Math.min(state.visible.length, first + Math.ceil(list.clientHeight / ROW) + 10);
    var html = '';
    for (var p = first; p < last; p++) {
      var i = state.visible[p], e = index[i];
      html += '<div class="row' + (i === state.current ? ' current' : '') + (e.error ? ' error' : '') + '" data-i="' + i + '" style="top:' + p * ROW + 'px">' +
        '<div class="t">' + esc(e.title || e.id) + '</div><div class="m">' + esc(e.id) + ' · ' + esc(e.language) + ' · ' +
        e.quotes + ' quotes · ' + e.entities + ' entities · ' + e.dates + ' dates' + (e.flagged ? ' · ⚑' : '') + '</div></div>';
    }
    spacer.innerHTML = html;
  }
  list.addEventListener('scroll', renderRows);
  spacer.addEventListener('click', function (event) {
    var row = event.target.closest('.row');
    if (row) openArticle(Number(row.dataset.i));
  });
  ['filter-speaker', 'filter-entity', 'filter-flagged', 'filter-low'].forEach(function (id) { byId(id).addEventListener('change', applyFilters); });

  var searchTimer = null;
  byId('search').addEventListener('input', function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(function () {
      var needle = byId('search').value.trim().toLowerCase();
      state.searchHits = needle ? new Set(index.map(function (_, i) { return i; }).filter(function (i) {
        var a = article(i);
        return (a.text + ' ' + (a.title || '')).toLowerCase().indexOf(needle) >= 0;
      })) : null;
      applyFilters();
    }, 250);
  });

  /* ---- overview ---- */
  function table(rows, kind) {
    return '<table>' + rows.map(function (r) {
      return '<tr><td><button class="link" data-filter="' + kind + '" data-value="' + esc(r[0]) + '">' + esc(r[0]) + '</button></td><td class="n">' + r[1] + '</td></tr>';
    }).join('') + '</table>';
  }
  function showOverview() {
    state.current = -1;
    var langs = Object.keys(summary.languages).map(function (k) { return [k, summary.languages[k]]; });
    var max = Math.max.apply(null, [1].concat(summary.timeline.map(function (t) { return t[1]; })));
    main.innerHTML = '<div class="cards">' +
      '<div class="card"><h2>Articles</h2><div class="big">' + summary.articles + '</div>' + (summary.errors ? '<div>' + summary.errors + ' could not be processed</div>' : '') +
      '<table>' + langs.map(function (l) { return '<tr><td>' + esc(l[0]) + '</td><td class="n">' + l[1] + '</td></tr>'; }).join('') + '</table></div>' +
      '<div class="card"><h2>Extractions</h2><table><tr><td>Quotes</td><td class="n">' + summary.quotes + '</td></tr><tr><td>Entities</td><td class="n">' + summary.entities +
      '</td></tr><tr><td>Dates</td><td class="n">' + summary.dates + '</td></tr></table></div>' +
      '<div class="card"><h2>To check</h2><table><tr><td><button class="link" data-filter="flagged">Dates with flags</button></td><td class="n">' + summary.flagged +
      '</td></tr><tr><td><button class="link" data-filter="low">Low-confidence quotes (&lt; ' + meta.lowConfidence + ')</button></td><td class="n">' + summary.lowConfidence + '</td></tr></table></div>' +
      '<div class="card"><h2>Top speakers</h2>' + table(summary.topSpeakers, 'speaker') + '</div>' +
      '<div class="card"><h2>Most mentioned</h2>' + table(summary.topEntities, 'entity') + '</div>' +
      '<div class="card"><h2>Timeline of dates</h2><div class="timeline">' + summary.timeline.map(function (t) {
        return '<div title="' + esc(t[0] + ': ' + t[1]) + '" style="height:' + Math.max(4, Math.round(t[1] / max * 100)) + '%"></div>';
      }).join('') + '</div><div class="sub">' + esc(summary.timeline.length ? summary.timeline[0][0] + ' … ' + summary.timeline[summary.timeline.length - 1][0] : 'no dates') + '</div></div>' +
      '</div>';
    renderRows();
  }
  main.addEventListener('click', function (event) {
    var link = event.target.closest('[data-filter]');
    if (!link) return;
    var kind = link.dataset.filter;
    if (kind === 'speaker') byId('filter-speaker').value = link.dataset.value;
    if (kind === 'entity') byId('filter-entity').value = link.dataset.value;
    if (kind === 'flagged') byId('filter-flagged').checked = true;
    if (kind === 'low') byId('filter-low').checked = true;
    applyFilters();
    if (state.visible.length) openArticle(state.visible[0]);
  });
  byId('show-overview').addEventListener('click', showOverview);

  /* ---- one article ---- */
  function renderText(a) {
    var marks = [];
    a.quotes.forEach(function (q, i) {
      var d = decision(a.id, 'q' + i) || {};
      var speaker = d.speaker !== undefined ? d.speaker : q.speaker && q.speaker.name;
      marks.push({ s: q.span[0], e: q.span[1], k: 'q', i: i, c: speakerColour(speaker) });
      if (q.cue) marks.push({ s: q.cue[0], e: q.cue[1], k: 'cue', i: i });
    });
    a.entities.forEach(function (en, i) { en.mentions.forEach(function (m) { marks.push({ s: m[0], e: m[1], k: 'e', i: i, t: en.type }); }); });
    a.dates.forEach(function (d, i) { marks.push({ s: d.span[0], e: d.span[1], k: 'd', i: i }); });
    var cuts = new Set([0, a.text.length]);
    marks.forEach(function (m) { cuts.add(m.s); cuts.add(m.e); });
    var starts = new Set(a.sentences.map(function (s) { return s[0]; }));
    a.sentences.forEach(function (s) { cuts.add(s[0]); });
    var points = Array.from(cuts).sort(function (x, y) { return x - y; });
    marks.sort(function (x, y) { return x.s - y.s; });
    var html = '', open = [], next = 0, firstOf = {};
    for (var p = 0; p < points.length - 1; p++) {
      var from = points[p], to = points[p + 1];
      if (from === to) continue;
      while (next < marks.length && marks[next].s <= from) open.push(marks[next++]);
      open = open.filter(function (m) { return m.e > from; });
      var cls = [], attrs = '', style = '', tip = null;
      open.forEach(function (m) {
        var key = m.k + m.i;
        var first = !firstOf[key];
        if (m.k === 'q') { cls.push('quote'); style = '--qc:' + m.c; if (first) attrs += ' data-q="' + m.i + '"'; }
        if (m.k === 'cue') cls.push('cue');
        if (m.k === 'e') { cls.push('ent', 'ent-' + m.t); if (first && m.s === from) attrs += ' data-e="' + m.i + '"'; }
        if (m.k === 'd') {
          cls.push('date');
          var d = a.dates[m.i];
          tip = d.value + (d.anchor ? ' · anchor ' + d.anchor : '') + (d.flags.length ? ' · ' + d.flags.join(', ') : '');
          if (first) attrs += ' data-d="' + m.i + '" tabindex="0"';
        }
        if (first && m.s === from) firstOf[key] = true;
      });
      if (starts.has(from) && from > 0) html += '<span class="sent" aria-hidden="true"></span>';
      var piece = esc(a.text.slice(from, to));
      html += cls.length ? '<span class="' + cls.join(' ') + '"' + attrs + (style ? ' style="' + esc(style) + '"' : '') + (tip ? ' data-tip="' + esc(tip) + '" title="' + esc(tip) + '"' : '') + '>' + piece + '</span>' : piece;
    }
    return html;
  }

  function reviewControls(a, key, extra) {
    var d = decision(a.id, key);
    return '<div class="review">' +
      '<button type="button" data-act="accept" data-key="' + key + '">✓ Accept</button>' +
      '<button type="button" data-act="reject" data-key="' + key + '">✗ Reject</button>' + (extra || '') +
      (d ? '<span class="badge">' + esc(d.status) + '</span>' : '') + '</div>';
  }
  function status(a, key) { var d = decision(a.id, key); return d ? ' data-status="' + esc(d.status) + '"' : ''; }

  function renderSide(a) {
    var options = function (selected) {
      return '<option value="">(speaker: none)</option>' + a.entities.map(function (en) {
        return '<option value="' + esc(en.name) + '"' + (en.name === selected ? ' selected' : '') + '>' + esc(en.name) + '</option>';
      }).join('');
    };
    var kinds = function (selected) {
      return ['direct', 'partial', 'indirect'].map(function (k) { return '<option' + (k === selected ? ' selected' : '') + '>' + k + '</option>'; }).join('');
    };
    var quotes = a.quotes.map(function (q, i) {
      var key = 'q' + i, d = decision(a.id, key) || {};
      var speaker = d.speaker !== undefined ? d.speaker : q.speaker && q.speaker.name;
      return '<li class="item" tabindex="-1" data-key="' + key + '"' + status(a, key) + '><div class="what" data-go="q" data-i="' + i + '">' +
        '<span class="swatch" style="background:' + esc(speakerColour(speaker)) + '"></span><b>' + esc(speaker || 'no speaker') + '</b> <span class="badge">' + esc(d.kind || q.kind) + '</span>' +
        '<span class="badge">' + q.confidence.toFixed(2) + '</span>' + (q.speaker ? '<span class="sub"> via ' + esc(q.speaker.via) + '</span>' : '') +
        '<div>“' + esc(q.text.length > 160 ? q.text.slice(0, 160) + '…' : q.text) + '”</div></div>' +
        reviewControls(a, key, '<select data-act="speaker" data-key="' + key + '" aria-label="Speaker">' + options(speaker) + '</select>' +
          '<select data-act="kind" data-key="' + key + '" aria-label="Kind">' + kinds(d.kind || q.kind) + '</select>') + '</li>';
    }).join('');
    var entities = a.entities.map(function (en, i) {
      var key = 'e' + i, d = decision(a.id, key) || {};
      return '<li class="item" tabindex="-1" data-key="' + key + '"' + status(a, key) + '><div class="what" data-go="e" data-i="' + i + '">' +
        '<b class="ent-' + esc(en.type) + '">' + esc(en.name) + '</b> <span class="badge">' + esc(d.type || en.type) + '</span>' +
        (en.role ? '<div class="sub">' + esc(en.role) + '</div>' : '') + '<div class="sub">' + esc(en.aliases.join(' · ')) + ' · ' + en.mentions.length + ' mentions</div></div>' +
        reviewControls(a, key, '<select data-act="type" data-key="' + key + '" aria-label="Type">' + ['PERSON', 'ORG', 'LOC'].map(function (t) {
          return '<option' + (t === (d.type || en.type) ? ' selected' : '') + '>' + t + '</option>';
        }).join('') + '</select>') + '</li>';
    }).join('');
    var dates = a.dates.map(function (dt, i) {
      var key = 'd' + i, d = decision(a.id, key) || {};
      return '<li class="item" tabindex="-1" data-key="' + key + '"' + status(a, key) + '><div class="what" data-go="d" data-i="' + i + '">' +
        esc(dt.text) + ' → <b>' + esc(d.value || dt.value) + '</b> <span class="badge">' + esc(dt.kind) + '</span>' +
        dt.flags.map(function (f) { return '<span class="badge flag">' + esc(f) + '</span>'; }).join('') +
        (dt.anchor ? '<div class="sub">anchor ' + esc(dt.anchor) + '</div>' : '') + '</div>' +
        reviewControls(a, key, '<input data-act="value" data-key="' + key + '" value="' + esc(d.value || dt.value) + '" aria-label="Value" size="12">') + '</li>';
    }).join('');
    return '<div class="side">' +
      '<section><h3>Quotes (' + a.quotes.length + ')</h3><ul>' + quotes + '</ul></section>' +
      '<section><h3>Entities (' + a.entities.length + ')</h3><ul>' + entities + '</ul></section>' +
      '<section><h3>Dates (' + a.dates.length + ')</h3><ul>' + dates + '</ul></section>' +
      (a.warnings.length ? '<section><h3>Warnings</h3><ul>' + a.warnings.map(function (w) { return '<li class="item">' + esc(w.code) + ': ' + esc(w.message) + '</li>'; }).join('') + '</ul></section>' : '') +
      '</div>';
  }

  function openArticle(i) {
    if (i < 0 || i >= index.length) return;
    state.current = i; state.item = -1;
    var a = article(i);
    if (a.error) {
      main.innerHTML = '<h2>' + esc(a.id) + '</h2><div class="error">' + esc(a.error) + '</div>';
    } else {
      main.innerHTML = '<div class="article"><div><h2>' + esc(a.title || a.id) + '</h2><div class="meta">' + esc(a.id) + ' · ' + esc(a.language) +
        (a.published ? ' · published ' + esc(a.published) : '') + '</div><div class="text">' + renderText(a) + '</div>' +
        (a.boilerplate.length ? '<details><summary>Removed boilerplate (' + a.boilerplate.length + ')</summary><ul>' + a.boilerplate.map(function (b) {
          return '<li>' + esc(b.text) + ' <span class="badge">' + esc(b.reason) + '</span></li>';
        }).join('') + '</ul></details>' : '') + '</div>' + renderSide(a) + '</div>';
    }
    main.scrollTop = 0;
    var position = state.visible.indexOf(i);
    if (position >= 0 && (list.scrollTop > position * ROW || list.scrollTop + list.clientHeight < (position + 1) * ROW)) list.scrollTop = position * ROW - 2 * ROW;
    renderRows();
  }

  function goTo(kind, i) {
    var target = main.querySelector('[data-' + kind + '="' + i + '"]');
    if (!target) return;
    target.scrollIntoView({ block: 'center' });
    target.classList.remove('flash'); void target.offsetWidth; target.classList.add('flash');
  }

  main.addEventListener('click', function (event) {
    var go = event.target.closest('[data-go]');
    if (go) { goTo(go.dataset.go, go.dataset.i); return; }
    var act = event.target.closest('button[data-act]');
    if (!act || state.current < 0) return;
    var a = article(state.current), key = act.dataset.key, previous = decision(a.id, key) || {};
    var next = Object.assign({}, previous, { status: act.dataset.act === 'accept' ? (previous.status === 'corrected' ? 'corrected' : 'accepted') : 'rejected' });
    decide(a.id, key, next);
    refreshSide();
  });
  main.addEventListener('change', function (event) {
    var field = event.target.closest('[data-act]');
    if (!field || state.current < 0 || field.tagName === 'BUTTON') return;
    var a = article(state.current), key = field.dataset.key, previous = decision(a.id, key) || {};
    var next = Object.assign({}, previous, { status: 'corrected' });
    if (field.dataset.act === 'speaker') next.speaker = field.value || null;
    if (field.dataset.act === 'kind') next.kind = field.value;
    if (field.dataset.act === 'type') next.type = field.value;
    if (field.dataset.act === 'value') next.value = field.value.trim();
    decide(a.id, key, next);
    refreshSide();
  });
  function refreshSide() {
    var a = article(state.current), side = main.querySelector('.side'), text = main.querySelector('.text');
    if (!side) return;
    var scroll = main.scrollTop;
    side.outerHTML = renderSide(a);
    if (text) text.innerHTML = renderText(a);
    main.scrollTop = scroll;
  }

  /* ---- keyboard ---- */
  document.addEventListener('keydown', function (event) {
    var tag = event.target.tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || event.ctrlKey || event.metaKey || event.altKey) return;
    var position = state.visible.indexOf(state.current);
    if (event.key === 'j' || event.key === 'ArrowDown') { openArticle(state.visible[Math.min(state.visible.length - 1, position + 1)]); event.preventDefault(); }
    else if (event.key === 'k' || event.key === 'ArrowUp') { openArticle(state.visible[Math.max(0, position - 1)]); event.preventDefault(); }
    else if (event.key === 'n') {
      var items = main.querySelectorAll('.item[data-key]');
      if (!items.length) return;
      state.item = (state.item + 1) % items.length;
      items.forEach(function (it) { it.classList.remove('focused'); });
      var item = items[state.item];
      item.classList.add('focused'); item.focus(); item.scrollIntoView({ block: 'nearest' });
      var go = item.querySelector('[data-go]');
      if (go) goTo(go.dataset.go, go.dataset.i);
    } else if ((event.key === 'a' || event.key === 'x') && state.item >= 0) {
      var chosen = main.querySelectorAll('.item[data-key]')[state.item];
      var button = chosen && chosen.querySelector('button[data-act="' + (event.key === 'a' ? 'accept' : 'reject') + '"]');
      if (button) button.click();
    } else if (event.key === 'o') showOverview();
    else if (event.key === '/') { byId('search').focus(); event.preventDefault(); }
  });

  /* ---- export: the output plus the decisions, in the gold format (corpus/gold/GUIDELINES.md) ---- */
  function goldRecord(i) {
    var a = article(i);
    var record = { id: a.id, language: a.language, published: a.published, quotes: [], nonQuotes: [], entities: [], dates: [] };
    if (a.error) return record;
    a.quotes.forEach(function (q, k) {
      var d = decision(a.id, 'q' + k) || {};
      if (d.status === 'rejected') { record.nonQuotes.push(q.text); return; }
      record.quotes.push({ text: q.text, speaker: d.speaker !== undefined ? d.speaker : (q.speaker ? q.speaker.name : null), kind: d.kind || q.kind });
    });
    a.entities.forEach(function (en, k) {
      var d = decision(a.id, 'e' + k) || {};
      if (d.status === 'rejected') return;
      var entity = { name: en.name, type: d.type || en.type, aliases: en.aliases };
      if (en.role) entity.role = en.role;
      record.entities.push(entity);
    });
    a.dates.forEach(function (dt, k) {
      var d = decision(a.id, 'd' + k) || {};
      if (d.status === 'rejected') return;
      var date = { text: dt.text, value: d.value || dt.value, resolvable: dt.resolved };
      if (dt.flags.length) date.flag = dt.flags[0];
      record.dates.push(date);
    });
    return record;
  }
  byId('export').addEventListener('click', function () {
    var lines = index.map(function (_, i) { return JSON.stringify(goldRecord(i)); }).join('\n') + '\n';
    var link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([lines], { type: 'application/x-ndjson' }));
    link.download = 'corrections.jsonl';
    document.body.appendChild(link); link.click(); link.remove();
  });

  applyFilters();
  showOverview();
  window.wartaReport = { open: openArticle, overview: showOverview, decisions: function () { return decisions; } };
})();
