/* global document, history */
// The demo pages' language switch. The links work without script (the server renders the page in
// the language of `?lang=`); with it, the switch only changes `<html lang>`, and every widget of
// the kit on the page re-renders in that language at once, with no reload.

const root = document.documentElement;
const links = [...document.querySelectorAll('a[data-switch-lang]')];

function showLanguage(lang) {
  root.lang = lang;
  document.title = root.dataset[lang === 'en' ? 'titleEn' : 'titleVi'] ?? document.title;
  for (const link of links) {
    if (link.dataset.switchLang === lang) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
  // A reload, a bookmark or a shared link keeps the language.
  const url = new URL(document.location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(history.state, '', url);
}

for (const link of links) {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    showLanguage(link.dataset.switchLang);
  });
}
