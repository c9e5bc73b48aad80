/* textqa report: filters, finding navigation, tooltips, pages, rule documentation.
   Reads the page's own DOM; sets only text and classes, never markup. */
(function () {
  'use strict';
  var doc = document;
  var $$ = function (sel, root) { return Array.prototype.slice.call((root || doc).querySelectorAll(sel)); };
  var items = $$('.side li.fi');            // document order: file, line, column
  var byId = {};
  items.forEach(function (li) { byId[li.dataset.f] = li; });
  var marks = $$('mark.hl');
  var rels = $$('mark.rel');                // source spans of bilingual findings (data-r)
  var marksOf = {};
  marks.forEach(function (m) {
    m.dataset.f.split(' ').forEach(function (id) { (marksOf[id] = marksOf[id] || []).push(m); });
  });
  rels.forEach(function (m) {
    m.dataset.r.split(' ').forEach(function (id) { (marksOf['r' + id] = marksOf['r' + id] || []).push(m); });
  });
  var refs = $$('.fi-ref');
  var filters = doc.getElementById('filters');
  var pos = doc.getElementById('pos');
  var tip = doc.getElementById('tip');
  var ruledoc = doc.getElementById('ruledoc');
  var help = doc.getElementById('help');
  var visible = {};
  var order = items;
  var current = null;     // the current finding's list item
  var pinned = null;      // the mark whose tooltip stays open
  var tipFor = null;      // the mark whose tooltip is shown
  var hideTimer = 0;

  /* ---- filters ---- */
  function checkedValues(name) {
    var out = {};
    $$('input[name="' + name + '"]', filters).forEach(function (i) { if (i.checked) { out[i.value] = true; } });
    return out;
  }

  function idsOf(m) { return (m.dataset.f || m.dataset.r).split(' '); }

  function restyle(m) {
    var ids = idsOf(m);
    var top = null, n = 0;
    for (var k = 0; k < ids.length; k++) {
      if (visible[ids[k]]) { n++; if (top === null) { top = byId[ids[k]]; } }
    }
    var cls = m.classList;
    cls.forEach(function (c) { if (/^(s-|c-)/.test(c)) { cls.remove(c); } });
    cls.remove('multi', 'off');
    if (top) {
      cls.add('s-' + top.dataset.sev, 'c-' + top.dataset.fam);
      if (n > 1) { cls.add('multi'); }
      m.tabIndex = 0;
    } else {
      cls.add('off');
      m.tabIndex = -1;
    }
  }

  function applyFilters() {
    var sev = checkedValues('sev'), fam = checkedValues('fam'), code = checkedValues('code');
    items.forEach(function (li) {
      var d = li.dataset;
      var v = !!(sev[d.sev] && fam[d.fam] && code[d.code]);
      visible[d.f] = v;
      li.hidden = !v;
    });
    refs.forEach(function (r) { r.hidden = !visible[r.dataset.f]; });
    marks.forEach(restyle);
    rels.forEach(restyle);
    order = items.filter(function (li) { return visible[li.dataset.f]; });
    if (current && !visible[current.dataset.f]) { setCurrent(null); }
    hideTip(true);
    showPosition();
  }

  function showPosition() {
    var i = current ? order.indexOf(current) : -1;
    pos.textContent = (i < 0 ? '\u2013' : String(i + 1)) + ' / ' + order.length +
      (order.length === items.length ? '' : ' (of ' + items.length + ')');
  }

  /* ---- pages ---- */
  function showPageOf(el) {
    var page = el.closest('.page');
    if (!page || page.classList.contains('current')) { return; }
    showPage(page);
  }

  function showPage(page) {
    $$('.page', page.parentNode).forEach(function (p) { p.classList.toggle('current', p === page); });
    var file = page.closest('.file');
    var select = file.querySelector('.pager select');
    if (select) { select.value = page.dataset.page; }
  }

  function stepPage(file, d) {
    var pages = $$('.page', file);
    var i = pages.findIndex(function (p) { return p.classList.contains('current'); });
    var next = pages[Math.min(pages.length - 1, Math.max(0, i + d))];
    showPage(next);
    file.scrollIntoView({block: 'start'});
  }

  /* ---- current finding and navigation ---- */
  function scrollWithin(el) {
    for (var box = el.parentElement; box && box !== doc.body; box = box.parentElement) {
      if (box.scrollHeight > box.clientHeight + 1 && /(auto|scroll)/.test(getComputedStyle(box).overflowY)) {
        var b = box.getBoundingClientRect(), r = el.getBoundingClientRect();
        if (r.top < b.top) { box.scrollTop -= b.top - r.top + 8; }
        else if (r.bottom > b.bottom) { box.scrollTop += r.bottom - b.bottom + 8; }
        return;
      }
    }
  }

  function setCurrent(li) {
    if (current) {
      current.classList.remove('current');
      (marksOf[current.dataset.f] || []).concat(marksOf['r' + current.dataset.f] || [])
        .forEach(function (m) { m.classList.remove('current'); });
    }
    current = li;
    if (li) {
      li.classList.add('current');
      (marksOf[li.dataset.f] || []).concat(marksOf['r' + li.dataset.f] || [])
        .forEach(function (m) { m.classList.add('current'); });
      scrollWithin(li);
    }
    showPosition();
  }

  function go(li) {
    setCurrent(li);
    var ms = marksOf[li.dataset.f] || [];
    if (ms.length) {
      showPageOf(ms[0]);
      ms[0].scrollIntoView({block: 'center'});
      ms[0].focus({preventScroll: true});
      showTip(ms[0], li.dataset.f);
    } else {
      var ref = doc.querySelector('.fi-ref[data-f="' + li.dataset.f + '"]');
      if (ref) { ref.scrollIntoView({block: 'center'}); }
      hideTip(true);
    }
  }

  function step(d) {
    if (!order.length) { return; }
    var i = current ? order.indexOf(current) : -1;
    if (i < 0) { i = d > 0 ? 0 : order.length - 1; }
    else { i = (i + d + order.length) % order.length; }
    go(order[i]);
  }

  /* ---- tooltip ---- */
  function showTip(m, firstId) {
    clearTimeout(hideTimer);
    if (m.classList.contains('off')) { return; }
    var ids = idsOf(m).filter(function (id) { return visible[id]; });
    if (firstId && ids.indexOf(firstId) > 0) { ids.splice(ids.indexOf(firstId), 1); ids.unshift(firstId); }
    tip.textContent = '';
    ids.forEach(function (id) {
      var li = byId[id];
      var fd = li.querySelector('.fd').cloneNode(true);
      fd.classList.add('s-' + li.dataset.sev, 'c-' + li.dataset.fam);
      fd.dataset.f = id;
      tip.appendChild(fd);
    });
    tip.hidden = false;
    tipFor = m;
    m.setAttribute('aria-describedby', 'tip');
    var r = m.getBoundingClientRect();
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var left = Math.max(8, Math.min(r.left, doc.documentElement.clientWidth - w - 8));
    var top = r.bottom + 6;
    if (top + h > window.innerHeight && r.top - h - 6 > 0) { top = r.top - h - 6; }
    tip.style.left = (left + window.scrollX) + 'px';
    tip.style.top = (top + window.scrollY) + 'px';
  }

  function hideTip(force) {
    if (pinned && !force) { return; }
    if (force) { pinned = null; tip.classList.remove('pinned'); }
    if (tipFor) { tipFor.removeAttribute('aria-describedby'); }
    tipFor = null;
    tip.hidden = true;
  }

  function pin(m) {
    pinned = m;
    showTip(m);
    tip.classList.add('pinned');
    var first = idsOf(m).filter(function (id) { return visible[id]; })[0];
    if (first) { setCurrent(byId[first]); }
  }

  /* ---- rule documentation ---- */
  function openDoc(code) {
    var art = doc.getElementById('rule-' + code);
    if (!art || !ruledoc.showModal) { return false; }
    var body = ruledoc.querySelector('.body');
    body.textContent = '';
    var copy = art.cloneNode(true);
    copy.removeAttribute('id');
    body.appendChild(copy);
    ruledoc.showModal();
    return true;
  }

  /* ---- links to lines (entity table, line numbers, file list) ---- */
  function jump(hash) {
    var id = decodeURIComponent(hash.slice(1));
    var target = id && doc.getElementById(id);
    if (!target) { return false; }
    if (target.closest('.page')) { showPageOf(target); }
    target.scrollIntoView({block: target.classList.contains('ln') ? 'center' : 'start'});
    if (target.classList.contains('ln')) {
      $$('.ln.flash').forEach(function (l) { l.classList.remove('flash'); });
      target.classList.add('flash');
    }
    return true;
  }

  /* ---- events ---- */
  filters.addEventListener('change', applyFilters);
  filters.addEventListener('click', function (e) {
    var b = e.target.closest('button[data-rules]');
    if (!b) { return; }
    $$('input[name="code"]', filters).forEach(function (i) { i.checked = b.dataset.rules === 'all'; });
    applyFilters();
  });
  doc.getElementById('next').addEventListener('click', function () { step(1); });
  doc.getElementById('prev').addEventListener('click', function () { step(-1); });
  doc.getElementById('help-button').addEventListener('click', function () { help.showModal(); });
  $$('.pager').forEach(function (nav) {
    var file = nav.closest('.file');
    nav.addEventListener('click', function (e) {
      var b = e.target.closest('button[data-step]');
      if (b) { stepPage(file, Number(b.dataset.step)); }
    });
    nav.querySelector('select').addEventListener('change', function (e) {
      showPage(doc.getElementById('f' + file.dataset.file + '-p' + e.target.value));
    });
  });

  doc.addEventListener('click', function (e) {
    var t = e.target;
    var code = t.closest('a.code');
    if (code) {
      if (openDoc(code.getAttribute('href').replace('#rule-', ''))) { e.preventDefault(); }
      return;
    }
    var m = t.closest('mark.hl, mark.rel');
    if (m && !m.classList.contains('off')) {
      var first = idsOf(m).filter(function (id) { return visible[id]; })[0];
      if (m.classList.contains('rel')) { go(byId[first]); } else { pin(m); }  // a source span leads to its finding
      return;
    }
    var li = t.closest('.side li.fi');
    if (li) { e.preventDefault(); go(li); return; }
    var ref = t.closest('.fi-ref');
    if (ref && byId[ref.dataset.f]) { setCurrent(byId[ref.dataset.f]); return; }
    var a = t.closest('a[href^="#"]');
    if (a && jump(a.getAttribute('href'))) { e.preventDefault(); history.replaceState(null, '', a.getAttribute('href')); }
    if (!t.closest('.tip')) { hideTip(true); }
  });
  doc.addEventListener('mouseover', function (e) {
    var m = e.target.closest && e.target.closest('mark.hl, mark.rel');
    if (m && !pinned && m !== tipFor) { showTip(m); }
    if (e.target.closest && e.target.closest('.tip')) { clearTimeout(hideTimer); }
  });
  doc.addEventListener('mouseout', function (e) {
    var from = e.target.closest && e.target.closest('mark.hl, mark.rel, .tip');
    if (!from || pinned || (from !== tip && from !== tipFor)) { return; }  // only leaving the shown tip's mark
    var to = e.relatedTarget;
    if (to && to.closest && to.closest('.tip, mark.hl, mark.rel') === from) { return; }
    hideTimer = setTimeout(function () { hideTip(false); }, 250);
  });
  doc.addEventListener('focusin', function (e) {
    var m = e.target.closest && e.target.closest('mark.hl, mark.rel');
    if (m && (!pinned || pinned === m)) { showTip(m); }
  });
  doc.addEventListener('focusout', function (e) {
    var m = e.target.closest && e.target.closest('mark.hl, mark.rel');
    if (m && !pinned && !(e.relatedTarget && e.relatedTarget.closest && e.relatedTarget.closest('.tip'))) { hideTip(false); }
  });
  doc.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || doc.querySelector('dialog[open]')) { return; }
    var t = e.target;
    if (t.matches && t.matches('select, textarea, input[type="text"], input[type="search"]')) { return; }
    if (e.key === 'j' || e.key === 'n') { e.preventDefault(); step(1); }
    else if (e.key === 'k' || e.key === 'p') { e.preventDefault(); step(-1); }
    else if (e.key === 'Escape') { hideTip(true); }
    else if (e.key === '?') { e.preventDefault(); help.showModal(); }
    else if (e.key === 'Enter' && t.matches && t.matches('mark.hl')) { e.preventDefault(); pin(t); }
  });
  window.addEventListener('hashchange', function () { jump(location.hash); });

  function measureToolbar() {  // sticky headings and the finding list sit right below the toolbar
    var bar = doc.querySelector('.toolbar');
    var h = bar && getComputedStyle(bar).position === 'sticky' ? bar.offsetHeight : 0;
    doc.documentElement.style.setProperty('--toolbar-h', h + 'px');
  }
  window.addEventListener('resize', measureToolbar);
  measureToolbar();

  applyFilters();
  if (location.hash) { jump(location.hash); }
}());
