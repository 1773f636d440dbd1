// The demo's own controls: language and theme switches, and the list of messages the server received.
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

async function showReceived() {
  const response = await fetch('/api/contact');
  const messages = await response.json();
  document.querySelector('#received').textContent = messages.length
    ? JSON.stringify(messages, null, 2)
    : 'Nothing yet.';
}

document.addEventListener('press-submit-success', showReceived);
showReceived().catch(() => undefined);
