// Console behaviour bound by data-* attributes (no inline script; the CSP forbids it).
document.addEventListener('submit', (event) => {
  const form = event.target;
  const question = form.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// Batch page: follow a file being read in the background, then reload once to show the final tables.
(() => {
  const panel = document.querySelector('[data-progress-url]');
  if (!panel || panel.getAttribute('data-status') !== 'READING') {
    return;
  }
  const url = panel.getAttribute('data-progress-url');
  const bar = document.getElementById('batch-progress-bar');
  const set = (id, value) => {
    const el = document.getElementById(id);
    if (el) {
      el.textContent = value;
    }
  };
  const poll = () => {
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((p) => {
        bar.value = p.percent;
        bar.textContent = p.percent + '%';
        set('rows-read', p.rowsRead);
        set('rows-staged', p.rowsStaged);
        set('rows-failed', p.rowsFailed);
        if (p.status === 'READING') {
          window.setTimeout(poll, 1000);
        } else {
          window.location.reload();
        }
      })
      .catch(() => window.setTimeout(poll, 3000));
  };
  window.setTimeout(poll, 500);
})();

// Upload form: the button says the file is being sent, so a clerk does not click twice.
document.addEventListener('submit', (event) => {
  const form = event.target;
  const text = form.getAttribute('data-uploading-text');
  const button = form.querySelector('button[type=submit]');
  if (text && button && !event.defaultPrevented) {
    button.disabled = true;
    button.textContent = text;
  }
});

// Copy buttons: data-copy names the field to copy, data-copied the text shown once copied.
document.addEventListener('click', (event) => {
  const button = event.target.closest('[data-copy]');
  if (!button) {
    return;
  }
  const field = document.querySelector(button.getAttribute('data-copy'));
  if (!field) {
    return;
  }
  field.select();
  const done = () => {
    if (button.hasAttribute('data-copied')) {
      button.textContent = button.getAttribute('data-copied');
    }
  };
  if (navigator.clipboard) {
    navigator.clipboard.writeText(field.value).then(done, () => {});
  }
});
