/**
 * The pages' one script, served as /assets/app.js (kept here as a string so that the bundled CLI
 * and an npm install carry it without a copy step). Plain JavaScript, no framework; every page
 * works without it, except the live reload, the keys to move between changes and dropping a file.
 */
export const APP_JS = String.raw`'use strict';
(function () {
  var status = document.getElementById('live-status');

  function say(text) {
    if (status) status.textContent = text;
  }

  // Live update: the server says when a file in the folder changed; the page is read again.
  if (window.EventSource && document.body.hasAttribute('data-live')) {
    var source = new EventSource('/events');
    source.addEventListener('change', function () {
      say('A file in the folder changed; updating…');
      window.location.reload();
    });
  }

  // Keyboard navigation between changes: j or n next, k or p previous.
  var changes = Array.prototype.slice.call(document.querySelectorAll('[data-change]'));
  var current = -1;
  function go(step) {
    if (changes.length === 0) return;
    current = Math.max(0, Math.min(changes.length - 1, current + step));
    var target = changes[current];
    target.focus();
    target.scrollIntoView({ block: 'center' });
    say('Change ' + (current + 1) + ' of ' + changes.length + ': ' + (target.getAttribute('aria-label') || ''));
  }
  changes.forEach(function (element, index) {
    element.addEventListener('focus', function () { current = index; });
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-go]'), function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { go(Number(button.getAttribute('data-go'))); });
  });
  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    var tag = event.target && event.target.tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return;
    if (event.key === 'j' || event.key === 'n') { event.preventDefault(); go(1); }
    if (event.key === 'k' || event.key === 'p') { event.preventDefault(); go(-1); }
  });

  // Dropping a file on the import form puts it in the file field and sends the form.
  var zone = document.querySelector('[data-drop]');
  if (zone) {
    var input = zone.querySelector('input[type=file]');
    zone.addEventListener('dragover', function (event) { event.preventDefault(); zone.classList.add('dragging'); });
    zone.addEventListener('dragleave', function () { zone.classList.remove('dragging'); });
    zone.addEventListener('drop', function (event) {
      event.preventDefault();
      zone.classList.remove('dragging');
      if (!input || !event.dataTransfer || event.dataTransfer.files.length === 0) return;
      input.files = event.dataTransfer.files;
      zone.closest('form').submit();
    });
  }
})();
`;
