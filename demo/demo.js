// The demo's own controls: language and theme switches, a Copy button on each snippet, and the mails the
// contact server forwarded.
const widgets = document.querySelector('#widgets');
const langSelect = document.querySelector('#demo-lang');
const themeSelect = document.querySelector('#demo-theme');
const snippets = [...document.querySelectorAll('.snippet code')];
const written = new Map(snippets.map((code) => [code, code.textContent]));

// The language goes on the widgets' wrappers only: the page around them stays English, and says so.
langSelect.addEventListener('change', () => {
  for (const stage of widgets.querySelectorAll('.stage')) stage.lang = langSelect.value;
});

const partnerTheme = document.querySelector('#partner-theme');

/** The snippet as written, with the widgets' `theme` attribute when the switch sets one. */
function withTheme(markup, theme) {
  if (!theme) return markup;
  return markup.replace(
    /<(press-[a-z-]+)(\s+|(?=>))/g,
    (_, tag, space) => `<${tag}${space || ' '}theme="${theme}"${space || ''}`,
  );
}

// "Partner example" is no theme attribute at all: only the tokens of docs/partner-theme.css.
themeSelect.addEventListener('change', () => {
  const partner = themeSelect.value === 'partner';
  const theme = partner ? '' : themeSelect.value;
  partnerTheme.disabled = !partner;
  for (const widget of widgets.querySelectorAll('press-feed, press-quote, press-contact-form')) {
    if (theme) widget.setAttribute('theme', theme);
    else widget.removeAttribute('theme');
  }
  // The snippets stay what is on the page.
  for (const code of snippets) code.textContent = withTheme(written.get(code), theme);
  document.documentElement.dataset.theme = themeSelect.value;
});

// A Copy button on each snippet: the Clipboard API, else the code is selected for the visitor to copy.
for (const code of snippets) {
  const figure = code.closest('.snippet');
  const heading = figure.closest('section')?.querySelector('h2')?.textContent ?? 'this example';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy';
  button.textContent = 'Copy';
  button.setAttribute('aria-label', `Copy the markup: ${heading}`);
  const status = document.createElement('span');
  status.className = 'copy-status';
  status.setAttribute('role', 'status');
  let clear;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent);
      status.textContent = 'Copied';
    } catch {
      getSelection().selectAllChildren(code);
      status.textContent = 'Selected: press Ctrl+C or ⌘C';
    }
    clearTimeout(clear);
    clear = setTimeout(() => (status.textContent = ''), 4000);
  });
  figure.querySelector('figcaption').append(status, button);
}

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
