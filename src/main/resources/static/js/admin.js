// Back-office enhancements. Every page works without this file: the rich-text editor below only
// enhances a <textarea data-rich-text>, whose HTML the server sanitises anyway.
(function () {
  'use strict';
  var en = (document.documentElement.lang || '').indexOf('en') === 0;
  var TOOLS = [
    ['formatBlock', 'h2', en ? 'Heading' : '标题'],
    ['formatBlock', 'p', en ? 'Paragraph' : '正文段落'],
    ['bold', null, en ? 'Bold' : '加粗'],
    ['italic', null, en ? 'Italic' : '倾斜'],
    ['insertUnorderedList', null, en ? 'Bullets' : '项目符号'],
    ['insertOrderedList', null, en ? 'Numbering' : '编号'],
    ['createLink', null, en ? 'Link' : '链接'],
    ['removeFormat', null, en ? 'Clear format' : '清除格式']
  ];

  function enhance(textarea) {
    var area = document.createElement('div');
    area.className = 'editor-area';
    area.contentEditable = 'true';
    area.setAttribute('role', 'textbox');
    area.setAttribute('aria-multiline', 'true');
    var label = document.querySelector('label[for="' + textarea.id + '"]');
    if (label) {
      label.id = label.id || textarea.id + '-label';
      area.setAttribute('aria-labelledby', label.id);
    }
    area.innerHTML = textarea.value;
    var bar = document.createElement('div');
    bar.className = 'editor-toolbar';
    bar.setAttribute('role', 'toolbar');
    TOOLS.forEach(function (t) {
      var b = document.createElement('button');
      b.type = 'button';
      b.textContent = t[2];
      b.addEventListener('click', function () {
        area.focus();
        if (t[0] === 'createLink') {
          var url = window.prompt(en ? 'Link address (https://…)' : '链接地址（https://…）');
          if (url) { document.execCommand('createLink', false, url); }
        } else {
          document.execCommand(t[0], false, t[1]);
        }
        sync();
      });
      bar.appendChild(b);
    });
    function sync() { textarea.value = area.innerHTML; }
    area.addEventListener('input', sync);
    textarea.form.addEventListener('submit', sync);
    textarea.hidden = true;
    textarea.parentNode.insertBefore(bar, textarea);
    textarea.parentNode.insertBefore(area, textarea);
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('textarea[data-rich-text]'), enhance);
  });
})();
