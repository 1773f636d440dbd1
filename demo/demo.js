// The demo's own controls: language and theme switches, and the mails the contact server forwarded.
const widgets = document.querySelector('#widgets');
const langSelect = document.querySelector('#demo-lang');
const themeSelect = document.querySelector('#demo-theme');

langSelect.addEventListener('change', () => {
  widgets.lang = langSelect.value;
});

const partnerTheme = document.querySelector('#partner-theme');

// "Partner example" is no theme attribute at all: only the tokens of docs/partner-theme.css.
themeSelect.addEventListener('change', () => {
  const partner = themeSelect.value === 'partner';
  partnerTheme.disabled = !partner;
  for (const widget of widgets.querySelectorAll('press-feed, press-quote, press-contact-form')) {
    if (themeSelect.value && !partner) widget.setAttribute('theme', themeSelect.value);
    else widget.removeAttribute('theme');
  }
  document.documentElement.dataset.theme = themeSelect.value;
});

// The mails the contact server forwarded to the demo's mail sink. A message is forwarded just after the
// form shows its reference, so the list is read again a moment later.
async function showReceived() {
  const response = await fetch('/demo/mails');
  const mails = await response.json();
  document.querySelector('#received').textContent = mails.length
    ? mails.map(({ text }) => text).join('\n\n――――――――\n\n')
    : 'Nothing yet.';
}

document.addEventListener('press-submit-success', () => {
  for (const wait of [300, 1500, 5000]) setTimeout(() => showReceived().catch(() => undefined), wait);
});
showReceived().catch(() => undefined);
