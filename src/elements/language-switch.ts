/**
 * The header's language switch (plain links; no custom element): it keeps the view, so the
 * filters, sort and chart state in the query and the section in the hash carry over to the other
 * language (updated just before the link is used).
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>('a.language-switch')) {
  const path = new URL(link.getAttribute('href') ?? '/', location.href).pathname;
  const update = () => (link.href = `${path}${location.search}${location.hash}`);
  for (const type of ['pointerdown', 'focus', 'click']) link.addEventListener(type, update);
}
