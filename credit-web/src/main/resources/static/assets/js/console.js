// Console behaviour bound by data-* attributes (no inline script; the CSP forbids it).
document.addEventListener('submit', (event) => {
  const form = event.target;
  const question = form.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
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
